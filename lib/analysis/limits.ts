/** Length bounds a form states for a field, in characters. */
export interface LengthBounds {
  max?: number;
  min?: number;
}

// Chinese numerals as forms write limits: 八百, 一千五百, 两千, 1500.
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
const NUMBER = '(\\d{1,6}|[零〇一二两三四五六七八九十百千万]{1,8})';

/** Parses 1500, 八百, 一千五百, 两千, 十五 as a number; undefined for anything else. */
export function parseCount(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  let seen = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch] ?? 0;
      seen = true;
    } else if (ch in UNITS) {
      total += (digit || 1) * (UNITS[ch] ?? 1);
      digit = 0;
      seen = true;
    } else {
      return undefined;
    }
  }
  return seen ? total + digit : undefined;
}

// Each pattern is the wording of a real form hint; the number is group 1.
const MAX_PATTERNS = [
  new RegExp(`限\\s*${NUMBER}\\s*(?:个)?字`), // 限800字
  new RegExp(`(?:不超过|不得超过|不多于|不要超过|最多)\\s*${NUMBER}\\s*(?:个)?字`), // 不超过1000字
  new RegExp(`${NUMBER}\\s*(?:个)?字(?:以内|之内|以下)`), // 1500字以内
  new RegExp(`字数\\s*[(（]?\\s*(?:限|上限|不超过)?\\s*[:：]?\\s*${NUMBER}\\s*(?:个)?字?\\s*[)）]?\\s*(?:以内)?`), // 字数：800
];
const MIN_PATTERNS = [new RegExp(`(?:不少于|不得少于|不低于|至少)\\s*${NUMBER}\\s*(?:个)?字`)]; // 不少于1500字
// A live counter such as 0/800 or 123 / 1500 next to the field.
const COUNTER = /(?:^|[^\d/])(\d{1,6})\s*\/\s*(\d{1,6})(?![\d/])/;

/** The length bounds stated in a hint text such as 限800字, 不超过一千字, 不少于1500字. */
export function boundsFromHint(hint: string): LengthBounds {
  const bounds: LengthBounds = {};
  const max = firstCount(MAX_PATTERNS, hint);
  const min = firstCount(MIN_PATTERNS, hint);
  if (max !== undefined) bounds.max = max;
  if (min !== undefined) bounds.min = min;
  return bounds;
}

/** The limit shown by a counter such as 0/800 (the second number), or undefined. */
export function limitFromCounter(text: string): number | undefined {
  const match = COUNTER.exec(text);
  if (!match) return undefined;
  const limit = Number(match[2]);
  return limit > 0 ? limit : undefined;
}

function firstCount(patterns: RegExp[], text: string): number | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    const count = match?.[1] ? parseCount(match[1]) : undefined;
    if (count !== undefined && count > 0) return count;
  }
  return undefined;
}
