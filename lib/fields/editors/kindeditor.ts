import type { PageEditor, PageInsert } from './types';

/**
 * KindEditor 4: `<div class="ke-container">` around `<iframe class="ke-edit-iframe">`, written with
 * document.write (the frame has the page's address) and edited through designMode. Instances are
 * `KindEditor.instances`; `insertHtml` runs `exec('inserthtml')`, which takes an undo bookmark
 * before and after (exactly one Ctrl+Z), and fires the page's afterChange (its 字数 counter).
 *
 * Fixtures: tests/fixtures/site/kindeditor.html (+ kindeditor-setup.js, KindEditor 4 from npm),
 * kindeditor-csp.html (under a strict CSP).
 * Tests: tests/e2e/reach.spec.ts, editor-restore.spec.ts, calls.spec.ts; timed in bench/fields.bench.ts.
 */
export const kindEditor: PageEditor = { id: 'kindeditor', frame: 'iframe.ke-edit-iframe' };
export const kindEditorInsert: PageInsert = (marker, text) => {
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
