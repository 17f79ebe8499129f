import type { Snippet } from '../db/tianbao';
import { matchPinyin, type Readings } from './pinyin';
import type { Term } from './query';

/** A half-open UTF-16 range [start, end) of a field, for the UI to mark. */
export interface Range {
  start: number;
  end: number;
}

/** One found snippet with what to highlight in it. */
export interface SearchHit {
  snippet: Snippet;
  titleRanges: Range[];
  bodyRanges: Range[];
  /** Ranges per tag, aligned with `snippet.tags` (empty where a tag did not match). */
  tagRanges: Range[][];
}

/** The folded fields of an indexed snippet that highlighting reads. */
export interface Highlightable {
  snippet: Snippet;
  title: string;
  body: string;
  tags: string[];
  titleReadings: Readings[];
  tagReadings: Readings[][];
}

// A long body full of a common term gets its first 200 marks; more would not help the reader.
const MAX_BODY_RANGES = 200;

function occurrences(haystack: string, needle: string, out: Range[], max = Number.POSITIVE_INFINITY): void {
  for (let at = haystack.indexOf(needle); at >= 0 && out.length < max; at = haystack.indexOf(needle, at + 1)) {
    out.push({ start: at, end: at + needle.length });
  }
}

/** Sorts ranges and merges the ones that overlap or touch. */
export function mergeRanges(ranges: Range[]): Range[] {
  let ordered = true;
  for (let i = 1; ordered && i < ranges.length; i++) {
    const a = ranges[i - 1] as Range;
    const b = ranges[i] as Range;
    ordered = a.start < b.start || (a.start === b.start && a.end <= b.end);
  }
  // One term's occurrences come in order; only several terms' need sorting.
  const sorted = ordered ? ranges : [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Where each term matched in the title, body and tags of a found snippet, merged per field. */
export function highlight(entry: Highlightable, terms: readonly Term[]): SearchHit {
  const title: Range[] = [];
  const body: Range[] = [];
  const tags: Range[][] = entry.tags.map(() => []);
  for (const term of terms) {
    const before = title.length;
    occurrences(entry.title, term.text, title);
    if (term.pinyin && title.length === before) {
      const r = matchPinyin(term.text, entry.title, entry.titleReadings);
      if (r) title.push(r);
    }
    occurrences(entry.body, term.text, body, MAX_BODY_RANGES);
    entry.tags.forEach((tag, i) => {
      const ranges = tags[i] ?? [];
      const n = ranges.length;
      occurrences(tag, term.text, ranges);
      const r =
        term.pinyin && ranges.length === n ? matchPinyin(term.text, tag, entry.tagReadings[i] ?? []) : undefined;
      if (r) ranges.push(r);
    });
  }
  return {
    snippet: entry.snippet,
    titleRanges: mergeRanges(title),
    bodyRanges: mergeRanges(body),
    tagRanges: tags.map(mergeRanges),
  };
}
