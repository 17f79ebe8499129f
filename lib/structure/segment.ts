import type { Span } from './document';
import { readMarker } from './markers';
import { trimSpan } from './text';

// Turns raw text into logical paragraphs: line breaks of any kind, hard-wrapped lines joined back,
// and a report pasted as one line cut again before its numbered headings.

const BREAK = /\r\n|[\n\r\u2028\u2029]/g;
// A line that ends like this never continues on the next line.
const LINE_DONE = /[。！？：；”’）》」…\])]$/;
// Lines at least this long without closing punctuation are taken as hard-wrapped.
const WRAP_MIN = 24;

/** Splits `text` into trimmed lines, dropping blank ones. */
export function lines(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    push(out, trimSpan(text, from, m.index));
    from = m.index + m[0].length;
  }
  push(out, trimSpan(text, from, text.length));
  return out;
}

function push(out: Span[], span: Span): void {
  if (span.end > span.start) out.push(span);
}

/** Joins hard-wrapped lines: a line continues when it ends mid-clause or is long and unpunctuated. */
export function joinWrapped(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const line of spans) {
    const prev = out[out.length - 1];
    if (prev && continues(text, prev, line)) prev.end = line.end;
    else out.push({ ...line });
  }
  return out;
}

function continues(text: string, prev: Span, line: Span): boolean {
  if (readMarker(text, line.start)) return false;
  const last = text[prev.end - 1] ?? '';
  if (last === '，' || last === '、' || last === ',') return true;
  // A blank line between them means a real paragraph break.
  if (/\n\s*\n|\r\s*\r/.test(text.slice(prev.end, line.start))) return false;
  return prev.end - lastLineStart(text, prev) >= WRAP_MIN && !LINE_DONE.test(last);
}

// Scans back only within the span: lastIndexOf would run to the text's start when there is no \r.
function lastLineStart(text: string, span: Span): number {
  for (let i = span.end - 1; i >= span.start; i--) if (text[i] === '\n' || text[i] === '\r') return i + 1;
  return span.start;
}

// Markers that, inside a paragraph, start a new paragraph: a report flattened to one line.
const EMBEDDED =
  /第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|[1-9]\d?[.．、]|[（(][1-9]\d?[）)]/g;

/**
 * Cuts a paragraph before each embedded heading marker that follows a sentence end, or that follows a
 * short marker-led segment with no punctuation yet (一、基本情况（一）…, （二）会务保障1.会前…).
 */
export function splitEmbedded(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  const segment = text.slice(span.start, span.end);
  EMBEDDED.lastIndex = 1;
  for (let m = EMBEDDED.exec(segment); m; m = EMBEDDED.exec(segment)) {
    const at = span.start + m.index;
    const before = text[at - 1] ?? '';
    // Never inside a number (12、) or inside the marker that opens the segment.
    const lead = readMarker(text, from);
    if (/[0-9０-９]/.test(before) || (lead && at < lead.end)) continue;
    const sentenceEnd = before === '。' || before === '！' || before === '？';
    const shortHead = lead !== undefined && at - from <= 40 && !/[。！？，；]/.test(text.slice(from, at));
    if (!(sentenceEnd || shortHead)) continue;
    if (!readMarker(text, at)) continue;
    push(out, trimSpan(text, from, at));
    from = at;
  }
  push(out, trimSpan(text, from, span.end));
  return out;
}
