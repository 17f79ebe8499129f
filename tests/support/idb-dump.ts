// Test helpers over the raw IndexedDB API (no Dexie), so that what they read is what is stored.

/** Everything a database holds: its version, and per store its key path, indexes, keys and values. */
export interface DatabaseDump {
  version: number;
  stores: Record<
    string,
    {
      keyPath: string | string[] | null;
      autoIncrement: boolean;
      indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
      keys: IDBValidKey[];
      values: unknown[];
    }
  >;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens `name` at whatever version it has, without creating or upgrading anything. */
function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => {
      req.transaction?.abort();
      reject(new Error(`database ${name} does not exist`));
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** A full dump of database `name`: compare two with `toEqual` (or as JSON) to prove nothing changed. */
export async function dumpDatabase(name: string): Promise<DatabaseDump> {
  const db = await openExisting(name);
  try {
    const names = [...db.objectStoreNames].sort();
    const dump: DatabaseDump = { version: db.version, stores: {} };
    if (names.length === 0) return dump;
    const tx = db.transaction(names, 'readonly');
    for (const storeName of names) {
      const store = tx.objectStore(storeName);
      dump.stores[storeName] = {
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: [...store.indexNames].sort().map((indexName) => {
          const index = store.index(indexName);
          return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
        }),
        keys: await request(store.getAllKeys()),
        values: await request(store.getAll()),
      };
    }
    return dump;
  } finally {
    db.close();
  }
}
