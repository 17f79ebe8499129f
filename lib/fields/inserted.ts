/**
 * Whether a field whose text is `fieldText`, with the caret at `caretNow`, shows `text` just
 * inserted: after an insertion the caret stands `caret` characters into the inserted text (its end
 * unless a snippet's {{光标}} said otherwise). A single-line input joins the text's lines with
 * spaces. Used when the insertion's own answer was lost (the worker restarted mid-way): the panel
 * reports only what the field shows.
 */
export function insertedAt(fieldText: string, caretNow: number, text: string, caret = text.length): boolean {
  for (const candidate of new Set([text, text.replace(/\r?\n/g, ' ')])) {
    const start = caretNow - Math.min(caret, candidate.length);
    if (start >= 0 && fieldText.startsWith(candidate, start)) return true;
  }
  return false;
}
