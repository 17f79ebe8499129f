import type { WordingEntry, WordingKind } from './schema';

type Severity = WordingEntry['severity'];

/** Entries of one kind, severity and source from `wrong=correct` pairs separated by whitespace. */
export function group(
  kind: WordingKind,
  severity: Severity,
  source: string,
  pairs: string,
  note?: string,
): WordingEntry[] {
  return pairs
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const [wrong = '', correct = ''] = pair.split('=');
      return { wrong, correct, kind, severity, source, ...(note ? { note } : {}) };
    });
}
