import { describe, expect, it } from 'vitest';
import { editWithReadBack, insertedAt, insertWithReadBack } from './inserted';

describe('insertedAt', () => {
  it('finds the text ending at the caret', () => {
    expect(insertedAt('甲以上述职，请予评议。', 11, '以上述职，请予评议。')).toBe(true);
    expect(insertedAt('甲', 1, '以上述职，请予评议。')).toBe(false);
  });
  it('with the caret inside it ({{光标}})', () => {
    // 'XX后文' inserted after 前言：, the caret left after XX.
    expect(insertedAt('前言：XX后文', 5, 'XX后文', 2)).toBe(true);
    expect(insertedAt('前言：XX后文', 7, 'XX后文', 2)).toBe(false);
  });
  it('joined on a single-line input', () => {
    expect(insertedAt('一 二', 3, '一\n二')).toBe(true);
  });
  it('not the same text elsewhere in the field', () => {
    expect(insertedAt('以上述职，请予评议。甲', 11, '以上述职，请予评议。')).toBe(false);
  });
});

describe('insertWithReadBack', () => {
  const insertion = { type: 'field:insert', text: '以上述职，请予评议。' } as const;
  /** A `send` whose insertion answer is `answer` (a thrown error: lost) and whose field reads `field`. */
  const fakeSend = (answer: unknown, field: unknown) => {
    const sent: string[] = [];
    const send = async (message: { type: string }) => {
      sent.push(message.type);
      const reply = message.type === 'field:context' ? field : answer;
      if (reply instanceof Error) throw reply;
      return reply;
    };
    return { send, sent };
  };
  const lost = new Error('The message port closed before a response was received.');

  it('passes the background’s answer through, and reads nothing back', async () => {
    const { send, sent } = fakeSend({ ok: false, reason: 'field-gone' }, undefined);
    expect(await insertWithReadBack(send, insertion)).toEqual({ ok: false, reason: 'field-gone' });
    expect(sent).toEqual(['field:insert']);
  });
  it('an answer lost after the text went in: success, read from the field, and nothing sent again', async () => {
    const field = { label: '', text: '甲以上述职，请予评议。', caret: 11, selection: '' };
    const { send, sent } = fakeSend(lost, field);
    expect(await insertWithReadBack(send, insertion)).toEqual({ ok: true, inserted: 10 });
    expect(sent).toEqual(['field:insert', 'field:context']);
  });
  it('joined on a single-line input: says so', async () => {
    const field = { label: '', text: '一 二', caret: 3, selection: '' };
    const { send } = fakeSend(undefined, field);
    expect(await insertWithReadBack(send, { type: 'field:insert', text: '一\n二' })).toEqual({
      ok: true,
      inserted: 3,
      joined: true,
    });
  });
  it('unknown when the field does not show it at the caret, or cannot be read', async () => {
    const moved = { label: '', text: '以上述职，请予评议。甲', caret: 0, selection: '' };
    expect(await insertWithReadBack(fakeSend(lost, moved).send, insertion)).toBeUndefined();
    expect(await insertWithReadBack(fakeSend(lost, lost).send, insertion)).toBeUndefined();
    expect(await insertWithReadBack(fakeSend(null, null).send, insertion)).toBeUndefined();
  });
  it('a fix sent to its own frame is read back only from that frame', async () => {
    const field = { label: '', text: '，', caret: 1, selection: '', frameId: 0 };
    const fix = { type: 'field:insert', text: '，', frameId: 3 } as const;
    expect(await insertWithReadBack(fakeSend(lost, field).send, fix)).toBeUndefined();
    expect(await insertWithReadBack(fakeSend(lost, { ...field, frameId: 3 }).send, fix)).toEqual({
      ok: true,
      inserted: 1,
    });
  });
});

describe('editWithReadBack', () => {
  const before = '一、工作回顾\n我们做了很多工作,成效明显。';
  const edit = { type: 'field:edit', frameId: 2, fieldId: 'f1', start: 15, end: 16, was: ',', text: '，' } as const;
  const after = '一、工作回顾\n我们做了很多工作，成效明显。';
  const lost = new Error('The message port closed before a response was received.');
  const sendWith = (field: unknown) => async (message: { type: string }) => {
    if (message.type === 'field:edit') throw lost;
    return field;
  };
  it('an answer lost after the fix went in: success only when the field reads exactly the fixed text', async () => {
    const field = { label: '', text: after, caret: 16, selection: '', frameId: 2 };
    expect(before.slice(edit.start, edit.end)).toBe(edit.was);
    expect(await editWithReadBack(sendWith(field), edit, before)).toEqual({ ok: true, inserted: 1 });
    expect(await editWithReadBack(sendWith({ ...field, text: before }), edit, before)).toBeUndefined();
    expect(await editWithReadBack(sendWith({ ...field, frameId: 0 }), edit, before)).toBeUndefined();
    expect(await editWithReadBack(sendWith(null), edit, before)).toBeUndefined();
  });
});
