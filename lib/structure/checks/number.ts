import type { Check } from '../context';
import { type Finding, finding } from '../finding';

// Numbers (GB/T 15835-2011): years written in full; an approximation stated once, not on both sides.

// 22年3月, 22年度, ’22年: a clipped year. 工作22年 or 22年来 (a duration) is left alone.
const SHORT_YEAR = /(?<![\d０-９.])(?:[’'](\d{2})|(\d{2}))年(?=度|\d{1,2}月|[一二三四五六七八九十]{1,2}月)/g;

/** number/two-digit-year: a year written with two digits. */
export const checkShortYears: Check = ({ text }) => {
  const out: Finding[] = [];
  SHORT_YEAR.lastIndex = 0;
  for (let m = SHORT_YEAR.exec(text); m; m = SHORT_YEAR.exec(text)) {
    const range = { start: m.index, end: m.index + m[0].length };
    out.push(
      finding(
        'number/two-digit-year',
        'warning',
        range,
        `年份应写全，如“20${m[1] ?? m[2]}年”`,
        `write the year in full, e.g. 20${m[1] ?? m[2]}年`,
      ),
    );
  }
  return out;
};

const VAGUE =
  /(近|约|大约|将近|接近|大概)[0-9零一二三四五六七八九十百千万亿两余多]{1,8}[^\s，。；、0-9]{0,3}?(左右|上下)/g;

/** number/double-vague: 近百人左右 — vagueness on both sides; the fix drops the trailing 左右. */
export const checkDoubleVague: Check = ({ text }) => {
  const out: Finding[] = [];
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(text); m; m = VAGUE.exec(text)) {
    const range = { start: m.index, end: m.index + m[0].length };
    const tail = m[2] ?? '';
    const end = range.end;
    out.push(
      finding(
        'number/double-vague',
        'warning',
        range,
        `概数表达重复：“${m[1]}”与“${tail}”只用其一`,
        `vagueness stated twice: use either ${m[1]} or ${tail}`,
        { start: end - tail.length, end, text: '' },
      ),
    );
  }
  return out;
};

const YEAR = /(?<!\d)(19|20)\d{2}(?=年)/g;

/** number/year-mismatch: the opening reports on a year other than the one in the title. */
export const checkYearMismatch: Check = ({ text, doc }) => {
  if (!doc.title || !doc.opening) return [];
  const titleYear = /(?:19|20)\d{2}(?=年)/.exec(text.slice(doc.title.start, doc.title.end))?.[0];
  if (!titleYear) return [];
  const out: Finding[] = [];
  const opening = text.slice(doc.opening.start, doc.opening.end);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(opening); m; m = YEAR.exec(opening)) {
    // Later years are plans; earlier ones are history (自2019年以来). Only a next-year slip is flagged.
    const year = Number(m[0]);
    if (year === Number(titleYear) || Math.abs(year - Number(titleYear)) > 1) continue;
    if (/以来|至今|起|开始/.test(opening.slice(m.index + 5, m.index + 9))) continue;
    const start = doc.opening.start + m.index;
    out.push(
      finding(
        'number/year-mismatch',
        'warning',
        { start, end: start + 4 },
        `标题为${titleYear}年，开头却写${m[0]}年`,
        `the title says ${titleYear} but the opening says ${m[0]}`,
      ),
    );
  }
  return out;
};

// 三、五天 → 三五天: adjacent numerals forming an approximation take no 顿号. 第一、二季度 is a list of
// ordinals, so a preceding 第 rules it out.
const APPROX = /(?<!第)([一二三四五六七八九])、([一二三四五六七八九])(?=[天日周月年个人次名家户件岁条项分])/g;
const NUMERALS = '一二三四五六七八九';

/** number/approx-comma: a 顿号 between two adjacent numerals of an approximation. */
export const checkApproxComma: Check = ({ text }) => {
  const out: Finding[] = [];
  APPROX.lastIndex = 0;
  for (let m = APPROX.exec(text); m; m = APPROX.exec(text)) {
    const a = NUMERALS.indexOf(m[1] ?? '');
    const b = NUMERALS.indexOf(m[2] ?? '');
    // Only neighbours (三四, 五六) or the customary 三五 make an approximation.
    if (!(b === a + 1 || (a === 2 && b === 4))) continue;
    const at = m.index + 1;
    out.push(
      finding(
        'number/approx-comma',
        'warning',
        { start: at, end: at + 1 },
        `表示概数的“${m[1]}${m[2]}”中间不用顿号`,
        `no 顿号 inside the approximation ${m[1]}${m[2]}`,
        { start: at, end: at + 1, text: '' },
      ),
    );
  }
  return out;
};
