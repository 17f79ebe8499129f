import { describe, expect, it } from 'vitest';
import { FieldBounds, FromContent, FromPanel, PanelState, ToContent } from './calls';
import { FieldContext, FieldRead, FormScan, InsertResult, MAX_INSERT_CHARS, parseMessage } from './messages';

// Every message is parsed on arrival (lib/messages.ts): these are the shapes a hostile page, a
// stale script or a bug could put in front of each receiver, and what gets through.

describe('messages are validated on arrival', () => {
  it('passes the real messages through', () => {
    expect(parseMessage(ToContent, { type: 'panel:toggle' })).toEqual({ type: 'panel:toggle' });
    expect(parseMessage(ToContent, { type: 'field:insert', text: '以上', caret: 1 })).toEqual({
      type: 'field:insert',
      text: '以上',
      caret: 1,
    });
    expect(parseMessage(FromPanel, { type: 'field:locate', frameId: 3, fieldId: 'f1', start: 0, end: 2 })).toEqual({
      type: 'field:locate',
      frameId: 3,
      fieldId: 'f1',
      start: 0,
      end: 2,
    });
    expect(parseMessage(FromContent, { type: 'field:active' })).toEqual({ type: 'field:active' });
    expect(parseMessage(PanelState, { open: true })).toEqual({ open: true });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'panel:toggle'],
    ['the message as JSON text', JSON.stringify({ type: 'panel:toggle' })],
    ['an array', [{ type: 'panel:toggle' }]],
    ['an unknown type', { type: 'panel:explode' }],
    ['a type of the wrong case', { type: 'PANEL:TOGGLE' }],
    ['a layout that does not exist', { type: 'panel:layout', layout: 'fullscreen' }],
    ['insert without text', { type: 'field:insert' }],
    ['insert with a number for text', { type: 'field:insert', text: 42 }],
    ['insert with an object for text', { type: 'field:insert', text: { toString: () => 'x' } }],
    ['a negative caret', { type: 'field:insert', text: 'x', caret: -1 }],
    ['a fractional caret', { type: 'field:insert', text: 'x', caret: 0.5 }],
    ['text over the limit', { type: 'field:insert', text: 'x'.repeat(MAX_INSERT_CHARS + 1) }],
  ])('the form script refuses %s', (_, raw) => {
    expect(parseMessage(ToContent, raw)).toBeUndefined();
  });

  it.each([
    ['a content-script message', { type: 'field:active' }],
    ['a locate without a field', { type: 'field:locate', frameId: 0, start: 0, end: 1 }],
    ['a locate with a huge field id', { type: 'field:locate', frameId: 0, fieldId: 'x'.repeat(41), start: 0, end: 1 }],
    ['a negative error count', { type: 'check:errors', count: -1 }],
    ['a count as text', { type: 'check:errors', count: '3' }],
    ['an insert into a frame named by text', { type: 'field:insert', text: 'x', frameId: '0' }],
  ])('the background refuses from the panel %s', (_, raw) => {
    expect(parseMessage(FromPanel, raw)).toBeUndefined();
  });

  it('the background takes nothing but field:active from a content script', () => {
    for (const raw of [
      { type: 'field:insert', text: 'x' },
      { type: 'form:scan' },
      { type: 'panel:layout', layout: 'closed' },
    ]) {
      expect(parseMessage(FromContent, raw)).toBeUndefined();
    }
  });

  it('drops keys a message does not have, and never copies __proto__ onto the result', () => {
    const raw = JSON.parse('{"type":"field:insert","text":"x","frameId":0,"__proto__":{"polluted":true}}');
    const message = parseMessage(ToContent, raw);
    expect(message).toEqual({ type: 'field:insert', text: 'x' });
    expect(Object.getPrototypeOf(message)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('checks what frames answer, too', () => {
    expect(parseMessage(PanelState, { open: 'yes' })).toBeUndefined();
    expect(parseMessage(PanelState, undefined)).toBeUndefined();
    expect(parseMessage(FieldBounds, { label: '', maxlength: '800', length: 900 })).toBeUndefined();
    expect(parseMessage(FieldBounds, { label: '', maxlength: 800, length: 900 })).toEqual({
      label: '',
      maxlength: 800,
      length: 900,
    });
    // A page's read is bounded: its label and the text around a field.
    expect(parseMessage(FieldBounds, { label: 'x'.repeat(201), length: 0 })).toBeUndefined();
    expect(parseMessage(FieldBounds, { label: '', near: '字'.repeat(401), length: 0 })).toBeUndefined();
    expect(
      parseMessage(FieldRead, {
        id: 'f',
        kind: 'input',
        editor: 'text',
        label: '',
        text: '',
        required: false,
        visible: true,
        maxlength: -1,
      }),
    ).toBeUndefined();
    expect(parseMessage(InsertResult, { ok: false, reason: 'field-gone' })).toEqual({
      ok: false,
      reason: 'field-gone',
    });
    expect(parseMessage(InsertResult, { ok: false, reason: 'hacked' })).toBeUndefined();
    expect(parseMessage(InsertResult, { ok: true })).toBeUndefined();
    expect(parseMessage(InsertResult, { ok: false, reason: 'frame-blocked', origin: 'x'.repeat(301) })).toBeUndefined();
    expect(parseMessage(FieldContext, { label: 'a', text: 'b', caret: -2, selection: '' })).toBeUndefined();
    expect(parseMessage(FormScan, { frames: [{ frameId: 0, fields: [{ id: 'f1' }] }] })).toBeUndefined();
  });
});
