import type { Field } from './editable';
import { selectSpan } from './span';

/**
 * Shows the writer a stretch of a field: scrolls it into view, focuses the field and selects exactly
 * characters `start`..`end` of its text (as `readFieldText` counts them). Returns where the stretch
 * now is on screen (viewport rectangles, for the page script to highlight: entrypoints/page/shadow.ts
 * `flash`), or null when the range does not lie in the field's current text.
 */
export function locateRange(field: Field, start: number, end: number): DOMRect[] | null {
  const caret = selectSpan(field, start, end, 'center');
  if (!caret) return null;
  return caret.kind === 'range' ? [...caret.range.getClientRects()] : [field.getBoundingClientRect()];
}
