import type { FieldContext, FieldRead, FormRead, FormScan, ScannedField } from '../messages';
import { boundsFromHint, limitFromCounter } from './limits';

/**
 * What a page's read of its fields means. The page script reads raw (lib/fields/scan.ts: the label
 * text as the page shows it, the field's own maxlength, the text around it that may state a limit)
 * and the extension interprets it here, where scans enter it (the worker, after validating the
 * read): so the page carries none of these rules (issue 16: ≤ 40 KiB in a page), and the panel and
 * the check see the same ScannedField as when the page worked it out.
 */

const MAX_LABEL = 60;

/** Tidies a label: no asterisks, colons, fill spaces (姓　　名) or runs of whitespace. */
export function cleanLabel(text: string): string {
  return text
    .replace(/[*＊]/g, '')
    .replace(/[:：]\s*$/, '')
    .replace(/[\s\u3000]+/g, (run, offset: number, whole: string) =>
      // Spaces that pad a CJK label (姓　　名) go; a space between Latin words stays.
      /[\w]$/.test(whole.slice(0, offset)) && /^[\w]/.test(whole.slice(offset + run.length)) ? ' ' : '',
    )
    .trim()
    .slice(0, MAX_LABEL);
}

/** Whether the page marks the field required with a star before its label (*姓名). */
export function starred(label: string): boolean {
  return /^\s*[*＊]/.test(label);
}

/** What the length bounds of a field depend on in its read. */
export type BoundsRead = Pick<FieldRead, 'label' | 'maxlength' | 'near'>;

/** Length bounds of a field: its maxlength, else a limit its page states in a hint or a counter. */
export function boundsOf(read: BoundsRead): Pick<ScannedField, 'maxLength' | 'limitSource' | 'minLength'> {
  const near = read.near ?? '';
  const hinted = boundsFromHint(`${cleanLabel(read.label)} ${near}`);
  const bounds: Pick<ScannedField, 'maxLength' | 'limitSource' | 'minLength'> = {};
  if (read.maxlength !== undefined) Object.assign(bounds, { maxLength: read.maxlength, limitSource: 'maxlength' });
  else if (hinted.max !== undefined) Object.assign(bounds, { maxLength: hinted.max, limitSource: 'hint' });
  else {
    const counter = limitFromCounter(near);
    if (counter !== undefined) Object.assign(bounds, { maxLength: counter, limitSource: 'counter' });
  }
  if (hinted.min !== undefined) bounds.minLength = hinted.min;
  return bounds;
}

/** The field a page read: its label tidied, a starred label made required, its bounds found. */
export function interpretField(read: FieldRead): ScannedField {
  const { label, maxlength: _maxlength, near: _near, required, ...same } = read;
  return { ...same, label: cleanLabel(label), ...boundsOf(read), required: required || starred(label) };
}

/** Every frame's read of a tab's form, interpreted (see interpretField). */
export function interpretScan(read: FormRead): FormScan {
  return {
    frames: read.frames.map(({ frameId, fields, page }) => ({
      frameId,
      fields: fields.map(interpretField),
      ...(page ? { page } : {}),
    })),
  };
}

/** The field the writer works in, with its label tidied (the reader sends it as the page shows it). */
export function interpretContext(context: FieldContext): FieldContext {
  return { ...context, label: cleanLabel(context.label) };
}
