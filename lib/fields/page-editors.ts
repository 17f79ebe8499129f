/**
 * Editors of the old systems that keep their own model and undo stack behind an editing frame:
 * text put into their DOM is either not undoable or merged with the typing before it (UEditor,
 * KindEditor 4, CKEditor 4; see ../shared/DESIGN.md). They are filled through their own API, which
 * lives in the page's main world: the background runs `insert` there (`scripting.executeScript`
 * with `world: 'MAIN'`, Chrome 95+, untouched by the page's CSP), after the form script has put the
 * caret back in the frame and marked the frame element with `data-tianbao-insert`.
 *
 * `insert` runs as a page function: it is serialised alone (an arrow function, as a method's
 * source would not parse on its own), so it uses nothing from outside its
 * own body, and trusts nothing of the page (a hostile page can replace these globals; the form
 * script reads the field back from the DOM afterwards and reports 已插入 only then).
 */
export interface PageEditor {
  /** A name for the scan (`editor`), diagnostics and tests. */
  id: string;
  /** The editing frame element of one of this editor's instances, in its host page. */
  frame: string;
}

/**
 * In the page's main world: inserts `text` at the editor's selection, into the editor whose frame
 * carries `marker`, as one undo step; returns the editor's own plain text after it (read back
 * through its API), or null when no instance owns that frame. An empty `text` deletes the
 * selection (a draft restore giving a field back its empty text; an insertion is never empty).
 * (Kept apart from the `PageEditor` so that the form script, which only recognises the frames,
 * does not carry them.)
 */
export type PageInsert = (marker: string, text: string) => string | null;

/**
 * KindEditor 4: `<div class="ke-container">` around `<iframe class="ke-edit-iframe">`, written with
 * document.write (the frame has the page's address) and edited through designMode. Instances are
 * `KindEditor.instances`; `insertHtml` runs `exec('inserthtml')`, which takes an undo bookmark
 * before and after (exactly one Ctrl+Z), and fires the page's afterChange (its 字数 counter).
 */
const kindEditor: PageEditor = { id: 'kindeditor', frame: 'iframe.ke-edit-iframe' };
const kindEditorInsert: PageInsert = (marker, text) => {
  type KE = {
    edit?: { iframe?: ArrayLike<Element>; doc?: Document };
    cmd?: { selection(): void; select(): void };
    options?: { afterChange?: () => void };
    addBookmark(checkSize: boolean): void;
    insertHtml(html: string): void;
    text(): string;
  };
  const K = (window as unknown as { KindEditor?: { instances?: KE[] } }).KindEditor;
  const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = text.split(/\r\n|\r|\n/);
  const html = lines.length > 1 ? lines.map((l) => `<p>${escaped(l) || '<br />'}</p>`).join('') : escaped(text);
  for (const editor of Array.from(K?.instances ?? [])) {
    if (editor.edit?.iframe?.[0]?.getAttribute('data-tianbao-insert') !== marker) continue;
    // KindEditor keeps its own copy of the range, taken on keyup and mouseup: an IME's text (or
    // a caret the form script just restored) leaves it behind. Read the caret from the frame first.
    editor.cmd?.selection();
    if (text) {
      editor.insertHtml(html);
    } else {
      // Its inserthtml ignores '', and it has no delete command: the selection goes natively,
      // between the two undo bookmarks its own commands take, then its afterChange (字数) runs.
      // (Taking a bookmark moves the frame's selection: put its own range back first.)
      editor.addBookmark(false);
      editor.cmd?.select();
      editor.edit?.doc?.execCommand('delete');
      editor.addBookmark(false);
      editor.options?.afterChange?.call(editor);
    }
    return String(editor.text());
  }
  return null;
};

/**
 * CKEditor 4 (4.22.1, the last open-source release): `<span class="cke">` around
 * `<iframe class="cke_wysiwyg_frame">`, written with document.write. Instances are
 * `CKEDITOR.instances`; `saveSnapshot` before `insertText` closes the typing before it into an undo
 * step of its own, and `insertText` (paragraphs per line, as Enter makes) records one more.
 */
