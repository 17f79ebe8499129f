import type { Check, CheckContext } from '../context';
import type { UnitWording } from '../data/unit-wording';
import { type Automaton, BUILTIN_WORDING, buildAutomaton, scan, type WordingEntry } from '../dictionary';
import { type Finding, finding } from '../finding';

// The wording dictionary: one automaton pass over the text finds every entry (typos, variant forms,
// traditional characters, look-alikes, 的/地/得, time-bound formulations, the unit's forbidden words).
// Of overlapping hits the longest is kept; conditions of an entry may rule a hit out.

/** The dictionary a check runs with: entries and their automaton. */
export interface Wording {
  entries: readonly WordingEntry[];
  automaton: Automaton;
}

const RULE: Record<WordingEntry['kind'], string> = {
  typo: 'wording/typo',
  variant: 'wording/variant',
  traditional: 'wording/traditional',
  'look-alike': 'charset/look-alike',
  particle: 'wording/particle',
  usage: 'wording/usage',
  dated: 'wording/dated',
  unit: 'wording/unit-forbidden',
};

let builtin: Wording | undefined;
const extended = new WeakMap<readonly WordingEntry[], Wording>();

/** The built-in dictionary compiled (once), plus `extra` entries (a user's or a unit's) when given. */
export function compileWording(extra?: readonly WordingEntry[]): Wording {
  if (!extra?.length) {
    builtin ??= compile(BUILTIN_WORDING);
    return builtin;
  }
  const hit = extended.get(extra);
  if (hit) return hit;
  // The extra entries come first: a unit's own wording overrides a built-in entry for the same text.
  const wording = compile([...extra, ...BUILTIN_WORDING]);
  extended.set(extra, wording);
  return wording;
}

function compile(entries: readonly WordingEntry[]): Wording {
  return { entries, automaton: buildAutomaton(entries.map((e) => e.wrong)) };
}

/** A unit's forbidden wording as dictionary entries. */
export function unitEntries(lists: readonly UnitWording[]): WordingEntry[] {
  return lists.flatMap((list) =>
    list.forbidden.map((f) => ({
      wrong: f.text,
      correct: f.preferred ?? '',
      kind: 'unit' as const,
      severity: f.severity ?? 'warning',
      source: list.name.slice(0, 40),
      note: f.note ?? `${list.name}统一口径`,
    })),
  );
}

/** wording/* and dictionary look-alikes: every entry found in one pass. */
export const checkWording: Check = (ctx) => {
  const { text, verbatim } = ctx;
  const { entries, automaton } = ctx.wording ?? compileWording();
  const hits = scan(automaton, text).filter((hit) => applies(text, entries[hit.key] as WordingEntry, hit));
  // Longest first, then leftmost; a hit inside one already kept is dropped.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const out: Finding[] = [];
  for (const hit of hits) {
    if (taken.subarray(hit.start, hit.end).some((x) => x === 1) || verbatim[hit.start]) continue;
    const entry = entries[hit.key] as WordingEntry;
    const found = entry.kind === 'dated' ? dated(ctx, entry, hit) : plain(entry, hit);
    if (!found) continue;
    taken.fill(1, hit.start, hit.end);
    out.push(found);
  }
  return out.sort((a, b) => a.start - b.start);
};

function applies(text: string, entry: WordingEntry, hit: { start: number; end: number }): boolean {
  if (entry.notAfter && hit.start > 0 && entry.notAfter.includes(text[hit.start - 1] as string)) return false;
  if (entry.notBefore?.some((after) => text.startsWith(after, hit.end))) return false;
  return true;
}

function plain(entry: WordingEntry, range: { start: number; end: number }): Finding {
  const { wrong, correct, note } = entry;
  const why = note ? `（${note}）` : '';
  const zh =
    entry.kind === 'unit'
      ? `本单位统一口径不用“${wrong}”${correct ? `，应为“${correct}”` : ''}${why}`
      : `“${wrong}”应为“${correct}”${why}`;
  const en = entry.kind === 'unit' ? `the unit’s wording list forbids “${wrong}”` : `“${wrong}” should be “${correct}”`;
  return finding(RULE[entry.kind], entry.severity, range, zh, en, correct ? { ...range, text: correct } : undefined);
}

// A year written just before the phrase (2021年是建党100周年) dates it; otherwise the report's year does.
function dated(ctx: CheckContext, entry: WordingEntry, range: { start: number; end: number }): Finding | undefined {
  const before = ctx.text.slice(Math.max(0, range.start - 12), range.start);
  const stated = /((?:19|20)\d{2})年(?!.*(?:19|20)\d{2}年)/.exec(before)?.[1];
  const year = stated ? Number(stated) : ctx.year;
  if (year === undefined) return undefined;
  const { from, until } = entry;
  if ((from === undefined || year >= from) && (until === undefined || year <= until)) return undefined;
  const span =
    from === until
      ? `${from}年`
      : from === undefined
        ? `${until}年及以前`
        : until === undefined
          ? `${from}年起`
          : `${from}—${until}年`;
  const why = entry.note ? `；${entry.note}` : '';
  return finding(
    'wording/dated',
    entry.severity,
    range,
    `“${entry.wrong}”适用于${span}，与报告年份${year}年不符${why}`,
    `“${entry.wrong}” fits reports about ${span.replace('年及以前', ' or before').replace('年起', ' on').replace('年', '')}, not ${year}`,
    entry.correct ? { ...range, text: entry.correct } : undefined,
  );
}

/** wording/unit-required: a wording the unit requires that a whole report does not hold. */
export const checkRequiredWording: Check = ({ text, partial, units, doc }) => {
  if (partial || !units?.length) return [];
  const at = doc.body.start;
  return units.flatMap((list) =>
    list.required
      .filter((r) => !text.includes(r.text))
      .map((r) =>
        finding(
          'wording/unit-required',
          r.severity ?? 'info',
          { start: at, end: at },
          `本单位统一口径要求写“${r.text}”，全文未见${r.note ? `（${r.note}）` : ''}`,
          `the unit’s wording list asks for “${r.text}”, which the text lacks`,
        ),
      ),
  );
};
