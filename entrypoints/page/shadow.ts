/**
 * A closed shadow root for what we show in a page (the docked panel, the drafts notice, the check
 * before 提交): a new `<name>` element of `doc`, not yet in the page, whose root holds `css` with
 * every declaration made !important. For important declarations the shadow tree's own rules beat
 * the page's, so `* { all: unset !important }` or a huge page z-index cannot move, hide or cover
 * it; the page's scripts cannot reach into a closed root. The rules are written without
 * `!important` and with every declaration ending in `;`, to keep the page script small.
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

/** A new `<button type="button">` of `doc` reading `label`, with `className` when given. */
export function button(doc: Document, label: string, className?: string): HTMLButtonElement {
  const made = element(doc, 'button', className, label);
  made.type = 'button';
  return made;
}
