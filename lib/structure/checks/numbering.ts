import type { Check } from '../context';
import type { Heading, Marker } from '../document';
import { type Finding, finding } from '../finding';
import { FAMILY_RANK, isStandardMarker, standardMarker } from '../markers';

// Heading numbers: each series runs 1, 2, 3 from one; each mark is the standard one for its level;
// levels are not skipped; a series keeps one family.

/** numbering/*: gaps, repeats, wrong marks, skipped levels and mixed families of heading numbers. */
export const checkNumbering: Check = ({ text, doc, partial }) => {
  const out: Finding[] = [];
  const visit = (siblings: Heading[], parent: Heading | undefined) => {
    const numbered = siblings.filter((h): h is Heading & { marker: Marker } => h.marker !== undefined);
    // A field that holds one part of a report (三、下步打算) may start its top series anywhere.
    const base = partial && !parent ? (numbered[0]?.marker.ordinal ?? 1) - 1 : 0;
    for (const f of series(text, numbered, base)) out.push(f);
    numbered.forEach((h, i) => {
      for (const f of markFindings(text, h)) out.push(f);
      if (i === 0 && parent?.marker && FAMILY_RANK[h.marker.family] > FAMILY_RANK[parent.marker.family] + 1)
        out.push(
          finding(
            'numbering/skipped-level',
            'warning',
            h.marker,
            `序号跳过了层级：“${text.slice(parent.marker.start, parent.marker.end)}”下一级应为“${standardMarker(next(parent.marker.family), 1)}”`,
            `a level is skipped below ${text.slice(parent.marker.start, parent.marker.end)}`,
          ),
        );
    });
    for (const h of siblings) visit(h.children, h);
  };
  visit(doc.headings, undefined);
  return out;
};

function next(family: Marker['family']): Marker['family'] {
  const order: Marker['family'][] = ['part', 'cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled'];
  return order[Math.min(order.indexOf(family) + 1, order.length - 1)] ?? 'circled';
}

// Compared with the expected 1…n: the first misfit gets one finding whose fix renumbers the series.
function series(text: string, items: (Heading & { marker: Marker })[], base: number): Finding[] {
  const out: Finding[] = [];
  let fixed = false;
  items.forEach((h, i) => {
    const actual = h.marker.ordinal;
    const prev = items[i - 1]?.marker.ordinal;
    if (actual === base + i + 1 || (prev !== undefined && actual === prev + 1 && actual !== prev)) return;
    const expected = prev === undefined ? base + 1 : prev + 1;
    const repeat = prev !== undefined && actual === prev;
    const fix = fixed ? undefined : renumber(text, items, i, base);
    fixed = true;
    const written = text.slice(h.marker.start, h.marker.end);
    out.push(
      repeat
        ? finding('numbering/repeat', 'error', h.marker, `序号“${written}”重复`, `number ${written} is repeated`, fix)
        : finding(
            'numbering/gap',
            'error',
            h.marker,
            `序号不连续：此处应为第${expected}项`,
            `numbering skips: item ${expected} expected here`,
            fix,
          ),
    );
  });
  return out;
}

// One replacement from the first marker to change to the last, keeping the text in between.
function renumber(text: string, items: (Heading & { marker: Marker })[], from: number, base: number) {
  const family = items[0]?.marker.family ?? 'cn';
  const changes = items
    .map((h, i) => ({ h, want: standardMarker(h.mixedWith ?? family, base + i + 1) }))
    .filter(
      ({ h, want }, i) =>
        i >= from && (h.marker.ordinal !== base + i + 1 || text.slice(h.marker.start, h.marker.end) !== want),
    );
  const first = changes[0];
  const last = changes[changes.length - 1];
  if (!first || !last) return undefined;
  let out = '';
  let at = first.h.marker.start;
  for (const { h, want } of changes) {
    out += text.slice(at, h.marker.start) + want;
    at = h.marker.end;
  }
  return { start: first.h.marker.start, end: last.h.marker.end, text: out };
}

function markFindings(text: string, h: Heading & { marker: Marker }): Finding[] {
  const written = text.slice(h.marker.start, h.marker.end);
  if (h.mixedWith) {
    const want = standardMarker(h.mixedWith, h.marker.ordinal);
    return [
      finding(
        'numbering/mixed-style',
        'warning',
        h.marker,
        `同一层级混用了序号样式：“${written}”应为“${want}”`,
        `mixed numbering styles at one level: ${written} should be ${want}`,
        { start: h.marker.start, end: h.marker.end, text: want },
      ),
    ];
  }
  if (isStandardMarker(text, h.marker)) return [];
  // 1、 is so common that it is a warning; other wrong marks are errors (GB/T 9704 §7.3.3).
  const common = h.marker.family === 'arabic' && written.endsWith('、');
  return [
    finding(
      'numbering/wrong-mark',
      common ? 'warning' : 'error',
      h.marker,
      `序号“${written}”不规范，这一层级应写作“${h.marker.standard}”`,
      `“${written}” should be written “${h.marker.standard}” at this level`,
      { start: h.marker.start, end: h.marker.end, text: h.marker.standard },
    ),
  ];
}
