import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { call, dispatch, parseCall, parseReply } from './define';
import { serve } from './serve';

const calls = {
  'field:insert': call(z.object({ text: z.string().check(z.maxLength(10)) }), z.object({ ok: z.boolean() })),
  'panel:page': call(z.object({}), z.number()),
};

describe('a call table', () => {
  it('passes a valid call, with its name, and drops keys it does not define', () => {
    expect(parseCall(calls, { type: 'field:insert', text: '以上', token: 'x', extra: 1 })).toEqual({
      type: 'field:insert',
      text: '以上',
    });
    expect(parseCall(calls, { type: 'panel:page' })).toEqual({ type: 'panel:page' });
  });

  it.each([
    ['nothing', undefined],
    ['a name it does not define', { type: 'form:scan' }],
    ["a name of Object's prototype", { type: 'toString' }],
    ['__proto__', JSON.parse('{"type":"__proto__","text":"x"}')],
    ['a request of the wrong shape', { type: 'field:insert', text: 3 }],
    ['a request over its limits', { type: 'field:insert', text: 'x'.repeat(11) }],
  ])('refuses %s', (_, raw) => {
    expect(parseCall(calls, raw)).toBeUndefined();
  });

  it('runs the handler of a valid call only, with what the router knows of the caller', async () => {
    const seen: unknown[] = [];
    const handlers = {
      'field:insert': (request: { text: string }, caller: number) => {
        seen.push([request, caller]);
        return { ok: true };
      },
      'panel:page': () => 7,
    };
    expect(await dispatch(calls, handlers, { type: 'field:insert', text: 'a' }, 3)?.reply).toEqual({ ok: true });
    expect(dispatch(calls, handlers, { type: 'field:insert', text: 1 }, 3)).toBeUndefined();
    expect(seen).toEqual([[{ text: 'a' }, 3]]);
  });

  it('validates a reply against its call', () => {
    expect(parseReply(calls, 'field:insert', { ok: true })).toEqual({ ok: true });
    expect(parseReply(calls, 'field:insert', { ok: 'yes' })).toBeUndefined();
    expect(parseReply(calls, 'panel:page', '7')).toBeUndefined();
  });
});

describe('a page script serving calls', () => {
  const listener = serve<typeof calls>(() => 'our-id', {
    'field:insert': ({ text }) => Promise.resolve({ ok: text.length > 0 }),
    'panel:page': () => 1,
  });

  it('answers the extension, at once or when the promise settles', async () => {
    const replies: unknown[] = [];
    expect(listener({ type: 'panel:page' }, { id: 'our-id' }, (r) => replies.push(r))).toBeUndefined();
    const answer = new Promise((resolve) => {
      expect(listener({ type: 'field:insert', text: 'a' }, { id: 'our-id' }, resolve)).toBe(true);
    });
    expect(await answer).toEqual({ ok: true });
    expect(replies).toEqual([1]);
  });

  it('leaves alone other senders and names it does not serve', () => {
    const replies: unknown[] = [];
    const reply = (r: unknown) => replies.push(r);
    expect(listener({ type: 'panel:page' }, { id: 'another' }, reply)).toBeUndefined();
    expect(listener({ type: 'panel:page' }, {}, reply)).toBeUndefined();
    expect(listener({ type: 'hasOwnProperty' }, { id: 'our-id' }, reply)).toBeUndefined();
    expect(listener(null, { id: 'our-id' }, reply)).toBeUndefined();
    expect(replies).toEqual([]);
  });
});
