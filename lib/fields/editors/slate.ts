import type { EditorAdapter } from './types';

/**
 * Slate-based editors such as wangEditor 5 (`[data-slate-editor]`) apply a cancelable
 * `beforeinput` to their model at once and re-render; `execCommand` would desynchronise the model.
 * Line breaks become `insertParagraph`, as pressing Enter would.
 *
 * Fixture: tests/fixtures/site/wangeditor.html (+ wangeditor.js, @wangeditor/editor from npm).
 * Tests: tests/e2e/editors.spec.ts; timed in bench/fields.bench.ts.
 */
export const slateEditor: EditorAdapter = {
  id: 'slate',
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

/** Dispatches a synthetic `beforeinput`; true when the editor took it (cancelled the default). */
function fire(el: HTMLElement, inputType: string, data: string | null): boolean {
  const event = new InputEvent('beforeinput', { inputType, data, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(event);
  return event.defaultPrevented;
}
