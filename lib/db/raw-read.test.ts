import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createShipped } from '@/tests/support/migration-harness';
import { makeSnippet } from '@/tests/support/snippets';
import { readAllRaw } from './raw-read';
import { TIANBAO_HISTORY } from './schema-history';
import { TianbaoDB } from './tianbao';

// The panel's first read (components/panel/panel-start.ts): rows of a database at the current
// version, nothing otherwise, and never a database created, upgraded or held open by it.

const latest = TIANBAO_HISTORY[TIANBAO_HISTORY.length - 1]?.version ?? 0;
let n = 0;
const fresh = () => `raw-read-${n++}`;

describe('readAllRaw', () => {
  it('reads every row of a database at the current version, and leaves it to Dexie', async () => {
    const name = fresh();
    const rows = [makeSnippet({ id: 'a', title: '甲' }), makeSnippet({ id: 'b', title: '乙' })];
    await createShipped(name, TIANBAO_HISTORY, latest, { snippets: rows });
    const read = await readAllRaw<{ id: string }>(name, latest, 'snippets');
    expect(read?.map((r) => r.id).sort()).toEqual(['a', 'b']);
    // Its connection is closed: Dexie opens and writes as usual.
    const db = new TianbaoDB(name);
    await db.snippets.put(makeSnippet({ id: 'c' }));
    expect(await db.snippets.count()).toBe(3);
    db.close();
  });

  it('creates no database where there is none: Dexie then creates it with its starter pack', async () => {
    const name = fresh();
    expect(await readAllRaw(name, latest, 'snippets')).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    const db = new TianbaoDB(name);
    expect(await db.snippets.count()).toBeGreaterThan(0);
    db.close();
  });

  it('reads nothing from an older version, which Dexie upgrades as usual', async () => {
    const name = fresh();
    await createShipped(name, TIANBAO_HISTORY, 2, { snippets: [makeSnippet({ id: 'old' })] });
    expect(await readAllRaw(name, latest, 'snippets')).toBeUndefined();
    const db = new TianbaoDB(name);
    expect((await db.snippets.toArray()).map((s) => s.id)).toEqual(['old']);
    expect(db.verno).toBe(latest);
    db.close();
  });
});
