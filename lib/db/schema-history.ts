/**
 * Every schema of a database that has shipped, frozen: exactly what its `version(n).stores()` said.
 * These are never edited. A new version of a database adds one entry here (and its `.upgrade()` in the
 * database class); the migration test (db-migration.test.ts) then builds a database of every older
 * version, fills it, opens it with the current class and checks that nothing was lost.
 */
export interface ShippedSchema {
  version: number;
  /** Dexie's store declarations of that version, table by table. */
  stores: Readonly<Record<string, string>>;
}

/** The database name in the extension's origin. Never opened from a content script. */
export const DB_NAME = 'tianbao';

/** The schemas of `tianbao` (lib/db/tianbao.ts), oldest first. */
export const TIANBAO_HISTORY: readonly ShippedSchema[] = [
  {
    // Shipped in 0.1.0.
    version: 1,
    stores: {
      snippets: 'id, title, *tags, *genres, *sections, favorite, updatedAt, useCount, lastUsedAt',
      settings: 'key',
    },
  },
  {
    // Issue 16: the snippets' unused secondary indexes dropped (settings unchanged).
    version: 2,
    stores: {
      snippets: 'id',
    },
  },
  {
    // Issue 16 item 4: an index on updatedAt, for the library manager's first screen.
    version: 3,
    stores: {
      snippets: 'id, updatedAt',
    },
  },
];
