import { Dexie } from 'dexie';
import type { ShippedSchema } from '../../lib/db/schema-history';
import { type DatabaseDump, dumpDatabase } from './idb-dump';

// The migration test's mechanism, for any Dexie database and its frozen history (schema-history.ts).

/** Rows to put in a database, table by table. */
export type Rows = Record<string, readonly unknown[]>;

/**
 * Creates database `name` exactly as the build that shipped `version` would have left it: every
 * frozen schema up to that version declared (no upgrade code, no populate), then `rows` written.
 * Returns its full dump.
 */
export async function createShipped(
  name: string,
  history: readonly ShippedSchema[],
  version: number,
  rows: Rows,
): Promise<DatabaseDump> {
  const old = new Dexie(name);
  for (const schema of history) if (schema.version <= version) old.version(schema.version).stores({ ...schema.stores });
  await old.open();
  if (Object.keys(rows).length > 0)
    await old.transaction('rw', Object.keys(rows), async () => {
      for (const [table, values] of Object.entries(rows)) await old.table(table).bulkAdd([...values]);
    });
  old.close();
  return dumpDatabase(name);
}

/** Opens database `name` with the current code (`open` builds the current class) and returns its dump. */
export async function openWithCurrent(name: string, open: (name: string) => Dexie): Promise<DatabaseDump> {
  const current = open(name);
  await current.open();
  current.close();
  return dumpDatabase(name);
}

/** The schema part of a dump (stores, key paths, indexes), without the data. */
export function schemaOf(dump: DatabaseDump): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(dump.stores).map(([store, { keyPath, autoIncrement, indexes }]) => [
      store,
      { keyPath, autoIncrement, indexes },
    ]),
  );
}
