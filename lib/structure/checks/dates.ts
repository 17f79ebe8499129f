import type { Check } from '../context';
import { type Finding, finding } from '../finding';

// Numbers and dates (GB/T 15835-2011, GB/T 9704-2012): no full-width point or full stop inside a
// number, no space inside a date, the signature's date written 2025年12月26日, and a title that ends
// without a full stop.

const WIDE_POINT = /(?<=[0-9])[．。](?=[0-9])/g;

/** number/wide-point: a full-width point or a 。 used as the decimal point (3．5%, 98。6%). */
export const checkWidePoints: Check = ({ text, verbatim }) => {
  const out: Finding[] = [];
  WIDE_POINT.lastIndex = 0;
  for (let m = WIDE_POINT.exec(text); m; m = WIDE_POINT.exec(text)) {
    if (verbatim[m.index]) continue;
    const range = { start: m.index, end: m.index + 1 };
    out.push(
      finding(
        'number/wide-point',
        'warning',
        range,
        '数字中的小数点应为半角“.”',
        'the decimal point is a half-width “.”',
        {
          ...range,
          text: '.',
        },
      ),
    );
  }
  return out;
};

// 2025 年, 2025年 12 月, 12 月 26 日: spaces (half-width, full-width, tabs) between a date's parts.
const DATE_SPACE =
  /(?:19|20)\d{2}(?:[ \u3000\t]*年[ \u3000\t]*\d{1,2}(?:[ \u3000\t]*月(?:[ \u3000\t]*\d{1,2}[ \u3000\t]*日)?)?|[ \u3000\t]+年)/g;

/** number/date-space: a space inside a date (2025 年12月) — text pasted from Word often has them. */
export const checkDateSpaces: Check = ({ text }) => {
  const out: Finding[] = [];
  DATE_SPACE.lastIndex = 0;
  for (let m = DATE_SPACE.exec(text); m; m = DATE_SPACE.exec(text)) {
    if (!/[ \u3000\t]/.test(m[0])) continue;
    // 2025年 1 2月 is not a date; only spaces next to 年, 月, 日 are removed.
    const range = { start: m.index, end: m.index + m[0].length };
    out.push(
      finding('number/date-space', 'warning', range, '日期中间不应有空格', 'no spaces inside a date', {
        ...range,
        text: m[0].replace(/[ \u3000\t]+/g, ''),
      }),
    );
  }
  return out;
};

const DOTTED = /^(\d{4})\s*[.．/\-－]\s*(\d{1,2})\s*[.．/\-－]\s*(\d{1,2})$/;

/** number/date-form: the signature's date written 2025.12.26 or 2025-12-26 instead of 2025年12月26日. */
export const checkDateForms: Check = ({ text, doc }) => {
  if (!doc.date) return [];
  const written = text.slice(doc.date.start, doc.date.end);
  const m = DOTTED.exec(written);
  if (!m) return [];
  const want = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return [
    finding('number/date-form', 'warning', doc.date, `落款日期应写作“${want}”`, `write the signature date as ${want}`, {
      ...doc.date,
      text: want,
    }),
  ];
};

/** punctuation/title-end: the report's title ends without a full stop, comma or semicolon. */
export const checkTitleEnd: Check = ({ text, doc }) => {
  if (!doc.title) return [];
  let start = doc.title.end;
  while (start > doc.title.start && '。，；.,;'.includes(text[start - 1] ?? '')) start--;
  // A title of one long sentence is a paragraph the parser took for a title; leave it.
  if (start === doc.title.end || start - doc.title.start > 40) return [];
  const range = { start, end: doc.title.end };
  return [
    finding('punctuation/title-end', 'warning', range, '标题末尾不加标点', 'a title takes no end punctuation', {
      ...range,
      text: '',
    }),
  ];
};
