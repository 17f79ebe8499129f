/** A place the user can type a report into. */
export type TextField = HTMLTextAreaElement | HTMLInputElement;
export type Field = TextField | HTMLElement;

// Input types that hold free text. Password, hidden, file, number, date… are never ours.
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', '']);

// Element kinds are told by name, never `instanceof`: a field in a frame this script adopted
// belongs to that frame's realm, whose HTMLElement is not ours.

/** True for a `<textarea>` or a text-like `<input>` (not password, hidden, file…). */
export function isTextField(el: Element | null): el is TextField {
  if (!el || !isHtml(el)) return false;
  if (el.localName === 'textarea') return true;
  return el.localName === 'input' && TEXT_INPUT_TYPES.has((el as HTMLInputElement).type);
}

/** True for an HTML element, from any frame's realm. */
export function isHtml(el: Element | null | undefined): el is HTMLElement {
  return el?.namespaceURI === 'http://www.w3.org/1999/xhtml';
}

/** True for an `<iframe>` or a frameset's `<frame>`, from any frame's realm. */
export function isFrameElement(el: Element | null | undefined): el is HTMLIFrameElement | HTMLFrameElement {
  return isHtml(el) && (el.localName === 'iframe' || el.localName === 'frame');
}

/**
 * The field the user is typing in for `el`: the element itself when it is a text field, the
 * editing host when `el` is inside a `contenteditable`, otherwise null.
 */
export function fieldFor(el: Element | null): Field | null {
  if (!el) return null;
  if (isTextField(el)) return el.readOnly || el.disabled ? null : el;
  if (isHtml(el) && el.isContentEditable) return editingHost(el);
  return null;
}

/**
 * The outermost element of the contenteditable region that contains `el`; in a `designMode`
 * document (older editors' frames), where <html> is editable too, its body.
 */
function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  const body = el.ownerDocument.body;
  while (host !== body && host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
