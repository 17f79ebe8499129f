import type { Check } from '../context';
import type { EnumItem } from '../document';
import { type Finding, finding } from '../finding';
import { intToCn } from '../text';

// Inline enumerations: 一是、二是 run without gaps; 第一/首先 take a comma; 首先/其次 is not mixed
// with 第三. A series restarts at every 一是 and at every heading.

/** numbering/enum-*: gaps and repeats in 一是/二是, mixed enumeration words, wrong mark after 第一. */
export const checkEnumerations: Check = ({ text, doc }) => {
  const out: Finding[] = [];
  const headingStarts = doc.allHeadings.map((h) => h.start);
  let run: EnumItem[] = [];
  const flush = () => {
    for (const f of runFindings(text, run)) out.push(f);
    run = [];
  };
  let h = 0;
  for (const item of doc.enumerations) {
    let crossed = false;
    while (h < headingStarts.length && (headingStarts[h] ?? 0) <= item.start) {
      h++;
      crossed = true;
    }
    const prev = run[run.length - 1];
    const family = (k: EnumItem['kind']) => (k === 'shi' ? 'shi' : 'di');
    if (crossed || item.ordinal === 1 || (prev && family(prev.kind) !== family(item.kind))) flush();
    run.push(item);
    if (item.mark && item.kind !== 'shi') for (const f of markFinding(text, item)) out.push(f);
  }
  flush();
  return out;
};

function runFindings(text: string, run: EnumItem[]): Finding[] {
  const out: Finding[] = [];
  const first = run[0];
  if (!first) return out;
  const usesXian = run.some((i) => i.kind === 'xian' && i.ordinal !== 0);
  const usesDi = run.some((i) => i.kind === 'di' && i.ordinal > 1);
  run.forEach((item, i) => {
    const written = text.slice(item.start, item.end);
    if (usesXian && usesDi && item.kind === 'di' && item.ordinal > 1) {
      out.push(
        finding(
          'numbering/enum-mixed',
          'warning',
          item,
          `“首先、其次”不宜与“${written}”混用`,
          `do not mix 首先/其次 with ${written}`,
        ),
      );
      return;
    }
    if (item.kind === 'xian' || (i === 0 && item.ordinal === 1)) return;
    const prev = run[i - 1];
    const expected = prev ? prev.ordinal + 1 : 1;
    if (item.ordinal === expected || (prev?.kind === 'xian' && item.kind === 'di')) return;
    const label = item.kind === 'shi' ? `${intToCn(expected)}是` : `第${intToCn(expected)}`;
    out.push(
      finding(
        'numbering/enum-gap',
        'error',
        item,
        prev && item.ordinal === prev.ordinal
          ? `列举“${written}”重复，此处应为“${label}”`
          : `列举不连续：此处应为“${label}”`,
        `enumeration out of sequence: ${label} expected`,
      ),
    );
  });
  return out;
}

function markFinding(text: string, item: EnumItem): Finding[] {
  const mark = item.mark;
  if (!mark) return [];
  const ch = text.slice(mark.start, mark.end);
  // A half-width comma or colon is punctuation/half-width's to report.
  if (ch === '，' || ch === ',' || ch === ':' || ch === '') return [];
  const written = text.slice(item.start, item.end);
  return [
    finding('numbering/enum-mark', 'warning', mark, `“${written}”后应用逗号`, `${written} takes a comma`, {
      ...mark,
      text: '，',
    }),
  ];
}
