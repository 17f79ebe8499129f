import * as z from 'zod/mini';
import type { Snippet, TianbaoDB } from '../db/tianbao';
import { guardWrite, StoreError } from '../db/write-guard';
import { Tag } from './store';

/*
 * Writes on many snippets at once, for the manager's selection. Each is one transaction: all of
 * it happens or none. Deletions return the rows they removed, so `restoreSnippets` can undo them
 * exactly (every field, the id included).
 */

/** Stars (`on`) or unstars the snippets `ids`; unknown ids are ignored. */
export async function setFavorite(db: TianbaoDB, ids: readonly string[], on: boolean): Promise<void> {
  const favorite = on ? 1 : 0;
  await guardWrite(() =>
    db.snippets
      .where('id')
      .anyOf([...ids])
      .modify((s) => {
        s.favorite = favorite;
      }),
  );
}

/** Deletes the snippets `ids`; returns what was removed, for undo. */
export async function deleteSnippets(db: TianbaoDB, ids: readonly string[]): Promise<Snippet[]> {
  return guardWrite(() =>
    db.transaction('rw', db.snippets, async () => {
      // A unit pack's items go only with their pack.
      const rows = (await db.snippets.bulkGet([...ids])).filter((s): s is Snippet => s !== undefined && !s.pack);
      await db.snippets.bulkDelete(rows.map((s) => s.id));
      return rows;
    }),
  );
}

/** Deletes the team's starter pack (snippets with `starter: true`); returns them, for undo. */
export async function deleteStarter(db: TianbaoDB): Promise<Snippet[]> {
  return guardWrite(() =>
    db.transaction('rw', db.snippets, async () => {
      const rows = await db.snippets.filter((s) => s.starter).toArray();
      await db.snippets.bulkDelete(rows.map((s) => s.id));
      return rows;
    }),
  );
}

/** Puts deleted snippets back exactly as they were (undo of a deletion). */
export async function restoreSnippets(db: TianbaoDB, rows: readonly Snippet[]): Promise<void> {
  await guardWrite(() => db.snippets.bulkPut([...rows]));
}

/**
 * Adds `tag` to each of the snippets `ids` that lacks it, stamping `updatedAt`; returns how many
 * changed. A tag that is empty or too long, or a snippet that would pass 50 tags, throws
 * StoreError('invalid') with nothing written.
 */
export async function addTagToSnippets(
  db: TianbaoDB,
  ids: readonly string[],
  tag: string,
  now = Date.now(),
): Promise<number> {
  const parsed = z.safeParse(Tag, tag);
  if (!parsed.success) throw new StoreError('invalid');
  const clean = parsed.data;
  return guardWrite(() =>
    db.transaction('rw', db.snippets, async () => {
      // A unit pack's items go only with their pack.
      const rows = (await db.snippets.bulkGet([...ids])).filter((s): s is Snippet => s !== undefined && !s.pack);
      const changed = rows.filter((s) => !s.tags.includes(clean));
      if (changed.some((s) => s.tags.length >= 50)) throw new StoreError('invalid');
      await db.snippets.bulkPut(changed.map((s) => ({ ...s, tags: [...s.tags, clean], updatedAt: now })));
      return changed.length;
    }),
  );
}
