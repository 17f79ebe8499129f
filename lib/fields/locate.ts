import { type Field, isTextField } from './editable';
import { readFieldText } from './text';

/**
 * Shows the writer a stretch of a field: scrolls it into view, focuses the field and selects exactly
 * characters `start`..`end` of its text (as `readFieldText` counts them). Returns where the stretch
 * now is on screen (viewport rectangles, for the page script to highlight: entrypoints/page/shadow.ts
 * `flash`), or null when the range does not lie in the field's current text.
 */
export function locateRange(field: Field, start: number, end: number): DOMRect[] | null {
  const doc = field.ownerDocument;
  const length = readFieldText(field).text.length;
  if (start < 0 || end < start || end > length) return null;
  if (isTextField(field)) {
    field.scrollIntoView({ block: 'center', inline: 'nearest' });
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
    return [field.getBoundingClientRect()];
  }
  const text = readFieldText(field);
  const from = text.position(start);
  const to = text.position(end);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const target = from.node.nodeType === Node.ELEMENT_NODE ? (from.node as Element) : from.node.parentElement;
  target?.scrollIntoView({ block: 'center', inline: 'nearest' });
  field.focus({ preventScroll: true });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return Array.from(range.getClientRects());
}
