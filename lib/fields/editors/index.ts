/**
 * How each family of rich-text editor wants text put into it, one file per family in this folder
 * (its selectors, its insertion, the fixture page and tests that measured it). The DOM of an editor
 * with a model of its own is only a view: text must reach the model the way the editor expects, or
 * it is lost on the next render or never submitted. Measured in Chromium (see ../shared/DESIGN.md and
 * docs/fields.md).
 *
 * Two kinds:
 * - an `EditorAdapter` inserts from the form script, in the isolated world (CKEditor 5, TinyMCE,
 *   Slate, and the DOM fallback);
 * - a `PageEditor` is filled through the editor's own API in the page's main world (KindEditor 4,
 *   CKEditor 4, UEditor): the form script only recognises its frame; the worker runs its `PageInsert`.
 */
import { ckEditor4, ckEditor4Insert } from './ckeditor4';
import { ckEditor5 } from './ckeditor5';
import { domEditor } from './dom';
import { kindEditor, kindEditorInsert } from './kindeditor';
import { slateEditor } from './slate';
import { tinyMce } from './tinymce';
import type { EditorAdapter, PageEditor, PageInsert } from './types';
import { uEditor, uEditorInsert } from './ueditor';

export type { EditorAdapter, PageEditor, PageInsert } from './types';

const ADAPTERS: readonly EditorAdapter[] = [ckEditor5, tinyMce, slateEditor];

/** The adapter for the editing host `el` (the DOM one when no other claims it). */
export function editorFor(el: HTMLElement): EditorAdapter {
  return ADAPTERS.find((adapter) => adapter.matches(el)) ?? domEditor;
}

/** The editors filled through their page API. */
export const PAGE_EDITORS: readonly PageEditor[] = [kindEditor, ckEditor4, uEditor];

/**
 * Each page editor's insertion, by its id (run by the background in the page's main world). Only the
 * worker imports this: the form script, which only recognises the frames, does not carry them.
 */
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
