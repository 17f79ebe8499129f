import type { Check } from '../context';
import type { Formulation, OrderedList, RuleData } from '../data/schema';
import { type Finding, finding } from '../finding';
import { isHan } from '../text';

// Standard formulations from data. Entries are literal text; a quote mark in an entry matches a
// curly quote, a straight quote or none, because writers vary only there.

const QUOTE_RUN = /([“”"‘’']+)/;
const DOUBLE = '“”"';
const SINGLE = "‘’'";

// A phrase as a pattern that cannot backtrack without bound: its text is escaped, and each run of
// quote marks becomes one bounded class (`[“”"]{0,2}`), never a row of optional marks, which would
// try every subset of them (seconds on a phrase of 20 quotes). A run is followed by text or the end,
// which no class matches, so each start position costs at most the phrase's length in steps.
function literal(phrase: string): string {
  return phrase
    .split(QUOTE_RUN)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const double = [...part].some((c) => DOUBLE.includes(c)) ? DOUBLE : '';
      const single = [...part].some((c) => SINGLE.includes(c)) ? SINGLE : '';
      return `[${double}${single}]{0,${part.length}}`;
    })
    .join('');
}

// A phrase of quote marks alone would match the empty string everywhere; such entries are skipped.
const matchable = (phrase: string) => /[^“”"‘’'\s]/.test(phrase);

// One item of an ordered list, matched atomically (the lookahead's capture cannot be backtracked
// into), so a list whose items repeat or overlap costs one pass per start, not a choice per item.
// Longer items come first, so an item is not cut short by another that begins it.
function atomicItem(items: readonly string[], group: number): string {
  const byLength = [...items].sort((a, b) => b.length - a.length);
  return `(?=(${byLength.map(literal).join('|')}))\\${group}`;
}

interface Compiled {
  formulations: { entry: Formulation; wrong: RegExp; correct: RegExp }[];
  orders: { entry: OrderedList; any: RegExp }[];
}

const cache = new WeakMap<RuleData, Compiled>();

function compile(data: RuleData): Compiled {
  const hit = cache.get(data);
  if (hit) return hit;
  const compiled: Compiled = {
    formulations: data.formulations.flatMap((entry) => {
      const wrong = entry.wrong.filter(matchable);
      if (wrong.length === 0 || !matchable(entry.correct)) return [];
      return [
        {
          entry,
          wrong: new RegExp(wrong.map(literal).join('|'), 'g'),
          correct: new RegExp(literal(entry.correct), 'g'),
        },
      ];
    }),
    orders: data.orders.flatMap((entry) => {
      if (entry.items.length < 2 || !entry.items.every(matchable)) return [];
      const pattern = `${atomicItem(entry.items, 1)}(?:、${atomicItem(entry.items, 2)}){${entry.items.length - 1}}`;
      return [{ entry, any: new RegExp(pattern, 'g') }];
    }),
  };
  cache.set(data, compiled);
  return compiled;
}

/** formulation/wrong-form: a known wrong wording, unless it is part of the correct one. */
export const checkFormulations: Check = ({ text, data }) => {
  const out: Finding[] = [];
  for (const { entry, wrong, correct } of compile(data).formulations) {
    wrong.lastIndex = 0;
    let m = wrong.exec(text);
    if (!m) continue;
    // 拥护“两个确立” inside 坚定拥护“两个确立” is right: collect where the correct form stands.
    const right: [number, number][] = [];
    correct.lastIndex = 0;
    for (let c = correct.exec(text); c; c = correct.exec(text)) {
      right.push([c.index, c.index + c[0].length]);
      if (c[0].length === 0) correct.lastIndex++;
    }
    for (; m; m = wrong.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        wrong.lastIndex++;
        continue;
      }
      if (right.some(([s, e]) => s <= start && end <= e)) continue;
      const written = m[0];
      // Inner quotes become ‘’ so the message's own “” stay readable.
      const inner = (s: string) => s.replace(/“/g, '‘').replace(/”/g, '’');
      out.push(
        finding(
          'formulation/wrong-form',
          entry.severity,
          { start, end },
          `规范表述应为“${inner(entry.correct)}”，此处写作“${inner(written)}”${entry.note ? `（${inner(entry.note)}）` : ''}`,
          `the standard wording is “${entry.correct}”, not “${written}”`,
          { start, end, text: entry.correct },
        ),
      );
    }
  }
  return out;
};

/** formulation/order: the items of a fixed list (四个意识 …) written in the wrong order. */
export const checkOrders: Check = ({ text, data }) => {
  const out: Finding[] = [];
  for (const { entry, any } of compile(data).orders) {
    // A permutation holds every item: a list with an item absent from the text cannot be there.
    if (!entry.items.every((item) => text.includes(item.replace(/[“”"‘’']/g, '')))) continue;
    any.lastIndex = 0;
    for (let m = any.exec(text); m; m = any.exec(text)) {
      const items = m[0].split('、').map((s) => s.replace(/[“”"‘’']/g, ''));
      if (items.join('、') === entry.items.join('、')) continue;
      // Only a permutation of the list is a wrong order; repeats are something else.
      if ([...items].sort().join() !== [...entry.items].sort().join()) continue;
      const range = { start: m.index, end: m.index + m[0].length };
      out.push(
        finding(
          'formulation/order',
          entry.severity,
          range,
          `“${entry.name}”的顺序应为：${entry.items.join('、')}`,
          `the items of “${entry.name}” go in this order: ${entry.items.join('、')}`,
          m[0] === items.join('、') ? { ...range, text: entry.items.join('、') } : undefined,
        ),
      );
    }
  }
  return out;
};

/** formulation/near-miss: a standard formulation of 8+ characters written with one character changed. */
export const checkNearMisses: Check = ({ text, data }) => {
  const out: Finding[] = [];
  for (const entry of data.formulations) {
    const correct = entry.correct;
    if (correct.length < 8 || /[“”"‘’']/.test(correct)) continue;
    // One changed character leaves one half intact, so the halves find every candidate.
    const half = correct.length >> 1;
    const starts = new Set<number>();
    for (const [offset, piece] of [
      [0, correct.slice(0, half)],
      [half, correct.slice(half)],
    ] as const) {
      for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) starts.add(at - offset);
    }
    for (const start of starts) {
      const end = start + correct.length;
      if (start < 0 || end > text.length) continue;
      const written = text.slice(start, end);
      let changed = -1;
      let count = 0;
      for (let i = 0; i < correct.length; i++)
        if (written[i] !== correct[i]) {
          changed = i;
          count++;
        }
      // Exactly one Han character differs, and it is not a wrong form the list already names.
      if (count !== 1 || !isHan(written.charCodeAt(changed)) || entry.wrong.includes(written)) continue;
      // A change at either end is another word sharing the rest (党委总揽全局 is not 党总揽全局).
      if (changed === 0 || changed === correct.length - 1) continue;
      out.push(
        finding(
          'formulation/near-miss',
          'warning',
          { start, end },
          `疑似规范表述“${correct}”写错一字：“${written[changed]}”应为“${correct[changed]}”`,
          `looks like “${correct}” with one character wrong`,
          { start, end, text: correct },
        ),
      );
    }
  }
  return out.sort((a, b) => a.start - b.start);
};
