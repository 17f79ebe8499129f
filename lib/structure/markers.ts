import type { Marker, MarkerFamily } from './document';
import { cnToInt, intToCn } from './text';

// One sticky pattern per family, tried at a paragraph's start. Each accepts the half-width and wrong
// variants people type, so the numbering checks can name the right mark for the level.
const CN = '[一二三四五六七八九十]{1,3}';
// A mark directly followed by more punctuation (一...) is not a marker's mark.
const NOT_PUNCT = '(?![、.．，,：:…。])';
const PATTERNS: readonly [MarkerFamily, RegExp][] = [
  ['part', new RegExp(`第(${CN})(?:部分|章)(?:[、，,.．：:]${NOT_PUNCT})?`, 'y')],
  // 一、 (right) and 一. 一． 一， 一: (wrong); a following digit means a date or a range, not a marker.
  ['cn', new RegExp(`(${CN})(、|[.．](?![\\d０-９])|[，,：:](?=\\S))${NOT_PUNCT}`, 'y')],
  ['cn-paren', new RegExp(`[（(](${CN})[）)]([、.．，,：:]?)${NOT_PUNCT}`, 'y')],
  ['arabic-paren', new RegExp(`[（(]([1-9]\\d?)[）)]([、.．，,：:]?)${NOT_PUNCT}`, 'y')],
  // 1. (right), 1． 1、 1， (wrong); 1.5 and 2022年 are numbers, not markers.
  ['arabic', new RegExp(`([1-9]\\d?)([.．]|[、，,])(?![\\d０-９])${NOT_PUNCT}`, 'y')],
  // 1） and 1) without the opening bracket are a common variant of （1）.
  ['arabic-paren', new RegExp(`([1-9]\\d?)([）)])([、.．，,：:]?)${NOT_PUNCT}`, 'y')],
  ['circled', new RegExp(`([①-⑳])([、.．，,：:]?)${NOT_PUNCT}`, 'y')],
];

const MARKER_START = '第一二三四五六七八九十（(123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The standard rendering of an ordinal in a family (GB/T 9704 §7.3.3). */
export function standardMarker(family: MarkerFamily, ordinal: number): string {
  switch (family) {
    case 'part':
      return `第${intToCn(ordinal)}部分`;
    case 'cn':
      return `${intToCn(ordinal)}、`;
    case 'cn-paren':
      return `（${intToCn(ordinal)}）`;
    case 'arabic':
      return `${ordinal}.`;
    case 'arabic-paren':
      return `（${ordinal}）`;
    case 'circled':
      return ordinal >= 1 && ordinal <= 20 ? String.fromCharCode(0x2460 + ordinal - 1) : `（${ordinal}）`;
  }
}

/** Nesting rank of a family: 第一部分 0, 一、 1, （一） 2, 1. 3, （1） 4, ① 5. */
export const FAMILY_RANK: Record<MarkerFamily, number> = {
  part: 0,
  cn: 1,
  'cn-paren': 2,
  arabic: 3,
  'arabic-paren': 4,
  circled: 5,
};

/** Reads an ordinal marker starting exactly at `at`, or returns undefined. */
export function readMarker(text: string, at: number): Marker | undefined {
  // Every marker starts with one of these; most lines do not, so skip the patterns for them.
  if (!MARKER_START.includes(text[at] ?? '\0')) return undefined;
  for (const [family, pattern] of PATTERNS) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) continue;
    const digits = match[1] ?? '';
    const ordinal =
      family === 'circled'
        ? digits.charCodeAt(0) - 0x2460 + 1
        : family === 'arabic' || family === 'arabic-paren'
          ? Number(digits)
          : cnToInt(digits);
    if (!Number.isFinite(ordinal) || ordinal < 1) continue;
    const end = at + match[0].length;
    // A marker must be followed by words, not by the end of the text or more punctuation.
    const next = text[end];
    if (next === undefined || next === '\n' || next === '\r') {
      if (family !== 'part') continue;
    }
    return { family, ordinal, start: at, end, standard: standardMarker(family, ordinal) };
  }
  return undefined;
}

/** True when the marker is written exactly as the standard wants (1． is accepted as 1.). */
export function isStandardMarker(text: string, marker: Marker): boolean {
  const written = text.slice(marker.start, marker.end);
  if (written === marker.standard) return true;
  if (marker.family === 'arabic') return written === `${marker.ordinal}．`;
  if (marker.family === 'part') return written.startsWith(`第${intToCn(marker.ordinal)}`) && !/[,.:]/.test(written);
  return false;
}
