import type { FromPanel } from '../calls';
import type { FieldContext, InsertResult } from '../messages';

/**
 * Whether a field whose text is `fieldText`, with the caret at `caretNow`, shows `text` just
 * inserted: after an insertion the caret stands `caret` characters into the inserted text (its end
 * unless a snippet's {{光标}} said otherwise). A single-line input joins the text's lines with
 * spaces. Used when the insertion's own answer was lost (the worker restarted mid-way): the panel
 * reports only what the field shows.
 */
export function insertedAt(fieldText: string, caretNow: number, text: string, caret = text.length): boolean {
  return shownAs(fieldText, caretNow, text, caret) !== undefined;
}

/** Which form of `text` (as sent, or its lines joined) the field shows just inserted, if any. */
function shownAs(fieldText: string, caretNow: number, text: string, caret: number): string | undefined {
  for (const candidate of new Set([text, text.replace(/\r?\n/g, ' ')])) {
    const start = caretNow - Math.min(caret, candidate.length);
    if (start >= 0 && fieldText.startsWith(candidate, start)) return candidate;
  }
  return undefined;
}

/** An insertion as the panel sends it. */
type Insertion = Extract<FromPanel, { type: 'field:insert' }>;

/** An edit (a fix) as the panel sends it. */
type Edit = Extract<FromPanel, { type: 'field:edit' }>;

/**
 * How the panel calls the worker, as far as these two need it. Its replies are the worker's own
 * (typed, not checked again: no zod in the panel's first paint).
 */
type Send = (message: Insertion | Edit | { type: 'field:context' }) => Promise<unknown>;

/**
 * Sends `insertion` through `send` and returns the background's answer. When that answer is lost
 * (the service worker was stopped mid-way, perhaps after the text went in), the field is read back:
 * success when it shows the text just inserted at its caret, else undefined — unknown, which the
 * caller must not report as a failure to retry, since a retry would put the text in twice.
 * Nothing is ever sent again on its own.
 */
export async function insertWithReadBack(send: Send, insertion: Insertion): Promise<InsertResult | undefined> {
  const answer = (await send(insertion).catch(() => undefined)) as InsertResult | null | undefined;
  if (answer) return answer;
  const field = await readBack(send, insertion.frameId);
  if (!field) return undefined;
  const shown = shownAs(field.text, field.caret, insertion.text, insertion.caret ?? insertion.text.length);
  if (shown === undefined) return undefined;
  return { ok: true, inserted: shown.length, ...(shown !== insertion.text ? { joined: true } : {}) };
}

/**
 * Sends `edit` (a stretch of a field's text, read as `before`, replaced) and returns its answer;
 * when the answer is lost, success only when the field now reads exactly `before` with the stretch
 * replaced, else undefined (unknown: not to be retried, as for an insertion).
 */
export async function editWithReadBack(send: Send, edit: Edit, before: string): Promise<InsertResult | undefined> {
  const answer = (await send(edit).catch(() => undefined)) as InsertResult | null | undefined;
  if (answer) return answer;
  const field = await readBack(send, edit.frameId);
  const after = before.slice(0, edit.start) + edit.text + before.slice(edit.end);
  return field?.text === after ? { ok: true, inserted: edit.text.length } : undefined;
}

// The field the writer is in, when it is in `frameId` (a fix sent to a frame of its own is read
// back only when that is the frame the writer is in).
async function readBack(send: Send, frameId: number | undefined): Promise<FieldContext | undefined> {
  const field = (await send({ type: 'field:context' }).catch(() => undefined)) as FieldContext | null | undefined;
  return field && (frameId === undefined || field.frameId === frameId) ? field : undefined;
}
