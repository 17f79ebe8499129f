import { isFrameElement, isHtml } from './editable';
import { editorAnchor } from './labels';

// Frames a person types in are made many ways: about:blank and srcdoc editors (TinyMCE, UEditor),
// frames written with document.open()/write() that take their parent's address (KindEditor 4,
// CKEditor 4), designMode documents of older editors (FCKeditor 2), plain form pages in a frameset,
// and frames created after the extension's script was injected. What decides is not the address
// but whether the parent can reach the frame's document (same origin) and whether our own script
// already runs inside it.

/** The window of a same-origin frame element, or null (another origin, sandboxed, not loaded). */
export function frameDocument(frame: Element): Document | null {
  if (!isFrameElement(frame)) return null;
  try {
    const inner = frame.contentDocument;
    return inner?.documentElement ? inner : null;
  } catch {
    return null;
  }
}

/** True when `doc` is edited as a whole: `designMode` on, or an editable body (an editor frame). */
export function isEditableDocument(doc: Document): boolean {
  return doc.designMode === 'on' || doc.body?.isContentEditable === true;
}

/**
 * True for the document of an editor's iframe that its same-origin parent reads and fills (its
 * label, its host textarea and the editor's API are all in the parent), whatever its address.
 */
export function isEditorFrame(doc: Document): boolean {
  const view = doc.defaultView;
  // frameElement is null when the parent is another origin: then this frame stands alone.
  return view !== null && view !== view.parent && view.frameElement !== null && isEditableDocument(doc);
}

/** The editable body of an editor frame the page hosts (same origin, whatever its URL), or null. */
export function editorFrameBody(frame: Element): HTMLElement | null {
  const inner = frameDocument(frame);
  return inner?.body && isEditableDocument(inner) ? inner.body : null;
}

/**
 * Where `field` sits in the page, for reading its label: an editor's iframe (from inside or from its
 * host page) stands for its body, and an editor's wrapper for its editing area.
 */
export function anchorOf(field: HTMLElement): HTMLElement {
  const frame = isEditorFrame(field.ownerDocument) ? field.ownerDocument.defaultView?.frameElement : null;
  return editorAnchor(isHtml(frame) ? frame : field);
}
