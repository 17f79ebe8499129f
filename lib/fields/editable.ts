/** A place the user can type a report into. */
export type TextField = HTMLTextAreaElement | HTMLInputElement;
export type Field = TextField | HTMLElement;

// Input types that hold free text. Password, hidden, file, number, date… are never ours.
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', '']);

/** True for a `<textarea>` or a text-like `<input>` (not password, hidden, file…). */
export function isTextField(el: Element | null): el is TextField {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(el.type);
}

/**
 * The field the user is typing in for `el`: the element itself when it is a text field, the
 * editing host when `el` is inside a `contenteditable`, otherwise null.
 */
export function fieldFor(el: Element | null): Field | null {
  if (!el) return null;
  if (isTextField(el)) return el.readOnly || el.disabled ? null : el;
  if (el instanceof HTMLElement && el.isContentEditable) return editingHost(el);
  return null;
}

/** The outermost element of the contenteditable region that contains `el`. */
function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
