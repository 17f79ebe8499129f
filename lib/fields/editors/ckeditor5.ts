import { insertByPaste } from './paste';
import type { EditorAdapter } from './types';

/**
 * CKEditor 5 (`.ck-editor__editable`) takes a paste through its clipboard pipeline (./paste.ts).
 * It ignores `execCommand`, and defers a synthetic `beforeinput` text until its next flush.
 *
 * Fixture: tests/fixtures/site/ckeditor5.html (+ ckeditor5.js, the classic build from npm).
 * Tests: tests/e2e/editors.spec.ts; timed in bench/fields.bench.ts.
 */
export const ckEditor5: EditorAdapter = {
  id: 'ckeditor5',
  matches: (el) => el.matches('.ck-editor__editable'),
  insert: (_doc, el, text, html) => insertByPaste(el, text, html),
};
