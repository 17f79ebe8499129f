import type { InsertResult } from '../messages';
import { restoreCaret, type SavedCaret } from './caret';
import { announceEdit, holdsText, settles } from './insert';
import { readFieldText } from './text';

/** An insertion handed to a page editor's API (lib/fields/page-editors.ts), awaiting its end. */
export interface HandOver {
  /** The mark on the editor's frame element that the page function looks for. */
  marker: string;
  /** Ends the insertion once the page function ran: reads the field back; `read` is its reply. */
  finish(read: string | null): Promise<InsertResult>;
}

/**
 * Gets the editor whose frame body is `field` ready for an insertion through its own API: the
 * caret back where the writer left it, the frame marked so that the page function finds its
 * instance. The field's text is read before, to tell afterwards that the text went in.
 */
export function handOver(field: HTMLElement, caret: SavedCaret, text: string, caretAt?: number): HandOver {
  const doc = field.ownerDocument;
  const frame = doc.defaultView?.frameElement ?? null;
  const focused = doc.hasFocus() && doc.activeElement === field;
  if (!focused) restoreCaret(field, caret);
  const before = readFieldText(field).text;
  const marker = crypto.randomUUID();
  frame?.setAttribute('data-tianbao-insert', marker);
  return {
    marker,
    async finish(read) {
      frame?.removeAttribute('data-tianbao-insert');
      if (!field.isConnected) return { ok: false, reason: 'field-gone' };
      // The page function's own reading (the editor's model) and ours (the DOM) must both show it.
      const squeeze = (s: string) => s.replace(/\s+/g, '');
      if (read === null || !squeeze(read).includes(squeeze(text))) return { ok: false, reason: 'not-inserted' };
      if (!(await settles(() => holdsText(field, text, before)))) return { ok: false, reason: 'not-inserted' };
      if (caretAt !== undefined && caretAt < text.length) {
        // Step back over the rest of the inserted text, as the arrow key would (the editors follow it).
        const selection = doc.getSelection();
        for (let i = caretAt; i < text.length; i++) selection?.modify('move', 'backward', 'character');
      }
      announceEdit(field);
      return { ok: true, inserted: text.length };
    },
  };
}
