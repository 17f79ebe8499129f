import type { Span } from './document';
import type { Finding } from './finding';

// The writer's word list (添加到我的词表): a finding about wording that lies inside one of the
// writer's words is never made. Structure, numbering and punctuation findings are not wording.

const WORDING_RULES = /^(?:wording\/|formulation\/|charset\/look-alike|charset\/compat|repetition\/word)/;

/** Where the writer's words occur in `text`. */
export function acceptedRanges(text: string, words: readonly string[] | undefined): Span[] {
  const out: Span[] = [];
  for (const word of words ?? []) {
    if (!word) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      out.push({ start: at, end: at + word.length });
  }
  return out;
}

/** The finding concerns wording inside one of the writer's words. */
export function isAccepted(found: Finding, ranges: readonly Span[]): boolean {
  if (ranges.length === 0 || !WORDING_RULES.test(found.rule) || found.end <= found.start) return false;
  return ranges.some((r) => r.start <= found.start && found.end <= r.end);
}
