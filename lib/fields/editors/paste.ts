/**
 * The clipboard hand-over CKEditor 5 and TinyMCE share: a synthetic `paste` goes through the
 * editor's own clipboard pipeline, synchronously, as one undo step, with paragraphs. Paragraphs go
 * as blank-line-separated plain text (TinyMCE reads that) and as HTML (CKEditor 5 reads it). The
 * HTML is never built here: it comes from the panel, escaped and sanitised with DOMPurify
 * (lib/fields/rich-html.ts); without it the editor gets the plain text alone. True when the editor
 * took the paste (cancelled its default).
 */
export function insertByPaste(el: HTMLElement, text: string, html?: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text.split(/\r\n|\r|\n/).join('\n\n'));
  if (html !== undefined) data.setData('text/html', html);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(event);
  return event.defaultPrevented;
}
