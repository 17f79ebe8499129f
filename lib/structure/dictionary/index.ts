import { DATED } from './dated';
import { LOOK_ALIKES } from './look-alikes';
import { PARTICLES } from './particles';
import type { WordingEntry } from './schema';
import { TRADITIONAL } from './traditional';
import { TYPOS } from './typos';
import { VARIANTS } from './variants';
import { ZUO } from './zuo';

export { type Automaton, buildAutomaton, type Hit, scan } from './automaton';
export { parseWordingList, WordingEntry, WordingKind, WordingList } from './schema';
export { SOURCES, type Source } from './sources';

/**
 * The shipped dictionary, each entry with its source. The first entry for a wrong form wins (a typo
 * list and a variant list may both name one); the data is validated by the tests, not at load, so
 * that opening the panel costs no schema pass over thousands of entries.
 */
export const BUILTIN_WORDING: readonly WordingEntry[] = dedupe([
  ...TYPOS,
  ...LOOK_ALIKES,
  ...VARIANTS,
  ...TRADITIONAL,
  ...ZUO,
  ...PARTICLES,
  ...DATED,
]);

function dedupe(entries: WordingEntry[]): WordingEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.wrong) && seen.add(entry.wrong));
}
