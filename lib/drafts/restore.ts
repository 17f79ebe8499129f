import type { SavedCaret } from '../fields/caret';
import { type Field, isTextField } from '../fields/editable';
import { insertText } from '../fields/insert';
import { readFieldText } from '../fields/text';
import type { InsertResult } from '../messages';

/** What a restore did, with the field's text before it (so the panel can undo it too). */
export type RestoreResult = InsertResult & { previous?: string };

/**
 * Replaces the whole text of `field` with `text` through the insertion layer, as if the writer
 * selected all and typed it: the page's framework sees it, and Ctrl+Z takes it back.
 */
export async function replaceFieldText(field: Field, text: string): Promise<RestoreResult> {
  const previous = readFieldText(field).text;
  field.focus({ preventScroll: true });
  let caret: SavedCaret;
  if (isTextField(field)) {
    field.setSelectionRange(0, field.value.length);
    caret = { kind: 'text', start: 0, end: field.value.length };
  } else {
    const selection = field.ownerDocument.getSelection();
    selection?.selectAllChildren(field);
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    caret = range ? { kind: 'range', range } : { kind: 'none' };
  }
  const result = await insertText(field, caret, text);
  return result.ok ? { ...result, previous } : result;
}
