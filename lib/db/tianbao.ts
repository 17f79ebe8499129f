import { Dexie, type EntityTable } from 'dexie';
import { starterSnippets } from '../snippets/starter';
import { DB_NAME } from './schema-history';

/** A saved passage the writer can insert into a field. */
export interface Snippet {
  /** A random UUID, so that snippets from two libraries never collide on import. */
  id: string;
  title: string;
  body: string;
  tags: string[];
  /** Template genre ids this snippet belongs to (empty: any). */
  genres: string[];
  /** Template section ids this snippet belongs to (empty: any). */
  sections: string[];
  /** 1 when starred; a number because IndexedDB cannot index booleans. */
  favorite: 0 | 1;
  /** True for the team's starter pack, so the user can remove it as a whole. */
  starter: boolean;
  /** The id of the unit pack this snippet came from (lib/packs): read-only, removed with the pack. */
  pack?: string;
  createdAt: number;
  updatedAt: number;
  useCount: number;
  lastUsedAt: number;
}

/** One row of the key–value settings table: the profile, per-site settings… checked when read. */
export interface Setting {
  key: string;
  value: unknown;
}

// The name lives beside the frozen schemas, which need no Dexie (the panel's first read uses both).
export { DB_NAME };

/**
 * The extension's one IndexedDB database. A version that has shipped is never edited: a change to
 * the schema is a new `this.version(n + 1)` with an `.upgrade()`, its frozen copy added to
 * TIANBAO_HISTORY (schema-history.ts) and its rows to the migration test (db-migration.test.ts).
 */
export class TianbaoDB extends Dexie {
  snippets!: EntityTable<Snippet, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      snippets: 'id, title, *tags, *genres, *sections, favorite, updatedAt, useCount, lastUsedAt',
      settings: 'key',
    });
    // Version 2: snippets keep their primary key only. No query reads the eight other indexes (the
    // panel and the library manager search, filter and sort in memory), and keeping them up to date
    // was most of an import's time (five entries per snippet, plus one per tag, genre and section).
    // Rows are unchanged, so there is no upgrade step.
    this.version(2).stores({ snippets: 'id' });
    // Version 3: one index back, on updatedAt, so the library manager reads the first screen of its
    // default order (most recently changed first) without reading the whole library (first-screen.ts).
    // One entry per snippet; the ones on tags, genres and sections stay dropped.
    this.version(3).stores({ snippets: 'id, updatedAt' });
    // Runs once, when the database is first created: the team's starter pack.
    this.on('populate', (tx) => {
      void tx.table('snippets').bulkAdd(starterSnippets(Date.now()));
    });
  }
}

let shared: TianbaoDB | undefined;

/** The database of this extension context, opened on first use. */
export function database(): TianbaoDB {
  shared ??= new TianbaoDB();
  return shared;
}
