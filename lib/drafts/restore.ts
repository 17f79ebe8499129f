import type { SavedCaret } from '../fields/caret';
import { type Field, isTextField } from '../fields/editable';
import { pageEditorOf } from '../fields/editors';
import { insertText } from '../fields/insert';
import { handOver } from '../fields/page-insert';
import { readFieldText } from '../fields/text';
import type { InsertHandOver, InsertResult } from '../messages';

/** What a restore did, with the field's text before it (so the panel can undo it too). */
export type RestoreResult = InsertResult & { previous?: string };

/**
 * Runs a page editor's own insertion (lib/fields/page-editors.ts) for the frame marked as
 * `handed` says, in the page's main world, which only the background reaches; resolves to the
 * editor's text after it, or null when nothing ran.
 */
export type PageEditorRunner = (handed: InsertHandOver, text: string) => Promise<string | null>;

/**
 * Replaces the whole text of `field` with `text` through the insertion layer, as if the writer
 * selected all and typed it: the page's framework sees it, and Ctrl+Z takes it back.
 *
 * An editor with a model and undo stack of its own (KindEditor, CKEditor 4, UEditor) takes it
 * through its API, exactly as an insertion from the panel does: its text selected in its frame,
 * then its own insertion run by `runPageEditor` replaces the selection, as one undo step, and the
 * editor syncs it to the form's field. Written into its DOM instead, the editor would not know:
 * Ctrl+Z would undo the writer's typing before it, or nothing.
 */
export async function replaceFieldText(
  field: Field,
  text: string,
  runPageEditor: PageEditorRunner,
): Promise<RestoreResult> {
  const previous = readFieldText(field).text;
  field.focus({ preventScroll: true });
  let caret: SavedCaret;
  if (isTextField(field)) {
    field.setSelectionRange(0, field.value.length);
    caret = { kind: 'text', start: 0, end: field.value.length };
  } else {
    const selection = field.ownerDocument.getSelection();
    selection?.selectAllChildren(field);
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    caret = range ? { kind: 'range', range } : { kind: 'none' };
  }
  const editor = isTextField(field) ? null : pageEditorOf(field);
  let result: InsertResult;
  if (editor) {
    const handed = handOver(field, caret, text);
    const read = await runPageEditor({ handOver: editor.id, marker: handed.marker }, text).catch(() => null);
    result = await handed.finish(read);
    // The whole field is the draft now, in the editor's model and in its frame, or it failed.
    const squeeze = (s: string) => s.replace(/[\s\u200b\ufeff]+/g, '');
    const whole = squeeze(text);
    if (result.ok && (squeeze(read ?? '') !== whole || squeeze(readFieldText(field).text) !== whole)) {
      result = { ok: false, reason: 'not-inserted' };
    }
  } else {
    result = await insertText(field, caret, text);
  }
  return result.ok ? { ...result, previous } : result;
}
