import type { Field } from './editable';
import { selectSpan } from './span';

const FLASH_MS = 1500;

/**
 * Shows the writer a stretch of a field: scrolls it into view, focuses the field, selects exactly
 * characters `start`..`end` of its text (as `readFieldText` counts them) and briefly highlights
 * them. False when the range does not lie in the field's current text.
 */
export function locateRange(field: Field, start: number, end: number): boolean {
  const caret = selectSpan(field, start, end, 'center');
  if (!caret) return false;
  flash(
    field.ownerDocument,
    caret.kind === 'range' ? [...caret.range.getClientRects()] : [field.getBoundingClientRect()],
  );
  return true;
}

let lastFlash: Element | null = null;

/**
 * Draws a fading highlight over `rects` (viewport coordinates, taken after scrolling), in a closed
 * shadow root of ours, placed in document coordinates so that it scrolls with the text.
 */
function flash(doc: Document, rects: DOMRect[]): void {
  lastFlash?.remove();
  const view = doc.defaultView;
  const [dx, dy] = [view?.scrollX ?? 0, view?.scrollY ?? 0];
  const host = doc.createElement('tianbao-flash');
  lastFlash = host;
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial!important;position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;pointer-events:none!important;z-index:2147483646!important}
div{position:absolute;background:rgba(255,196,0,.35);outline:2px solid rgba(230,140,0,.9);border-radius:2px;animation:fade ${FLASH_MS}ms ease-out forwards}
@keyframes fade{0%,60%{opacity:1}100%{opacity:0}}`;
  root.append(style);
  for (const rect of rects.slice(0, 50)) {
    const box = doc.createElement('div');
    box.style.cssText = `left:${rect.left + dx - 2}px;top:${rect.top + dy - 2}px;width:${rect.width + 4}px;height:${rect.height + 4}px`;
    root.append(box);
  }
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), FLASH_MS);
}
