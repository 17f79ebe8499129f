import type { PageEditor, PageInsert } from './types';

/**
 * CKEditor 4 (4.22.1, the last open-source release): `<span class="cke">` around
 * `<iframe class="cke_wysiwyg_frame">`, written with document.write. Instances are
 * `CKEDITOR.instances`; `saveSnapshot` before `insertText` closes the typing before it into an undo
 * step of its own, and `insertText` (paragraphs per line, as Enter makes) records one more.
 *
 * Fixture: tests/fixtures/site/ckeditor4.html (+ ckeditor4-setup.js, ckeditor4 from npm).
 * Tests: tests/e2e/reach.spec.ts, editor-restore.spec.ts, calls.spec.ts; timed in bench/fields.bench.ts and
 * bench/calls.bench.ts.
 */
export const ckEditor4: PageEditor = { id: 'ckeditor4', frame: 'iframe.cke_wysiwyg_frame' };
export const ckEditor4Insert: PageInsert = (marker, text) => {
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
