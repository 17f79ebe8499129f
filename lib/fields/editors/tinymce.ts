import { insertByPaste } from './paste';
import type { EditorAdapter } from './types';

/**
 * TinyMCE (`body.mce-content-body`, inside its iframe, the mode government forms use) takes a paste
 * through its clipboard pipeline (./paste.ts) and reads its text/plain flavour. `execCommand` works
 * but records no TinyMCE undo level.
 *
 * Fixtures: tests/fixtures/site/tinymce.html (+ tinymce.js, tinymce-setup.js), late-tinymce.html (an
 * editor created after the scan, in a frame added late).
 * Tests: tests/e2e/editors.spec.ts, fields.spec.ts, frames.spec.ts, drafts.spec.ts; timed in
 * bench/fields.bench.ts.
 */
export const tinyMce: EditorAdapter = {
  id: 'tinymce',
  matches: (el) => el.matches('body.mce-content-body'),
  insert: (_doc, el, text, html) => insertByPaste(el, text, html),
};
