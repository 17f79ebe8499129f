import type { FieldContext } from '../messages';
import type { SavedCaret } from './caret';
import { type Field, isTextField } from './editable';
import { anchorOf } from './frames';
import { findLabel } from './labels';
import { readFieldText } from './text';

/**
 * What the panel needs to know of the field the writer works in: its label, its text, where the
 * caret is (to tell the report section) and what is selected (to save as a snippet). Without a
 * field, only the page's selection. The label is as the page shows it: the worker tidies it
 * (lib/analysis/field-read.ts).
 */
export function fieldContext(field: Field | null, caret: SavedCaret, doc: Document): FieldContext {
  if (!field) return { label: '', text: '', caret: 0, selection: doc.getSelection()?.toString() ?? '' };
  const read = readFieldText(field);
  const label = findLabel(field, anchorOf(field));
  if (isTextField(field)) {
    // A text field keeps its own selection while focus is elsewhere: read it live.
    const end = field.selectionEnd ?? read.text.length;
    const start = field.selectionStart ?? end;
    const kind = field.localName === 'textarea' ? 'textarea' : 'input';
    return { label, text: read.text, caret: end, selection: read.text.slice(start, end), kind };
  }
  const range = caret.kind === 'range' ? caret.range : null;
  const at = range ? read.offsetOf(range.endContainer, range.endOffset) : null;
  return {
    label,
    text: read.text,
    caret: at ?? read.text.length,
    selection: range?.toString() ?? '',
    kind: 'contenteditable',
  };
}
