import type { SavedCaret } from './caret';
import { type Field, isTextField } from './editable';
import { readFieldText } from './text';

/**
 * Selects characters `start`..`end` of `field` (as `readFieldText` counts them), with the focus in
 * it and the stretch scrolled into view if it is not, so that the insertion that follows replaces exactly them; the
 * selection as a caret to restore, or null when the range is not in the field's text.
 */
export function selectSpan(field: Field, start: number, end: number): SavedCaret | null {
  const text = readFieldText(field);
  if (start < 0 || end < start || end > text.text.length) return null;
  field.focus({ preventScroll: true });
  if (isTextField(field)) {
    field.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    field.setSelectionRange(start, end);
    return { kind: 'text', start, end };
  }
  const from = text.position(start);
  const to = text.position(end);
  if (!from || !to) return null;
  const range = field.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  // The writer sees where the edit goes (a fix chosen in 检查 may concern text scrolled away).
  const target = from.node.nodeType === Node.ELEMENT_NODE ? (from.node as Element) : from.node.parentElement;
  target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return { kind: 'range', range: range.cloneRange() };
}
