import type { SavedCaret } from './caret';
import { type Field, isTextField } from './editable';
import { readFieldText } from './text';

/**
 * Selects characters `start`..`end` of `field` (as `readFieldText` counts them), with the focus in
 * it and the stretch scrolled into view (`block`: only if it is not, by default), so that the
 * insertion that follows replaces exactly them; the selection as a caret to restore, or null when
 * the range is not in the field's text.
 */
export function selectSpan(
  field: Field,
  start: number,
  end: number,
  block: ScrollLogicalPosition = 'nearest',
): SavedCaret | null {
  const text = readFieldText(field);
  if (start < 0 || end < start || end > text.text.length) return null;
  if (isTextField(field)) {
    field.scrollIntoView({ block, inline: 'nearest' });
    field.focus({ preventScroll: true });
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
  target?.scrollIntoView({ block, inline: 'nearest' });
  field.focus({ preventScroll: true });
  const selection = field.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return { kind: 'range', range: range.cloneRange() };
}
