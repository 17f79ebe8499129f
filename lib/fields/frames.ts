import { editorAnchor } from './labels';

// Editors that edit inside an iframe of their own page (TinyMCE classic, UEditor, KindEditor) use
// an about:blank or srcdoc document, same-origin with its host: the host page's script reads and
// fills it, since that is where the field's label is and since the iframe may be created after
// the extension's script was injected.

/** True for the document of an editor's about:blank/srcdoc iframe, which its parent scans. */
export function isEditorFrame(doc: Document): boolean {
  const view = doc.defaultView;
  return view !== null && view !== view.parent && doc.location.protocol === 'about:';
}

/** The editable body of an editor iframe the page hosts (same origin, about:), or null. */
export function editorFrameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    const inner = frame.contentDocument;
    if (!inner?.body || inner.location.protocol !== 'about:') return null;
    return inner.body.isContentEditable || inner.designMode === 'on' ? inner.body : null;
  } catch {
    return null; // cross-origin: that frame's own script reports its fields
  }
}

/**
 * Where `field` sits in the page, for reading its label: an editor's iframe (from inside or from its
 * host page) stands for its body, and an editor's wrapper for its editing area.
 */
export function anchorOf(field: HTMLElement): HTMLElement {
  const frame = isEditorFrame(field.ownerDocument) ? field.ownerDocument.defaultView?.frameElement : null;
  return editorAnchor(frame instanceof HTMLElement ? frame : field);
}
