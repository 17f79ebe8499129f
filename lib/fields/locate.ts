import { type Field, isTextField } from './editable';
import { readFieldText } from './text';

const FLASH_MS = 1500;

/**
 * Shows the writer a stretch of a field: scrolls it into view, focuses the field, selects exactly
 * characters `start`..`end` of its text (as `readFieldText` counts them) and briefly highlights
 * them. False when the range does not lie in the field's current text.
 */
export function locateRange(field: Field, start: number, end: number): boolean {
  const doc = field.ownerDocument;
  const length = readFieldText(field).text.length;
  if (start < 0 || end < start || end > length) return false;
  if (isTextField(field)) {
    field.scrollIntoView({ block: 'center', inline: 'nearest' });
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
    flash(doc, [field.getBoundingClientRect()]);
    return true;
  }
  const text = readFieldText(field);
  const from = text.position(start);
  const to = text.position(end);
  if (!from || !to) return false;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const target = from.node.nodeType === Node.ELEMENT_NODE ? (from.node as Element) : from.node.parentElement;
  target?.scrollIntoView({ block: 'center', inline: 'nearest' });
  field.focus({ preventScroll: true });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  flash(doc, Array.from(range.getClientRects()));
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
