/**
 * Every row of `store` in the IndexedDB database `name`, read with IndexedDB itself (no Dexie: the
 * panel reads its first screen with this before its database code has loaded), or undefined when
 * the database is not exactly at Dexie's version `version` (not created yet, to be upgraded, or
 * storage unusable): Dexie then opens, creates or upgrades it as usual. It never creates, upgrades or
 * holds the database: an upgrade it would start is aborted, and its connection is closed at once.
 */
export function readAllRaw<T>(name: string, version: number, store: string): Promise<T[] | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(undefined);
      return;
    }
    // Asked for with no version, an upgrade means the database does not exist: aborting it leaves
    // none behind (Dexie creates it, with its starter rows).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      // Dexie's version n is IndexedDB's n × 10.
      if (db.version !== version * 10 || !db.objectStoreNames.contains(store)) {
        db.close();
        resolve(undefined);
        return;
      }
      try {
        const all = db.transaction(store, 'readonly').objectStore(store).getAll();
        all.onsuccess = () => resolve(all.result as T[]);
        all.onerror = () => resolve(undefined);
      } catch {
        resolve(undefined);
      }
      // Closes once the read is done; a later upgrade (another page of ours) is not kept waiting.
      db.close();
    };
  });
}
