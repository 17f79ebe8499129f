import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIn } from '../../tests/fixtures/structure/shapes';
import { type CheckOptions, check } from './check';
import { RULES } from './rules';

// From each clean text, inject one defect of every rule kind; exactly that rule must fire, over exactly
// the injected range, and nothing else anywhere.
const DIR = fileURLToPath(new URL('../../tests/fixtures/structure/', import.meta.url));
const FIXTURES = readdirSync(DIR).filter((name) => name.endsWith('.txt'));

interface Mutant {
  text: string;
  start: number;
  end: number;
  options?: CheckOptions;
}
type Mutation = (text: string) => Mutant | undefined;

const TOP = /^[一二三四五六七八九十]+、.*$/gm;
const CN = '零一二三四五六七八九十';

/** Top-level heading lines with their offsets. */
function tops(text: string) {
  return [...text.matchAll(TOP)].map((m) => ({ start: m.index, end: m.index + m[0].length, line: m[0] }));
}
/** Where the section body area starts: the first top-level heading. */
const bodyStart = (text: string) => tops(text)[0]?.start ?? 0;
/** Where the text after the sections starts: the closing formula line, or the end. */
function sectionsEnd(text: string): number {
  const closing = /\n(以上|特此|恳请)[^\n]*(\n|$)/.exec(text);
  return closing ? closing.index + 1 : text.length;
}
function replaceAt(text: string, start: number, end: number, by: string) {
  return text.slice(0, start) + by + text.slice(end);
}
/** Replaces at the first match of `pattern` from `from`; the mutant's range is the replacement. */
function replaceFirst(text: string, pattern: RegExp, by: (m: RegExpExecArray) => string, from = bodyStart(text)) {
  const re = new RegExp(pattern.source, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return undefined;
  const replacement = by(m);
  return {
    text: replaceAt(text, m.index, m.index + m[0].length, replacement),
    start: m.index,
    end: m.index + replacement.length,
  };
}
/** Renumbers top-level headings: ordinal k becomes shift(k). */
function renumberTops(text: string, shift: (k: number) => number): string {
  let out = text;
  for (const top of tops(text).reverse()) {
    const k = CN.indexOf(top.line[0] ?? '');
    out = replaceAt(out, top.start, top.start + 1, CN[shift(k)] ?? '');
  }
  return out;
}
/** The section under the n-th top heading: [heading start, next heading start or sections end). */
function section(text: string, n: number) {
  const all = tops(text);
  const top = all[n];
  if (!top) return undefined;
  return { ...top, bodyEnd: all[n + 1]?.start ?? sectionsEnd(text) };
}

const MUTATIONS: Record<string, Mutation> = {
  'punctuation/half-width': (t) => replaceFirst(t, /，/, () => ','),
  'punctuation/doubled': (t) => {
    const m = replaceFirst(t, /。(?=[\u4e00-\u9fff])/, () => '。。');
    return m && { ...m };
  },
  'punctuation/ellipsis': (t) => replaceFirst(t, /(?<=[\u4e00-\u9fff])。/, () => '...。') && mutateEllipsis(t),
  'punctuation/dash': (t) => replaceFirst(t, /(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff])/, () => '--'),
  'punctuation/unbalanced': (t) => {
    const m = replaceFirst(t, /，(?=[\u4e00-\u9fff])/, () => '，（');
    return m && { ...m, start: m.start + 1 };
  },
  'punctuation/heading-end': (t) => {
    const top = tops(t).find((x) => !/[，：]/.test(x.line));
    return top && { text: replaceAt(t, top.end, top.end, '。'), start: top.end, end: top.end + 1 };
  },
  'punctuation/list-comma': (t) => {
    const m = /“[^”\n]{2,8}”/.exec(t.slice(bodyStart(t)));
    if (!m) return undefined;
    const at = bodyStart(t) + m.index + m[0].length;
    return { text: replaceAt(t, at, at, `、${m[0]}`), start: at, end: at + 1 };
  },
  'placeholder/unfilled': (t) => {
    const m = replaceFirst(t, /，/, () => '，XXX', 0);
    return m && { ...m, start: m.start + 1 };
  },
  'formulation/wrong-form': (t) =>
    replaceFirst(
      t,
      /中央八项规定及其实施细则精神|习近平新时代中国特色社会主义思想/,
      (m) => (m[0].startsWith('中央') ? '中央八项规定及实施细则精神' : '习近平新世代中国特色社会主义思想'),
      0,
    ),
  'formulation/near-miss': (t) => {
    const m = /中央八项规定及其实施细则精神|习近平新时代中国特色社会主义思想/.exec(t);
    if (!m) return undefined;
    const wrong = m[0].replace('细则', '细侧').replace('主义', '主意');
    return { text: replaceAt(t, m.index, m.index + m[0].length, wrong), start: m.index, end: m.index + m[0].length };
  },
  'number/approx-comma': (t) => {
    const m = replaceFirst(t, /，(?=[\u4e00-\u9fff])/, () => '，用了三、四天时间', 0);
    return m && { ...m, start: m.start + 4, end: m.start + 5 };
  },
  'formulation/order': (t) => {
    const m = replaceFirst(t, /，(?=[\u4e00-\u9fff])/, () => '，增强大局意识、政治意识、核心意识、看齐意识，');
    return m && { ...m, start: m.start + 3, end: m.end - 1 };
  },
  'charset/look-alike': (t) => replaceFirst(t, /查/, () => '査'),
  'charset/compat': (t) => replaceFirst(t, /(?<=\d)年/, () => '\uf98e', t.indexOf('\n')),
  'charset/full-width-digit': (t) =>
    replaceFirst(t, /(?<![\d.])\d+(?![\d.%])/, (m) =>
      m[0].replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
    ),
  'number/two-digit-year': (t) => {
    const m = replaceFirst(t, /20(\d{2})年(?!度)/, (x) => `${x[1]}年度`, 0);
    return m && { ...m, end: m.end - 1 };
  },
  'number/double-vague': (t) =>
    replaceFirst(t, /(?<![\d.])\d+(?![\d.])(人次|人|户|个|件|次|名)/, (m) => `近${m[0]}左右`),
  'number/year-mismatch': (t) => {
    const title = /(20\d{2})年/.exec(t.split('\n')[0] ?? '');
    const opening = t.slice(t.indexOf('\n'), bodyStart(t));
    if (!title) return undefined;
    const at = opening.indexOf(`${title[1]}年`);
    if (at < 0) return undefined;
    const start = t.indexOf('\n') + at;
    return { text: replaceAt(t, start, start + 4, String(Number(title[1]) + 1)), start, end: start + 4 };
  },
  'repetition/word': (t) => {
    const m = replaceFirst(t, /(?<=[^目有端])的(?=[^确的])/, () => '的的');
    return m && { ...m, start: m.start + 1 };
  },
  'repetition/sentence': (t) => {
    const re = /(?<=[。\n])([^。\n一二三是]{13,40}。)/g;
    re.lastIndex = bodyStart(t);
    const m = re.exec(t);
    if (!m?.[1]) return undefined;
    const at = m.index + m[1].length;
    return { text: replaceAt(t, at, at, m[1]), start: at, end: at + m[1].length };
  },
  'numbering/gap': (t) => {
    const second = tops(t)[1];
    return second && { text: renumberTops(t, (k) => (k >= 2 ? k + 1 : k)), start: second.start, end: second.start + 2 };
  },
  'numbering/repeat': (t) => {
    const second = tops(t)[1];
    return second && { text: renumberTops(t, (k) => (k >= 2 ? k - 1 : k)), start: second.start, end: second.start + 2 };
  },
  'numbering/wrong-mark': (t) => {
    const second = tops(t)[1];
    return (
      second && {
        text: replaceAt(t, second.start + 1, second.start + 2, '.'),
        start: second.start,
        end: second.start + 2,
      }
    );
  },
  'numbering/skipped-level': (t) => {
    const s = [0, 1, 2, 3].map((n) => section(t, n)).find((x) => x && /\n（一）/.test(t.slice(x.start, x.bodyEnd)));
    if (!s) return undefined;
    const body = t
      .slice(s.start, s.bodyEnd)
      .replace(/\n（([一二三四五六七八九])）/g, (_, n: string) => `\n${CN.indexOf(n)}.`);
    const at = s.start + body.indexOf('\n1.') + 1;
    // Off by default (common practice); a writer who wants it switches it on.
    const options = { rules: { 'numbering/skipped-level': 'info' as const } };
    return { text: replaceAt(t, s.start, s.bodyEnd, body), start: at, end: at + 2, options };
  },
  'numbering/mixed-style': (t) => {
    const m = replaceFirst(t, /\n（二）/, () => '\n2.');
    return m && { ...m, start: m.start + 1 };
  },
  'numbering/enum-gap': (t) => {
    const first = /一是[^\n]*?二是/.exec(t.slice(bodyStart(t)));
    if (!first) return undefined;
    const from = bodyStart(t) + first.index;
    const line = t.slice(from, t.indexOf('\n', from) < 0 ? t.length : t.indexOf('\n', from));
    const last = [...line.matchAll(/[一二三四五六七八九]是/g)].filter((x) => /[一二三四五六七八九]/.test(x[0])).at(-1);
    if (!last) return undefined;
    const at = from + last.index;
    const next = CN[CN.indexOf(last[0][0] ?? '') + 1] ?? '';
    return { text: replaceAt(t, at, at + 1, next), start: at, end: at + 2 };
  },
  'numbering/enum-mark': (t) => {
    const m = replaceFirst(t, /(首先|第一)，/, (x) => `${x[1]}：`);
    return m && { ...m, start: m.start + 2 };
  },
  'numbering/enum-mixed': (t) => {
    const last = replaceFirst(t, /最后(?=，)/, () => '第三');
    if (last) return last;
    const di = /第一，([^\n]*?)第二，([^\n]*?)第三，/.exec(t);
    if (!di) return undefined;
    const text =
      t.slice(0, di.index) + di[0].replace('第一', '首先').replace('第二', '其次') + t.slice(di.index + di[0].length);
    const at = di.index + di[0].length - 3;
    return { text, start: at, end: at + 2 };
  },
  'structure/missing-section': (t) => {
    // Problems is required in every genre.
    const n = tops(t).findIndex((x) => /问题|不足/.test(x.line));
    const s = section(t, n);
    if (!s) return undefined;
    const text = renumberTops(replaceAt(t, s.start, s.bodyEnd, ''), (k) => (k >= n + 2 ? k - 1 : k));
    return { text, start: s.start, end: s.start };
  },
  'structure/duplicate-section': (t) => {
    const problems = tops(t).findIndex((x) => /问题|不足/.test(x.line));
    const s = section(t, problems);
    if (!s) return undefined;
    const added = `${CN[problems + 2]}、存在的不足\n此外，在统筹协调各方力量、推动工作落地见效方面还存在一些薄弱环节，需要认真加以改进。\n`;
    const shifted = renumberTops(t, (k) => (k >= problems + 2 ? k + 1 : k));
    const at = section(shifted, problems)?.bodyEnd ?? 0;
    return { text: replaceAt(shifted, at, at, added), start: at, end: at + added.indexOf('\n') };
  },
  'structure/empty-section': (t) => {
    const n = tops(t).length - 1;
    const s = section(t, n);
    if (!s) return undefined;
    return { text: replaceAt(t, s.end + 1, s.bodyEnd, ''), start: s.start, end: s.end };
  },
  'structure/thin-section': (t) => {
    const n = tops(t).length - 1;
    const s = section(t, n);
    if (!s) return undefined;
    return { text: replaceAt(t, s.end + 1, s.bodyEnd, '认真加以改进。\n'), start: s.start, end: s.end };
  },
  'order/section-order': (t) => {
    const [, a, b] = [0, 1, 2].map((n) => section(t, n));
    if (!a || !b) return undefined;
    const body = (s: typeof a) => t.slice(s.start + 2, s.bodyEnd);
    const swapped = `${t.slice(a.start, a.start + 2)}${body(b)}${t.slice(b.start, b.start + 2)}${body(a)}`;
    const at = a.start + 2 + body(b).length;
    // The heading ends at the line's end, or at its first 。 when the heading is run-in.
    const heading = a.line.split('。')[0] ?? a.line;
    return { text: replaceAt(t, a.start, b.bodyEnd, swapped), start: at, end: at + heading.length };
  },
  'wording/typo': (t) => insertPhrase(t, '，', '再接再励'),
  'wording/variant': (t) => insertPhrase(t, '，', '宏扬', '新风'),
  'wording/traditional': (t) => insertPhrase(t, '，', '黨', '建引领'),
  'wording/particle': (t) => insertPhrase(t, '，', '认真的落实', '各项任务'),
  'wording/usage': (t) => insertPhrase(t, '，', '截止目前', '均已完成'),
  // The fixtures are reports about 2022 and later, when the goal of 2020 was long met.
  'wording/dated': (t) =>
    /20[2-9]\d年/.test(t.slice(0, 40)) ? insertPhrase(t, '，', '决胜全面建成小康社会') : undefined,
  'wording/unit-forbidden': (t) => {
    const m = insertPhrase(t, '，', '基本完成', '任务');
    const units = [
      { format: 'tianbao-wording', version: 1, name: '本单位', forbidden: [{ text: '基本完成' }], required: [] },
    ];
    return m && { ...m, options: { units } as CheckOptions };
  },
  'wording/unit-required': (t) => {
    const start = bodyStart(t);
    const required = [{ text: '以人民为中心的发展思想' }];
    const units = [{ format: 'tianbao-wording', version: 1, name: '本单位', forbidden: [], required }];
    return t.includes(required[0]?.text ?? '')
      ? undefined
      : { text: t, start, end: start, options: { units } as CheckOptions };
  },
  'number/wide-point': (t) => insertPhrase(t, '，增长3', '．', '5%'),
  'number/date-space': (t) => insertPhrase(t, '，于', '2025 年', '完成'),
  'number/date-form': (t) => {
    const text = `${t.trimEnd()}\n\n张明\n2025.12.26\n`;
    const start = text.indexOf('2025.12.26');
    return { text, start, end: start + 10 };
  },
  'punctuation/title-end': (t) => {
    const end = t.indexOf('\n');
    return { text: `${t.slice(0, end)}。${t.slice(end)}`, start: end, end: end + 1 };
  },
  'length/field-limit': (t) => ({
    text: t,
    start: t.length - 10,
    end: t.length,
    options: { maxLength: t.length - 10 },
  }),
};

