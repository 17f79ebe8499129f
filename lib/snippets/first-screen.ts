import type { Snippet, TianbaoDB } from '../db/tianbao';
import { sortSnippets } from './library-view';

/** The library's first rows in the manager's default order, and how many snippets it holds. */
export interface FirstScreen {
  /** Exactly `sortSnippets(library, 'recent').slice(0, limit)`. */
  rows: Snippet[];
  total: number;
}

/**
 * The first `limit` snippets of the library, most recently changed first, read through the
 * updatedAt index rather than by reading every snippet: the manager draws its first screen from
 * them while the whole library (for filtering, other orders and scrolling) is still being read.
 */
export function readFirstScreen(db: TianbaoDB, limit: number): Promise<FirstScreen> {
  return db.transaction('r', db.snippets, async () => {
    const newest = await db.snippets.orderBy('updatedAt').reverse().limit(limit).toArray();
    const last = newest.at(-1);
    // Snippets changed in the same millisecond as the last one read are ordered by title (then id),
    // not as the index has them: all of them are read, so the cut falls where sortSnippets puts it.
    const ties =
      last && newest.length === limit ? await db.snippets.where('updatedAt').equals(last.updatedAt).toArray() : [];
    const total = await db.snippets.count();
    const byId = new Map([...newest, ...ties].map((s) => [s.id, s]));
    return { rows: sortSnippets([...byId.values()], 'recent').slice(0, limit), total };
  });
}
