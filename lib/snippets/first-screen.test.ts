import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSnippet } from '../../tests/support/snippets';
import { TianbaoDB } from '../db/tianbao';
import { readFirstScreen } from './first-screen';
import { sortSnippets } from './library-view';

let db: TianbaoDB;
let name = 0;

beforeEach(() => {
  db = new TianbaoDB(`first-screen-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

const ids = (rows: { id: string }[]) => rows.map((s) => s.id);

describe('readFirstScreen', () => {
  it('reads the first rows of the whole library sorted most recent first, and counts it', async () => {
    // Many snippets changed in the same millisecond, titled so that the index's order (by id)
    // and the manager's (by title) differ, with the cut inside such a group.
    const rows = Array.from({ length: 60 }, (_, i) =>
      makeSnippet({
        id: `s${String(i).padStart(2, '0')}`,
        title: `标题${59 - i}`,
        updatedAt: 1_000 + Math.floor(i / 7),
      }),
    );
    await db.snippets.bulkPut(rows);
    const library = await db.snippets.toArray();
    for (const limit of [1, 5, 13, 14, 40, 100]) {
      const first = await readFirstScreen(db, limit);
      expect(ids(first.rows)).toEqual(ids(sortSnippets(library, 'recent').slice(0, limit)));
      expect(first.total).toBe(library.length);
    }
  });

  it('reads an empty library as no rows', async () => {
    await db.snippets.clear();
    expect(await readFirstScreen(db, 20)).toEqual({ rows: [], total: 0 });
  });
});
