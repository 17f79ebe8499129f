import { pinyin } from 'pinyin-pro';

/** Every toneless reading of one UTF-16 unit (`行` → xing, hang, heng), or undefined if it is not Han. */
export type Readings = readonly string[] | undefined;

const cache = new Map<string, Readings>();
const LOWER_LETTERS = /^[a-z]+$/;
const HAN = /\p{Script=Han}/u;

/** All readings of a character, with ü typed as v (女 → nv), cached per character. */
export function readingsOf(char: string): Readings {
  let readings = cache.get(char);
  if (readings === undefined && !cache.has(char)) {
    const all = HAN.test(char) ? pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }) : [];
    const syllables = [...new Set(all.filter((s) => LOWER_LETTERS.test(s)))];
    readings = syllables.length > 0 ? syllables : undefined;
    cache.set(char, readings);
  }
  return readings;
}

/** Readings of each UTF-16 unit of `text`, in order. */
export function readingsOfText(text: string): Readings[] {
  const out: Readings[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = readingsOf(text.charAt(i));
  return out;
}

/** A 26-bit mask of the letters `term` uses; for a cheap subset test before matching. */
export function letterMask(term: string): number {
  let mask = 0;
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i) - 97;
    if (code >= 0 && code < 26) mask |= 1 << code;
  }
  return mask;
}

/** The letters that appear in `text` or in any reading of its characters, as a mask. */
export function textLetterMask(text: string, readings: readonly Readings[]): number {
  let mask = letterMask(text);
  for (const r of readings) if (r) for (const syllable of r) mask |= letterMask(syllable);
  return mask;
}

// Punctuation and spaces inside a title (述职报告·开头) may be stepped over within a pinyin match.
const SKIPPABLE = /[\s\p{P}\p{S}]/u;

// Matching state, shared by every call (matching is synchronous) to avoid allocating per title:
// a state (termPos, textPos) is known to fail when failedAt[termPos * width + textPos] === generation.
let failedAt = new Uint32Array(1024);
let generation = 0;
let term = '';
let text = '';
let readings: readonly Readings[] = [];
let width = 0;

function matchFrom(t: number, c: number): number {
  if (t === term.length) return c;
  if (c === text.length || failedAt[t * width + c] === generation) return -1;
  const char = text.charAt(c);
  if (term.charAt(t) === char) {
    const end = matchFrom(t + 1, c + 1);
    if (end >= 0) return end;
  }
  const options = readings[c];
  if (options) {
    for (const syllable of options) {
      // Longest prefix first, so `cunzai` reads cun·zai before trying c·… alternatives.
      let k = 0;
      while (k < syllable.length && t + k < term.length && term.charCodeAt(t + k) === syllable.charCodeAt(k)) k++;
      for (; k > 0; k--) {
        const end = matchFrom(t + k, c + 1);
        if (end >= 0) return end;
      }
    }
  } else if (t > 0 && SKIPPABLE.test(char)) {
    const end = matchFrom(t, c + 1);
    if (end >= 0) return end;
  }
  failedAt[t * width + c] = generation;
  return -1;
}

/**
 * Where `query` (lowercase; letters, Han or both: `czwt`, `cunzai`, `cun在`) matches `target` as
 * pinyin: each Han character is typed as any non-empty prefix of any of its readings, or as itself.
 * Returns the first matching UTF-16 range, or undefined.
 */
export function matchPinyin(
  query: string,
  target: string,
  targetReadings: readonly Readings[],
): { start: number; end: number } | undefined {
  if (query.length === 0) return undefined;
  width = target.length + 1;
  const size = (query.length + 1) * width;
  if (size > failedAt.length) failedAt = new Uint32Array(Math.max(size, failedAt.length * 2));
  generation++;
  if (generation === 0xffffffff) {
    failedAt.fill(0);
    generation = 1;
  }
  term = query;
  text = target;
  readings = targetReadings;
  try {
    for (let start = 0; start < target.length; start++) {
      const end = matchFrom(0, start);
      if (end >= 0) return { start, end };
    }
    return undefined;
  } finally {
    // Do not keep the last title alive.
    text = '';
    readings = [];
  }
}
