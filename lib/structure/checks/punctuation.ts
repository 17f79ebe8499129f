import type { Check, CheckContext } from '../context';
import { type Finding, finding } from '../finding';
import { isHan } from '../text';

// Punctuation in Chinese text (GB/T 15834-2011): full-width marks, no doubled marks, …… and ——.
// A mark counts as "in Chinese text" when a Han character is its nearest non-space neighbour.

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HALF = /\.{3,}|[,;:?!()."]/g;

/** punctuation/half-width: ASCII marks next to Chinese, never a decimal point, URL or English. */
export const checkHalfWidth: Check = ({ text, verbatim }) => {
  const out: Finding[] = [];
  HALF.lastIndex = 0;
  for (let m = HALF.exec(text); m; m = HALF.exec(text)) {
    const at = m.index;
    const mark = m[0];
    if (verbatim[at] || mark.length > 1) continue;
    const before = neighbour(text, at, -1);
    const after = neighbour(text, at + 1, 1);
    const hanBefore = isHan(before);
    const hanAfter = isHan(after);
    if (!hanBefore && !hanAfter) continue;
    if (mark === '.' && !(hanBefore && (hanAfter || after === -1 || after === 0x0a))) continue;
    // 10:30 and 3.5 keep their marks even beside Chinese.
    if ((mark === ':' || mark === '.') && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1)))
      continue;
    const want = mark === '.' ? '。' : mark === '"' ? undefined : FULL[mark];
    out.push(
      finding(
        'punctuation/half-width',
        'error',
        { start: at, end: at + 1 },
        `中文中应使用全角标点${want ? `“${want}”` : ''}，不用半角“${mark}”`,
        `use full-width ${want ?? 'quotes'} in Chinese text, not half-width ${mark}`,
        want ? { start: at, end: at + 1, text: want } : undefined,
      ),
    );
  }
  return out;
};

// Nearest non-space character code in a direction; -1 at the text's edge.
function neighbour(text: string, from: number, step: 1 | -1): number {
  let i = step === 1 ? from : from - 1;
  while (i >= 0 && i < text.length && (text[i] === ' ' || text[i] === '\u3000')) i += step;
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

// Marks that end or separate clauses; two in a row (，。 。。 、、) are a typo. ？！ and ！！ are allowed.
const CLAUSE = '，。、；：';
const RANK = '、，：；。？！';
const RUN = /[，。、；：？！]{2,}/g;

/** punctuation/doubled: two clause marks in a row; the fix keeps the strongest. */
export const checkDoubled: Check = ({ text }) => {
  const out: Finding[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const run = m[0];
    if (![...run].some((ch) => CLAUSE.includes(ch))) continue;
    // 。。。 is a wrong ellipsis, reported by punctuation/ellipsis.
    if (/^。{3,}$/.test(run)) continue;
    const keep = [...run].reduce((a, b) => (RANK.indexOf(b) > RANK.indexOf(a) ? b : a));
    out.push(
      finding(
        'punctuation/doubled',
        'error',
        { start: m.index, end: m.index + run.length },
        `标点重复“${run}”`,
        `doubled punctuation “${run}”`,
        { start: m.index, end: m.index + run.length, text: keep },
      ),
    );
  }
  return out;
};

// A run of dots or ellipses, mixed or not, is one ellipsis to write as …….
const ELLIPSIS = /(?:\.{3,}|。{3,}|·{3,}|…)[.·…]*/g;
// A single — is the 一字线 of ranges (2021—2022年, 北京—上海), so only longer runs are checked.
const DASH = /[—\-－―]{2,}|―/g;

/** punctuation/ellipsis and punctuation/dash: …… and —— are two units long. */
export const checkEllipsisDash: Check = (ctx) => [
  ...scan(ctx, ELLIPSIS, '……', 'ellipsis'),
  ...scan(ctx, DASH, '——', 'dash'),
];

function scan({ text, verbatim }: CheckContext, pattern: RegExp, want: string, kind: 'ellipsis' | 'dash'): Finding[] {
  const out: Finding[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const run = m[0];
    if (run === want || run === want + want || verbatim[m.index]) continue;
    const chinese = isHan(neighbour(text, m.index, -1)) || isHan(neighbour(text, m.index + run.length, 1));
    if (!chinese) continue;
    const range = { start: m.index, end: m.index + run.length };
    out.push(
      kind === 'ellipsis'
        ? finding('punctuation/ellipsis', 'error', range, `省略号应写作“……”`, 'write the ellipsis as ……', {
            ...range,
            text: want,
          })
        : finding('punctuation/dash', 'error', range, `破折号应写作“——”`, 'write the dash as ——', {
            ...range,
            text: want,
          }),
    );
  }
  return out;
}

// Items numbered 1. or （1） are often whole sentences on their own line, so only the two outer levels count.
const HEADING_FAMILIES = new Set(['part', 'cn', 'cn-paren']);

/** punctuation/heading-end: a standalone heading (一、基本情况, （一）…) takes no 。 or ；. */
export const checkHeadingEnd: Check = ({ text, doc }) => {
  const out: Finding[] = [];
  for (const h of doc.allHeadings) {
    if (h.shape !== 'standalone' || (h.marker && !HEADING_FAMILIES.has(h.marker.family))) continue;
    const title = text.slice(h.title.start, h.title.end);
    if (title.length > 20 || /[，；。]/.test(title)) continue;
    let end = h.title.end;
    while ('。；，'.includes(text[end] ?? '') && end < text.length) end++;
    if (end === h.title.end) continue;
    const range = { start: h.title.end, end };
    out.push(
      finding(
        'punctuation/heading-end',
        'warning',
        range,
        '独立成行的标题末尾不加标点',
        'a standalone heading takes no end punctuation',
        { ...range, text: '' },
      ),
    );
  }
  return out;
};

const LIST_COMMA = /[”》]、[“《]/g;

/** punctuation/list-comma: no 顿号 between adjacent quoted or titled items (GB/T 15834 §4.5.3.5). */
export const checkListComma: Check = ({ text }) => {
  const out: Finding[] = [];
  LIST_COMMA.lastIndex = 0;
  for (let m = LIST_COMMA.exec(text); m; m = LIST_COMMA.exec(text)) {
    const range = { start: m.index + 1, end: m.index + 2 };
    out.push(
      finding(
        'punctuation/list-comma',
        'warning',
        range,
        '并列的引号或书名号之间通常不用顿号',
        'adjacent quoted or titled items take no 顿号',
        { ...range, text: '' },
      ),
    );
  }
  return out;
};