const ckEditor4: PageEditor = { id: 'ckeditor4', frame: 'iframe.cke_wysiwyg_frame' };
const ckEditor4Insert: PageInsert = (marker, text) => {
  type CK = {
    window?: { $?: Window };
    fire(name: string): void;
    insertText(text: string): void;
    editable(): { getText(): string };
  };
  const C = (window as unknown as { CKEDITOR?: { instances?: Record<string, CK> } }).CKEDITOR;
  for (const editor of Object.values(C?.instances ?? {})) {
    if (editor.window?.$?.frameElement?.getAttribute('data-tianbao-insert') !== marker) continue;
    editor.fire('saveSnapshot');
    // ('' : the selection goes natively; the snapshots around it make that one undo step.)
    if (text) editor.insertText(text);
    else editor.window?.$?.document.execCommand('delete');
    editor.fire('saveSnapshot');
    return String(editor.editable().getText());
  }
  return null;
};

/**
 * UEditor (Baidu's 1.4.x, as npm `ueditor` ships it) and UEditor Plus (ModStart's continuation,
 * tested on its 4.4.0 release): `<div class="edui-editor">` around `<iframe id="ueditor_N">`, an
 * about:blank frame it writes from a javascript: URL. Instances are `UE.instants` (`UE.getEditor`
 * fills it); `execCommand('inserthtml')` saves an undo scene before and after, so Ctrl+Z undoes
 * exactly the insertion; the form's submit syncs `getContent()` into its hidden textarea. Plus
 * records typing scenes on keyup rather than keydown and adds commands (cleardoc), none of which
 * this uses: one adapter for both.
 */
const uEditor: PageEditor = { id: 'ueditor', frame: '.edui-editor iframe[id^="ueditor_"]' };
const uEditorInsert: PageInsert = (marker, text) => {
  type UEd = {
    iframe?: Element;
    document?: Document;
    execCommand(name: string, value: string): void;
    fireEvent(name: string): void;
    getContentTxt(): string;
  };
  const U = (window as unknown as { UE?: { instants?: Record<string, UEd> } }).UE;
  const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = text.split(/\r\n|\r|\n/);
  const html = lines.length > 1 ? lines.map((l) => `<p>${escaped(l) || '<br/>'}</p>`).join('') : escaped(text);
  for (const editor of Object.values(U?.instants ?? {})) {
    if (editor.iframe?.getAttribute('data-tianbao-insert') !== marker) continue;
    if (text) {
      editor.execCommand('inserthtml', html);
    } else {
      // Its inserthtml ignores '' (and npm's 1.4.3 build has no cleardoc): the selection goes
      // natively, between two undo scenes, as its own commands take them.
      editor.fireEvent('saveScene');
      editor.document?.execCommand('delete');
      editor.fireEvent('saveScene');
    }
    return String(editor.getContentTxt());
  }
  return null;
};

/** The editors filled through their page API. */
export const PAGE_EDITORS: readonly PageEditor[] = [kindEditor, ckEditor4, uEditor];

/** Each page editor's insertion, by its id (run by the background in the page's main world). */
export const PAGE_INSERTS: Readonly<Record<string, PageInsert>> = {
  [kindEditor.id]: kindEditorInsert,
  [ckEditor4.id]: ckEditor4Insert,
  [uEditor.id]: uEditorInsert,
};

/** The page editor whose editing frame holds `field` (an adopted frame's body), or null. */
export function pageEditorOf(field: HTMLElement): PageEditor | null {
  const frame = field.ownerDocument.defaultView?.frameElement;
  if (!frame || field !== field.ownerDocument.body) return null;
  return PAGE_EDITORS.find((editor) => frame.matches(editor.frame)) ?? null;
}
