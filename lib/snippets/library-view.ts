import type { Snippet } from '../db/tianbao';
import { fold, parseQuery } from './query';

/** The orders the manager lists the library in. */
export type SortOrder = 'recent' | 'used' | 'title';

// Chinese collation (pinyin order in ICU's zh-CN); one Collator is far faster than localeCompare per pair.
const zhCollator = new Intl.Collator('zh-CN');

const COMPARE: Record<SortOrder, (a: Snippet, b: Snippet) => number> = {
  recent: (a, b) => b.updatedAt - a.updatedAt,
  used: (a, b) => b.useCount - a.useCount || b.lastUsedAt - a.lastUsedAt,
  title: (a, b) => zhCollator.compare(a.title, b.title),
};

/** A sorted copy of `list`; ties fall back to title then id so the order is stable across reloads. */
export function sortSnippets(list: readonly Snippet[], order: SortOrder): Snippet[] {
  const by = COMPARE[order];
  return [...list].sort((a, b) => by(a, b) || zhCollator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
}

// Folded text per snippet object: a live query hands out new objects only when the library
// changes, so each keystroke of the filter reuses the folding of the last.
const folded = new WeakMap<Snippet, string>();

function searchable(s: Snippet): string {
  let text = folded.get(s);
  if (text === undefined) {
    text = fold(`${s.title}\n${s.tags.join('\n')}\n${s.body}`);
    folded.set(s, text);
  }
  return text;
}

/**
 * The snippets whose title, body or tags contain every term of `query` (case and full-width
 * folded); `favoritesOnly` keeps starred ones. A plain scan: 10,000 snippets take a few
 * milliseconds, and the manager needs every match, not a ranked top few.
 */
export function filterSnippets(list: readonly Snippet[], query: string, favoritesOnly = false): Snippet[] {
  const terms = parseQuery(query);
  if (terms.length === 0 && !favoritesOnly) return [...list];
  return list.filter((s) => {
    if (favoritesOnly && s.favorite !== 1) return false;
    if (terms.length === 0) return true;
    const text = searchable(s);
    return terms.every((term) => text.includes(term));
  });
}
