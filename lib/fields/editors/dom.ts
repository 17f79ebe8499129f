import type { EditorAdapter } from './types';

/**
 * Editors that watch their DOM (Quill, plain `contenteditable`, `designMode` frames in the FCKeditor 2
 * style, and any editor no other family claims): `execCommand('insertText')` is what typing does, so
 * the editor sees it and its undo stack records it. Chromium turns each line break into a new
 * paragraph.
 *
 * Fixtures: tests/fixtures/site/quill.html (+ quill.js), designmode-frame.html (+ designmode-setup.js),
 * demo-form.html and the hostile pages (plain contenteditable).
 * Tests: tests/e2e/editors.spec.ts, reach.spec.ts; timed in bench/fields.bench.ts.
 */
export const domEditor: EditorAdapter = {
  id: 'dom',
  matches: () => true,
  insert(doc, _el, text) {
    return doc.execCommand('insertText', false, text);
  },
};
