import type { Field } from '@/lib/fields/editable';
import { locateRange } from '@/lib/fields/locate';

/**
 * A closed shadow root for what we show in a page (the docked panel, the drafts prompt, the check
 * before 提交): a new `<name>` element of `doc`, not yet in the page, whose root holds `css` with
 * every declaration made !important. For important declarations the shadow tree's own rules beat
 * the page's, so `* { all: unset !important }` or a huge page z-index cannot move, hide or cover
 * it; the page's scripts cannot reach into a closed root, nor its styles into the tree. The rules
 * are written without `!important` and with every declaration ending in `;`, to keep the page
 * script small.
 */
export function shadowHost(doc: Document, name: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(name);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css.replace(/;/g, '!important;');
  root.append(style);
  return { host, root };
}

/** A new `tag` element of `doc` with `className` and `text`, each when given. */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const made = doc.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

// What every box shares: the host fixed over the page (fixed makes it a block; each box adds its
// place), the box and its text, buttons, the focus ring, dark mode. The accent on the box's left
// edge follows its role: blue for a status, amber for an alert, red for the dialog. Inside the
// closed root only the browser's own styles reach the elements, and the host's `all:initial`
// leaves nothing to inherit. Contrast: every text at least 4.5:1 (large text 3:1), light and dark
// (a11y.spec.ts). (Each line ends in `\`: the CSS itself has no line breaks.)
const BOX = `:host{all:initial;position:fixed;z-index:2147483647;}\
[role]{box-sizing:border-box;padding:10px 14px;background:#fff;color:#1f1f1f;border:1px solid #8888;border-left:4px solid #1a5fb4;border-radius:6px;box-shadow:0 2px 12px #0004;font:15px/1.6 "Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;}\
[role=alert]{border-left-color:#b76e00;}\
[role=alertdialog]{border-left-color:#b3261e;}\
p{margin:0;}\
.actions{display:flex;gap:8px;justify-content:flex-end;margin-top:8px;}\
button{all:initial;font:inherit;color:inherit;cursor:pointer;border:1px solid #888;border-radius:6px;padding:3px 14px;}\
.primary{background:#1a5fb4;border-color:#1a5fb4;color:#fff;}\
button:focus-visible{outline:3px solid #f5a623;outline-offset:2px;}\
@media (prefers-color-scheme:dark){[role]{background:#232323;color:#eee;}}`;

/** A button of a box: its label, what pressing it does, and whether it is the one to press (filled). */
export type BoxButton = [label: string, press: () => void, primary?: boolean];

/** A box shown in the page: its host and closed root, the box (it has the role) and its buttons. */
export interface Box {
  host: HTMLElement;
  root: ShadowRoot;
  box: HTMLElement;
  buttons: HTMLButtonElement[];
}

/**
 * Shows a box over the page: a `<name>` host (see shadowHost) appended to `doc`'s `<html>`, styled
 * by the shared look followed by `css` (its place and its own rules), holding one box of `role`
 * with `parts` and a row of `buttons`. A button keeps the focus where it was on mousedown (a caret
 * in the page's field stays there) and answers the click.
 */
export function showBox(
  doc: Document,
  name: string,
  css: string,
  role: string,
  parts: (Node | string)[],
  buttons: BoxButton[] = [],
): Box {
  const { host, root } = shadowHost(doc, name, BOX + css);
  const box = element(doc, 'div');
  box.setAttribute('role', role);
  box.append(...parts);
  // (No type="button" needed: a button in a shadow tree belongs to no form of the page. Handler
  // properties suffice: nothing else can reach these buttons.)
  const made = buttons.map(([label, press, primary]) => {
    const button = element(doc, 'button', primary ? 'primary' : '', label);
    button.onmousedown = () => false;
    button.onclick = press;
    return button;
  });
  if (made.length) {
    const row = element(doc, 'div', 'actions');
    row.append(...made);
    box.append(row);
  }
  root.append(box);
  doc.documentElement.append(host);
  return { host, root, box, buttons: made };
}

const FLASH_MS = 1500;
let lastFlash: Element | null = null;

/**
 * Shows the writer characters `start`..`end` of `field` (scrolled to, selected: locateRange) and
 * briefly highlights them; false when the range does not lie in the field's current text.
 */
export function showRange(field: Field, start: number, end: number): boolean {
  const rects = locateRange(field, start, end);
  if (rects) flash(field.ownerDocument, rects);
  return rects !== null;
}

/**
 * Draws a fading highlight over `rects` (viewport coordinates, taken after scrolling), placed in
 * document coordinates so that it scrolls with the text, and never in the way of the mouse.
 */
function flash(doc: Document, rects: DOMRect[]): void {
  lastFlash?.remove();
  const view = doc.defaultView;
  const [dx, dy] = [view?.scrollX ?? 0, view?.scrollY ?? 0];
  // (No `;` in the keyframes: an important declaration there would be ignored.)
  const { host, root } = shadowHost(
    doc,
    'tianbao-flash',
    `:host{all:initial;position:absolute;top:0;left:0;pointer-events:none;z-index:2147483646;}\
div{position:absolute;background:#ffc40059;outline:2px solid #e68c00e6;border-radius:2px;animation:f ${FLASH_MS}ms ease-out forwards;}\
@keyframes f{0%,60%{opacity:1}to{opacity:0}}`,
  );
  lastFlash = host;
  for (const rect of rects.slice(0, 50)) {
    const box = doc.createElement('div');
    box.style.cssText = `left:${rect.left + dx - 2}px;top:${rect.top + dy - 2}px;width:${rect.width + 4}px;height:${rect.height + 4}px`;
    root.append(box);
  }
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), FLASH_MS);
}
