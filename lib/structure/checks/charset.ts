import type { Check } from '../context';
import { type Finding, finding } from '../finding';

// Characters that render like the right one but are another code point or word: look-alikes from
// data, CJK compatibility ideographs and Kangxi radicals (NFKC maps them to the unified ideograph),
// and full-width digits.

/** charset/look-alike: a look-alike character or word from the data list. */
export const checkLookAlikes: Check = ({ text, data }) => {
  const out: Finding[] = [];
  for (const entry of data.lookAlikes) {
    if (!entry.wrong) continue; // an empty entry (unchecked data) would match everywhere
    for (let at = text.indexOf(entry.wrong); at >= 0; at = text.indexOf(entry.wrong, at + entry.wrong.length)) {
      const end = at + entry.wrong.length;
      if (
        entry.neighbors &&
        !entry.neighbors.includes(text[at - 1] ?? '\0') &&
        !entry.neighbors.includes(text[end] ?? '\0')
      )
        continue;
      out.push(
        finding(
          'charset/look-alike',
          'error',
          { start: at, end },
          `“${entry.wrong}”疑为形近误用，应为“${entry.correct}”${entry.note ? `（${entry.note}）` : ''}`,
          `“${entry.wrong}” looks like a look-alike of “${entry.correct}”`,
          { start: at, end, text: entry.correct },
        ),
      );
    }
  }
  return out.sort((a, b) => a.start - b.start);
};

// U+F900–U+FAFF except the twelve unified ideographs that live there, U+2F800–U+2FA1F, and the
// Kangxi / supplementary radicals.
const COMPAT =
  /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufa0d\ufa10\ufa12\ufa15-\ufa1e\ufa20\ufa22\ufa25\ufa26\ufa2a-\ufaff]|\ud87e[\udc00-\ude1f]/g;

/** charset/compat: a compatibility ideograph or radical that should be the ordinary character. */
export const checkCompat: Check = ({ text }) => {
  const out: Finding[] = [];
  COMPAT.lastIndex = 0;
  for (let m = COMPAT.exec(text); m; m = COMPAT.exec(text)) {
    const ch = m[0];
    const normal = ch.normalize('NFKC');
    const range = { start: m.index, end: m.index + ch.length };
    out.push(
      finding(
        'charset/compat',
        'warning',
        range,
        `“${ch}”是兼容区或部首字符（U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}），应使用常规汉字${normal !== ch ? `“${normal}”` : ''}`,
        `“${ch}” is a compatibility or radical code point${normal !== ch ? `; use “${normal}”` : ''}`,
        normal !== ch ? { ...range, text: normal } : undefined,
      ),
    );
  }
  return out;
};

const WIDE_DIGITS = /[０-９]+(?:[．.][０-９]+)?/g;

/** charset/full-width-digit: numbers in official text are written with half-width Arabic digits. */
export const checkWideDigits: Check = ({ text }) => {
  const out: Finding[] = [];
  WIDE_DIGITS.lastIndex = 0;
  for (let m = WIDE_DIGITS.exec(text); m; m = WIDE_DIGITS.exec(text)) {
    const range = { start: m.index, end: m.index + m[0].length };
    const half = m[0].normalize('NFKC');
    out.push(
      finding(
        'charset/full-width-digit',
        'warning',
        range,
        `数字应使用半角“${half}”`,
        `write digits half-width: ${half}`,
        {
          ...range,
          text: half,
        },
      ),
    );
  }
  return out;
};
