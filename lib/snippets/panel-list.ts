import { Dexie } from 'dexie';
import type { Snippet, TianbaoDB } from '../db/tianbao';
import { byPanelOrder } from './panel-order';
import { starterSnippets } from './starter';

// The panel's list reads through this module alone: it needs no zod (rows are the database's own,
// validated when written), so the list does not wait for the validation library to load.

/*
 * When IndexedDB cannot be opened (a private window in some browsers, storage turned off or broken),
 * the panel keeps working from memory: it lists the starter pack, fills variables from what the user
 * answers in this session, and checks as always; it says that nothing is being saved. Reads go
 * through here so that a database failure becomes this fallback instead of an error in the panel.
 */

/** A value read for the panel, and whether it came from the database (false: from memory). */
export interface Read<T> {
  value: T;
  stored: boolean;
}

/** True for the failures of a database that cannot be used at all (not a bug in a query). */
export function isUnavailable(error: unknown): boolean {
  return error instanceof Dexie.DexieError || error instanceof DOMException;
}

/** `read`, or `fallback` from memory when the database cannot be used at all. */
export async function readOr<T>(read: () => Promise<T>, fallback: () => T): Promise<Read<T>> {
  try {
    return { value: await read(), stored: true };
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    return { value: fallback(), stored: false };
  }
}

/** The panel's snippets: the library, or the starter pack from memory when the database is unusable. */
export function panelSnippets(db: TianbaoDB, now = Date.now()): Promise<Read<Snippet[]>> {
  return readOr(
    () => listSnippets(db),
    () => starterSnippets(now),
  );
}

/** Snippets in the order the panel shows them: favourites, then most used, then newest. */
export async function listSnippets(db: TianbaoDB): Promise<Snippet[]> {
  const all = await db.snippets.toArray();
  return all.sort(byPanelOrder);
}
