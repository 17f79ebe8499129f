import type { SavedCaret } from './caret';
import { type Field, isTextField } from './editable';
import { readFieldText } from './text';

/**
 * Selects characters `start`..`end` of `field` (as `readFieldText` counts them), with the focus in
 * it and without scrolling, so that the insertion that follows replaces exactly them; the
 * selection as a caret to restore, or null when the range is not in the field's text.
 */
export function selectSpan(field: Field, start: number, end: number): SavedCaret | null {
  const text = readFieldText(field);
  if (start < 0 || end < start || end > text.text.length) return null;
  field.focus({ preventScroll: true });
  if (isTextField(field)) {
    field.setSelectionRange(start, end);
    return { kind: 'text', start, end };
  }
  const from = text.position(start);
  const to = text.position(end);
  if (!from || !to) return null;
  const range = field.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return { kind: 'range', range: range.cloneRange() };
}
