// Test helpers: IndexedDB made to fail as a private window or a full disk makes it fail.
// Imported by tests only (with fake-indexeddb/auto loaded).

/** An IDBFactory whose every `open` fails, as Firefox's private windows and storage-less profiles do. */
export function unopenableFactory(name = 'InvalidStateError'): IDBFactory {
  const real = indexedDB;
  return {
    open() {
      const request = {
        error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', name),
        result: undefined,
        readyState: 'done',
        onerror: null as ((event: Event) => void) | null,
        onsuccess: null,
        onupgradeneeded: null,
        onblocked: null,
        addEventListener() {},
        removeEventListener() {},
      };
      setTimeout(() => request.onerror?.({ target: request, type: 'error', preventDefault() {} } as unknown as Event));
      return request as unknown as IDBOpenDBRequest;
    },
    deleteDatabase: (n: string) => real.deleteDatabase(n),
    databases: () => real.databases(),
    cmp: (a: unknown, b: unknown) => real.cmp(a, b),
  } as IDBFactory;
}

/**
 * Makes every `add` and `put` of every object store throw QuotaExceededError, as a write beyond
 * the origin's quota does, until the returned function is called.
 */
export function failWritesForQuota(): () => void {
  const proto = IDBObjectStore.prototype;
  const { add, put } = proto;
  const refuse = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  proto.add = refuse;
  proto.put = refuse;
  return () => {
    proto.add = add;
    proto.put = put;
  };
}