/** Inserts `lead + phrase + tail` before the first 。 of the body; the mutant's range is `phrase`. */
function insertPhrase(t: string, lead: string, phrase: string, tail = ''): Mutant | undefined {
  const m = replaceFirst(t, /(?<=[\u4e00-\u9fff])。/, () => `${lead}${phrase}${tail}。`);
  return m && { text: m.text, start: m.start + lead.length, end: m.start + lead.length + phrase.length };
}

function mutateEllipsis(t: string): Mutant | undefined {
  const m = replaceFirst(t, /(?<=[\u4e00-\u9fff])。/, () => '...。');
  return m && { ...m, end: m.end - 1 };
}

// Defects that only exist for standalone headings.
const STANDALONE_ONLY = ['structure/empty-section', 'structure/thin-section', 'punctuation/heading-end'];

// Rules left out on purpose: length/total is an info about the genre's usual length, tested in check.test.ts;
// structure/uncovered concerns texts without headings, tested with layouts in layouts.test.ts.
const UNTESTED = ['length/total', 'structure/uncovered'];

describe('mutation suite', () => {
  it('covers every rule', () => {
    expect(Object.keys(RULES).filter((r) => !UNTESTED.includes(r) && !MUTATIONS[r])).toEqual([]);
  });

  const applied: Record<string, number> = {};
  for (const name of FIXTURES) {
    const genre = name.replace('.txt', '');
    const standalone = readFileSync(DIR + name, 'utf8');
    for (const [shape, clean] of [
      ['standalone', standalone],
      ['run-in', runIn(standalone)],
    ] as const)
      for (const [rule, mutate] of Object.entries(MUTATIONS)) {
        // Emptying a run-in section leaves a heading line ending in 。, which is another defect.
        if (shape === 'run-in' && STANDALONE_ONLY.includes(rule)) continue;
        const mutant = mutate(clean);
        if (!mutant) continue;
        applied[rule] = (applied[rule] ?? 0) + 1;
        it(`${genre}, ${shape}: ${rule}`, () => {
          const { findings } = check(mutant.text, { genre, ...mutant.options });
          const seen = findings.map((f) => ({
            rule: f.rule,
            text: mutant.text.slice(f.start, f.end),
            start: f.start,
            end: f.end,
          }));
          expect(seen).toEqual([
            { rule, text: mutant.text.slice(mutant.start, mutant.end), start: mutant.start, end: mutant.end },
          ]);
        });
      }
  }

  it('injects every defect into at least one clean text, most into all', () => {
    for (const rule of Object.keys(MUTATIONS)) expect(applied[rule] ?? 0, rule).toBeGreaterThan(0);
  });
});
