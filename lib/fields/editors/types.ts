/** An editor family filled from the form script, in the extension's isolated world. */
export interface EditorAdapter {
  /** The family's name, reported by the scan (`editor`), for diagnostics and tests. */
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
 * An editor of the old systems that keeps its own model and undo stack behind an editing frame:
 * text put into its DOM is either not undoable or merged with the typing before it (UEditor,
 * KindEditor 4, CKEditor 4; see ../shared/DESIGN.md). It is filled through its own API, which
 * lives in the page's main world: the background runs its `PageInsert` there
 * (`scripting.executeScript` with `world: 'MAIN'`, Chrome 95+, untouched by the page's CSP), after
 * the form script has put the caret back in the frame and marked the frame element with
 * `data-tianbao-insert` (lib/fields/page-insert.ts).
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
 *
 * It runs as a page function: it is serialised alone (an arrow function, as a method's source
 * would not parse on its own), so it uses nothing from outside its own body, and trusts nothing
 * of the page (a hostile page can replace these globals; the form script reads the field back from
 * the DOM afterwards and reports 已插入 only then). (Kept apart from the `PageEditor` so that the
 * form script, which only recognises the frames, does not carry them.)
 */
export type PageInsert = (marker: string, text: string) => string | null;
