/**
 * How each family of rich-text editor wants text put into it. The DOM of an editor with a model of
 * its own is only a view: text must reach the model the way the editor expects, or it is lost on
 * the next render or never submitted. Measured in Chromium (see ../shared/DESIGN.md).
 */
export interface EditorAdapter {
  /** A name for diagnostics and tests. */
  id: string;
  /** True when the editing host `el` belongs to this editor family. */
  matches(el: HTMLElement): boolean;
  /**
   * Inserts `text` at the current selection in `el`; false when the editor ignored it. `html` is the
   * text as sanitised paragraphs (built in the panel), for editors that take HTML.
   */
  insert(doc: Document, el: HTMLElement, text: string, html?: string): boolean;
}

/**
 * Slate-based editors such as wangEditor 5 (`[data-slate-editor]`) apply a cancelable
 * `beforeinput` to their model at once and re-render; `execCommand` would desynchronise the model.
 * Line breaks become `insertParagraph`, as pressing Enter would.
 */
const beforeInputEditor: EditorAdapter = {
  id: 'beforeinput',
  matches: (el) => el.matches('[data-slate-editor]'),
  insert(_doc, el, text) {
    let handled = true;
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
      if (index > 0) handled = fire(el, 'insertParagraph', null) && handled;
      if (line) handled = fire(el, 'insertText', line) && handled;
    });
    return handled;
  },
};

/**
 * CKEditor 5 (`.ck-editor__editable`) and TinyMCE (`body.mce-content-body`, also inside its
 * iframe) take a paste event through their own clipboard pipeline, synchronously, as one undo
 * step, with paragraphs. CKEditor 5 ignores `execCommand`, and defers a synthetic `beforeinput`
 * text until its next flush; TinyMCE records no undo step for `execCommand`. Paragraphs go as
 * blank-line-separated plain text (TinyMCE reads that) and as HTML (CKEditor 5 reads it). The
 * HTML is never built here: it comes from the panel, escaped and sanitised with DOMPurify
 * (lib/fields/rich-html.ts); without it the editor gets the plain text alone.
 */
const pasteEditor: EditorAdapter = {
  id: 'paste',
  matches: (el) => el.matches('.ck-editor__editable, body.mce-content-body'),
  insert(_doc, el, text, html) {
    const data = new DataTransfer();
    data.setData('text/plain', text.split(/\r\n|\r|\n/).join('\n\n'));
    if (html !== undefined) data.setData('text/html', html);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  },
};

/**
 * Editors that watch their DOM (TinyMCE, including its iframe mode, Quill, UEditor, KindEditor,
 * plain `contenteditable`): `execCommand('insertText')` is what typing does, so the editor sees
 * it and its undo stack records it. Chromium turns each line break into a new paragraph.
 */
const domEditor: EditorAdapter = {
  id: 'dom',
  matches: () => true,
  insert(doc, _el, text) {
    return doc.execCommand('insertText', false, text);
  },
};

const ADAPTERS: readonly EditorAdapter[] = [pasteEditor, beforeInputEditor, domEditor];

/** The adapter for the editing host `el` (the DOM one when no other claims it). */
export function editorFor(el: HTMLElement): EditorAdapter {
  return ADAPTERS.find((adapter) => adapter.matches(el)) ?? domEditor;
}

/** Dispatches a synthetic `beforeinput`; true when the editor took it (cancelled the default). */
function fire(el: HTMLElement, inputType: string, data: string | null): boolean {
  const event = new InputEvent('beforeinput', { inputType, data, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(event);
  return event.defaultPrevented;
}
