/** One change of a field's text: characters start..end replaced by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Several edits of one text made one: the stretch they span, what it reads now, and its replacement. */
export interface MergedEdit extends TextEdit {
  /** What characters start..end read before the edit (the field must still read it). */
  was: string;
  /** Where the caret goes in `text`, when asked for. */
  caret?: number;
}

/**
 * Merges edits of `text` (at most touching, never overlapping; in any order) into one replacement
 * of the stretch from the first to the last (whole lines when it spans lines), so that a fix or a heading with its renumbering goes
 * into the field in one step, undone by one Ctrl+Z. `caret` is an offset into the edit at
 * `caretEdit` (its index in `edits`); it is carried into the replacement. Undefined for no edits or
 * edits that overlap or leave the text.
 */
export function mergeEdits(
  text: string,
  edits: readonly TextEdit[],
  caret?: { edit: number; offset: number },
): MergedEdit | undefined {
  const order = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end);
  const first = order[0]?.edit;
  const last = order.at(-1)?.edit;
  if (!first || !last) return undefined;
  let replacement = '';
  let at = first.start;
  let caretAt: number | undefined;
  for (const { edit, index } of order) {
    if (edit.start < at || edit.end < edit.start || edit.end > text.length) return undefined;
    replacement += text.slice(at, edit.start);
    if (caret && caret.edit === index) caretAt = replacement.length + caret.offset;
    replacement += edit.text;
    at = edit.end;
  }
  // Over several lines, whole lines are replaced, through the line break after the last: rich
  // editors rebuild the lines as paragraphs, and a last line left to join the text after it stays a
  // paragraph of its own in some (CKEditor 4).
  let start = first.start;
  let end = last.end;
  if (replacement.includes('\n') || text.slice(start, end).includes('\n')) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', end);
    const through = lineEnd === -1 ? text.length : lineEnd + 1;
    if (caretAt !== undefined) caretAt += start - lineStart;
    replacement = text.slice(lineStart, start) + replacement + text.slice(end, through);
    start = lineStart;
    end = through;
  }
  const merged: MergedEdit = { start, end, text: replacement, was: text.slice(start, end) };
  return caretAt === undefined ? merged : { ...merged, caret: caretAt };
}
