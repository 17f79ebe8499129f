import type { InsertResult } from '../messages';
import { restoreCaret, type SavedCaret } from './caret';
import { type Field, isTextField, type TextField } from './editable';
import { editorFor } from './editors';
import { readFieldText } from './text';

/**
 * Inserts `text` at `caret` in `field` so that the DOM, the page framework's state and the undo
 * stack all see it, and leaves the caret after the inserted text, or `caretAt` characters into it
 * (a snippet's {{光标}}). `html` is the same text as sanitised paragraphs (lib/fields/rich-html.ts),
 * for editors that take a paste; without it they get the plain text.
 *
 * `execCommand('insertText')` is what a user's typing does: it fires `beforeinput`/`input`, React
 * and Vue pick it up, and Ctrl+Z undoes it. Where the browser refuses it (some inputs, detached
 * selection), text fields fall back to `setRangeText` plus a synthetic `input` event.
 */
export async function insertText(
  field: Field | null,
  caret: SavedCaret,
  text: string,
  caretAt?: number,
  html?: string,
): Promise<InsertResult> {
  if (!field) return { ok: false, reason: 'no-field' };
  if (!field.isConnected) return { ok: false, reason: 'field-gone' };
  // The field's own document: an editor's iframe body is reached from its host page's script.
  const doc = field.ownerDocument;
  const before = readFieldText(field).text;
  const result: InsertResult = isTextField(field)
    ? insertIntoTextField(doc, field, caret, text, caretAt)
    : insertIntoEditable(doc, field, caret, text, caretAt, html);
  // The page's own focus or input handlers may remove the field while it takes the text.
  if (result.ok && !field.isConnected) return { ok: false, reason: 'field-gone' };
  if (!result.ok) return result;
  // 已插入 is said only for text read back from the field it went into.
  if (!(await settles(() => holdsText(field, text, before)))) return { ok: false, reason: 'not-inserted' };
  announceEdit(field);
  return result;
}

// How long an editor that renders from its model (Slate, React) may take to show the text.
const SETTLE_MS = 500;

/** Whether `done` comes true now or within SETTLE_MS, tried at each animation frame. */
export async function settles(done: () => boolean): Promise<boolean> {
  const until = performance.now() + SETTLE_MS;
  while (!done()) {
    if (performance.now() > until) return false;
    await new Promise((next) => setTimeout(next, 16));
  }
  return true;
}

/**
 * True when `field` now holds `text` and has changed from `before` (its text before the insertion).
 * Compared without whitespace: editors turn line breaks into paragraphs, inputs into spaces.
 */
export function holdsText(field: Field, text: string, before: string): boolean {
  const squeeze = (s: string) => s.replace(/[\s\u200b\ufeff]+/g, '');
  const wanted = squeeze(text);
  const now = readFieldText(field).text;
  // (Unchanged text counts only when the field now is exactly the text: a draft put back as it was.)
  return wanted === '' || (squeeze(now).includes(wanted) && (now !== before || squeeze(now) === wanted));
}

/**
 * Fires what old pages listen for after typing (a keyup-only counter, 已输入0字; a change-only
 * validator), as a keystroke and leaving the field would. Editors ignore a keyup without a key.
 */
export function announceEdit(field: Field): void {
  field.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, cancelable: true, key: 'Unidentified' }));
  if (isTextField(field)) field.dispatchEvent(new Event('change', { bubbles: true }));
}

function insertIntoEditable(
  doc: Document,
  field: Field,
  caret: SavedCaret,
  text: string,
  caretAt?: number,
  html?: string,
) {
  if (!field.isContentEditable) return { ok: false, reason: 'not-editable' } as const;
  // A field that has focus holds the live selection (a locate just set it); restore only otherwise.
  if (!hasFocus(field)) restoreCaret(field, caret);
  if (!editorFor(field).insert(doc, field, text, html)) return { ok: false, reason: 'not-editable' } as const;
  if (caretAt !== undefined && caretAt < text.length) {
    // Step back over the rest of the inserted text, as the arrow key would (editors follow it).
    const selection = doc.getSelection();
    for (let i = caretAt; i < text.length; i++) selection?.modify('move', 'backward', 'character');
  }
  return { ok: true, inserted: text.length } as const;
}

function insertIntoTextField(
  doc: Document,
  field: TextField,
  caret: SavedCaret,
  raw: string,
  caretAt?: number,
): InsertResult {
  // A single-line input cannot hold line breaks: join the lines with a space.
  const text = field.localName === 'input' ? raw.replace(/\s*[\r\n]+\s*/g, ' ') : raw;
  if (!hasFocus(field)) restoreCaret(field, caret);
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const limit = field.maxLength;
  if (limit >= 0) {
    const over = field.value.length - (end - start) + text.length - limit;
    // Never let the browser silently cut the text at maxlength: refuse and say by how much.
    if (over > 0) return { ok: false, reason: 'too-long', limit, over };
  }
  const before = field.value;
  doc.execCommand('insertText', false, text);
  const expected = before.slice(0, start) + text + before.slice(end);
  if (field.value !== expected) {
    field.value = before;
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  if (caretAt !== undefined && caretAt < text.length) field.setSelectionRange(start + caretAt, start + caretAt);
  return text === raw ? { ok: true, inserted: text.length } : { ok: true, inserted: text.length, joined: true };
}

function hasFocus(field: Field): boolean {
  const doc = field.ownerDocument;
  return doc.hasFocus() && (doc.activeElement === field || field.contains(doc.activeElement));
}
