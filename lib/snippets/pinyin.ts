/** Every toneless reading of one UTF-16 unit (`行` → xing, hang, heng), or undefined if it is not Han. */
export type Readings = readonly string[] | undefined;

type PinyinPro = typeof import('pinyin-pro').pinyin;

const cache = new Map<string, Readings>();
const LOWER_LETTERS = /^[a-z]+$/;
const HAN = /\p{Script=Han}/u;

// pinyin-pro's dictionary is about half of the panel's code: it is fetched on demand (`loadPinyin`),
// after the panel's first paint, and Han characters have no readings until it is there.
let reader: PinyinPro | undefined;
let loading: Promise<void> | undefined;

/** Loads pinyin-pro (once); until it resolves, Han characters have no readings. */
export function loadPinyin(): Promise<void> {
  loading ??= import('pinyin-pro').then((module) => {
    reader = module.pinyin;
    cache.clear();
  });
  return loading;
}

/** Whether readings are available (`loadPinyin` has resolved): indexes built before read no pinyin. */
export function pinyinLoaded(): boolean {
  return reader !== undefined;
}

/** All readings of a character, with ü typed as v (女 → nv), cached per character. */
export function readingsOf(char: string): Readings {
  let readings = cache.get(char);
  if (readings === undefined && !cache.has(char)) {
    const han = HAN.test(char);
    // Not cached: once pinyin-pro is there the character has readings.
    if (han && !reader) return undefined;
    const all = han && reader ? reader(char, { toneType: 'none', type: 'array', multiple: true, v: true }) : [];
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

/**
 * Which pairs of adjacent letters a pinyin match in some text can produce, as two 676-bit sets:
 * `start` for the first two letters of a match, `any` for every adjacent pair. A term with a pair
 * outside them cannot match by pinyin, so the matcher need not run (the sets are a superset).
 */
export interface LetterPairs {
  start: Uint32Array;
  any: Uint32Array;
}

const PAIR_WORDS = 22; // ceil(26 * 26 / 32)

/** Empty pair sets, to be filled by `addLetterPairs`. */
export function emptyLetterPairs(): LetterPairs {
  return { start: new Uint32Array(PAIR_WORDS), any: new Uint32Array(PAIR_WORDS) };
}

function setPair(bits: Uint32Array, a: number, b: number): void {
  const i = (a - 97) * 26 + (b - 97);
  bits[i >>> 5] = (bits[i >>> 5] ?? 0) | (1 << (i & 31));
}

function hasPair(bits: Uint32Array, a: number, b: number): boolean {
  const i = (a - 97) * 26 + (b - 97);
  return ((bits[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
}

const isLetter = (code: number) => code >= 97 && code <= 122;

// What one position can contribute to letters of a match: its readings, or itself if a letter.
function units(text: string, readings: readonly Readings[], c: number): readonly string[] {
  const r = readings[c];
  if (r) return r;
  return isLetter(text.charCodeAt(c)) ? [text.charAt(c)] : [];
}

/** Adds the letter pairs that pinyin matches in `text` can produce (mirrors `matchPinyin`). */
export function addLetterPairs(pairs: LetterPairs, text: string, readings: readonly Readings[]): void {
  for (let c = 0; c < text.length; c++) {
    const here = units(text, readings, c);
    if (here.length === 0) continue;
    let next = c + 1;
    while (next < text.length && !readings[next] && SKIPPABLE.test(text.charAt(next))) next++;
    const after = next < text.length ? units(text, readings, next) : [];
    for (const s of here) {
      for (let k = 0; k < s.length; k++) {
        const a = s.charCodeAt(k);
        if (k + 1 < s.length) {
          setPair(pairs.any, a, s.charCodeAt(k + 1));
          if (k === 0) setPair(pairs.start, a, s.charCodeAt(1));
        }
        for (const t of after) {
          setPair(pairs.any, a, t.charCodeAt(0));
          if (k === 0) setPair(pairs.start, a, t.charCodeAt(0));
        }
      }
    }
  }
}

/** False when `term` (folded) surely has no pinyin match in text with these pairs. */
export function pairsAllow(pairs: LetterPairs, term: string): boolean {
  if (term.length >= 2 && isLetter(term.charCodeAt(0)) && isLetter(term.charCodeAt(1))) {
    if (!hasPair(pairs.start, term.charCodeAt(0), term.charCodeAt(1))) return false;
  }
  for (let i = 0; i + 1 < term.length; i++) {
    const a = term.charCodeAt(i);
    const b = term.charCodeAt(i + 1);
    if (isLetter(a) && isLetter(b) && !hasPair(pairs.any, a, b)) return false;
  }
  return true;
}

// Matching state, shared by every call (matching is synchronous) to avoid allocating per title:
// a state (termPos, textPos) is known to fail when failedAt[termPos * width + textPos] === generation.
let failedAt = new Uint32Array(1024);
let generation = 0;
let term = '';
let text = '';
let readings: readonly Readings[] = [];
let width = 0;

// Whether each UTF-16 unit is SKIPPABLE, worked out once per unit: 0 not yet, 1 no, 2 yes.
const skippable = new Uint8Array(65536);

function canSkip(code: number): boolean {
  let known = skippable[code] as number;
  if (known === 0) skippable[code] = known = SKIPPABLE.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2;
}

function matchFrom(t: number, c: number): number {
  if (t === term.length) return c;
  if (c === text.length || failedAt[t * width + c] === generation) return -1;
  const code = text.charCodeAt(c);
  if (term.charCodeAt(t) === code) {
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
  } else if (t > 0 && canSkip(code)) {
    const end = matchFrom(t, c + 1);
    if (end >= 0) return end;
  }
  failedAt[t * width + c] = generation;
  return -1;
}

/**
 * The letters a pinyin match can start with at each position of `text`: the first letters of the
 * position's readings, or the position itself if a letter, as masks (see `letterMask`).
 */
export function startLetters(text: string, readings: readonly Readings[]): Uint32Array {
  const out = new Uint32Array(text.length);
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    let mask = isLetter(code) ? 1 << (code - 97) : 0;
    for (const syllable of readings[c] ?? []) mask |= 1 << (syllable.charCodeAt(0) - 97);
    out[c] = mask;
  }
  return out;
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
  starts?: Uint32Array,
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
    // With `startLetters` of the target, positions that cannot start a match are not tried.
    const first = query.charCodeAt(0);
    const bit = starts && isLetter(first) ? 1 << (first - 97) : 0;
    for (let start = 0; start < target.length; start++) {
      if (bit !== 0 && (((starts as Uint32Array)[start] as number) & bit) === 0) continue;
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
