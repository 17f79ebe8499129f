// Character classes and Chinese numerals shared by the parser and the checks.

/** True for a CJK ideograph (BMP blocks, compatibility block and the supplementary planes). */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd87f) // high surrogate of planes 2-3: good enough for context tests
  );
}

/** True for full-width Chinese punctuation that closes or separates clauses. */
export function isCnPunct(ch: string | undefined): boolean {
  return ch !== undefined && '，。、；：？！“”‘’（）《》〈〉【】「」…—'.includes(ch);
}

/** True for the characters that end a sentence. */
export const SENTENCE_END = '。！？';

/** Whitespace that may indent or pad a line, including the full-width space and NBSP. */
export function isSpace(ch: string | undefined): boolean {
  // \u200b comes with text copied out of rich editors.
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\ufeff' || ch === '\u200b';
}

const DIGITS = '零一二三四五六七八九';

/** Reads 一 … 九十九 as a number, or NaN. */
export function cnToInt(s: string): number {
  if (!s) return Number.NaN;
  if (s.length === 1) return s === '十' ? 10 : DIGITS.indexOf(s) > 0 ? DIGITS.indexOf(s) : Number.NaN;
  const ten = s.indexOf('十');
  if (ten < 0 || s.indexOf('十', ten + 1) >= 0 || s.length > 3) return Number.NaN;
  const tens = ten === 0 ? 1 : DIGITS.indexOf(s.slice(0, ten));
  const ones = ten === s.length - 1 ? 0 : DIGITS.indexOf(s.slice(ten + 1));
  if (tens <= 0 || ones < 0 || (ten > 1 && s.length > 3)) return Number.NaN;
  return tens * 10 + ones;
}

/** Writes 1 … 99 in Chinese numerals (1 → 一, 12 → 十二, 20 → 二十). */
export function intToCn(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** Where `[start, end)` of `text` begins and ends once surrounding whitespace is dropped. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && (isSpace(text[s]) || text[s] === '\n' || text[s] === '\r')) s++;
  while (e > s && (isSpace(text[e - 1]) || text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
  return { start: s, end: e };
}
