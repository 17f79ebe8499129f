import type { Element } from '@xmldom/xmldom';
import { formatNumber } from './number-format';
import { child, children, isW, val } from './ooxml';

// Word's automatic list numbers, resolved as Word draws them: each list instance (w:num) counts per
// level, a level restarts after a higher one, and w:lvlText's %1…%9 take each level's own format.

interface Level {
  start: number;
  format: string;
  text: string;
  /** w:isLgl: every %N of this level in plain decimal. */
  legal: boolean;
  /** Restart after this level (0-based) or any higher one appears; -1 never restarts. */
  restartAfter: number;
}

interface ListInstance {
  /** Counters are shared by instances of one abstract list unless an instance restarts them. */
  key: string;
  levels: Map<number, Level>;
  startOverride: Map<number, number>;
}

function readLevel(lvl: Element, ilvl: number): Level {
  const start = Number(val(child(lvl, 'start')) ?? '1');
  const restart = val(child(lvl, 'lvlRestart'));
  return {
    start: Number.isFinite(start) ? start : 1,
    format: val(child(lvl, 'numFmt')) ?? 'decimal',
    text: val(child(lvl, 'lvlText')) ?? '',
    legal: child(lvl, 'isLgl') !== undefined,
    restartAfter: restart === undefined ? ilvl - 1 : Number(restart) - 1,
  };
}

function readLevels(parent: Element, into = new Map<number, Level>()): Map<number, Level> {
  for (const lvl of children(parent)) {
    if (!isW(lvl, 'lvl')) continue;
    const ilvl = Number(val(lvl, 'ilvl') ?? '0');
    if (ilvl >= 0 && ilvl <= 8) into.set(ilvl, readLevel(lvl, ilvl));
  }
  return into;
}

/** Numbers paragraphs in document order; one per document read. */
export class Numbering {
  private readonly instances = new Map<string, ListInstance>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(root: Element | undefined) {
    if (!root) return;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const el of children(root)) {
      if (isW(el, 'abstractNum')) abstracts.set(val(el, 'abstractNumId') ?? '', readLevels(el));
    }
    for (const el of children(root)) {
      if (!isW(el, 'num')) continue;
      const id = val(el, 'numId') ?? '';
      const abstractId = val(child(el, 'abstractNumId')) ?? '';
      const levels = new Map(abstracts.get(abstractId) ?? []);
      const startOverride = new Map<number, number>();
      for (const override of children(el)) {
        if (!isW(override, 'lvlOverride')) continue;
        const ilvl = Number(val(override, 'ilvl') ?? '0');
        const start = val(child(override, 'startOverride'));
        if (start !== undefined) startOverride.set(ilvl, Number(start));
        const lvl = child(override, 'lvl');
        if (lvl) levels.set(ilvl, readLevel(lvl, ilvl));
      }
      this.instances.set(id, {
        key: startOverride.size ? `num:${id}` : `abstract:${abstractId}`,
        levels,
        startOverride,
      });
    }
  }

  /** The marker Word shows before a paragraph of list `numId` at level `ilvl` ('' for bullets and none). */
  next(numId: string, ilvl: number): string {
    const list = this.instances.get(numId);
    // numId 0 (or an unknown one) means "no numbering" in Word.
    if (!list || numId === '0') return '';
    const level = list.levels.get(ilvl);
    if (!level) return '';
    const counts = this.counters.get(list.key) ?? [];
    this.counters.set(list.key, counts);
    const startOf = (l: number) => list.startOverride.get(l) ?? list.levels.get(l)?.start ?? 1;
    const startedKey = `${list.key}:${ilvl}`;
    counts[ilvl] = this.started.has(startedKey) ? (counts[ilvl] ?? startOf(ilvl) - 1) + 1 : startOf(ilvl);
    this.started.add(startedKey);
    // Deeper levels that restart after this one begin again at their start.
    for (let deeper = ilvl + 1; deeper <= 8; deeper++) {
      const d = list.levels.get(deeper);
      if (d && d.restartAfter >= ilvl) this.started.delete(`${list.key}:${deeper}`);
    }
    if (level.format === 'bullet' || level.format === 'none') return '';
    return level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      const n = counts[l] ?? startOf(l);
      return formatNumber(level.legal ? 'decimal' : (list.levels.get(l)?.format ?? 'decimal'), n);
    });
  }
}
