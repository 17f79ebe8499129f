import type { PageEditor, PageInsert } from './types';

/**
 * UEditor (Baidu's 1.4.x, as npm `ueditor` ships it) and UEditor Plus (ModStart's continuation,
 * tested on its 4.4.0 release): `<div class="edui-editor">` around `<iframe id="ueditor_N">`, an
 * about:blank frame it writes from a javascript: URL. Instances are `UE.instants` (`UE.getEditor`
 * fills it); `execCommand('inserthtml')` saves an undo scene before and after, so Ctrl+Z undoes
 * exactly the insertion; the form's submit syncs `getContent()` into its hidden textarea. Plus
 * records typing scenes on keyup rather than keydown and adds commands (cleardoc), none of which
 * this uses: one adapter for both.
 *
 * Fixtures: tests/fixtures/site/ueditor.html (+ ueditor-setup.js, npm `ueditor`), ueditor-plus.html
 * (+ ueditor-plus-setup.js, the release vendored in tests/vendor/ueditor-plus/).
 * Tests: tests/e2e/reach.spec.ts, editor-restore.spec.ts, calls.spec.ts; timed in bench/fields.bench.ts.
 */
export const uEditor: PageEditor = { id: 'ueditor', frame: '.edui-editor iframe[id^="ueditor_"]' };
export const uEditorInsert: PageInsert = (marker, text) => {
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
