import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../tests/support/idb-dump';
import { createShipped, openWithCurrent, type Rows, schemaOf } from '../../tests/support/migration-harness';
import { makeSnippet, sampleLibrary } from '../../tests/support/snippets';
import { TIANBAO_HISTORY } from '../db/schema-history';
import { type Setting, type Snippet, TianbaoDB } from '../db/tianbao';
import { starterSnippets } from './starter';

// Data as each shipped version stored it; a new version adds its own rows (in its own shape) here.
const SHIPPED_ROWS: Record<number, () => Rows> = {
  1: () => {
    const snippets: Snippet[] = [
      ...sampleLibrary(),
      // The starter pack as first created, one of them edited (sampleLibrary's starter-02).
      ...starterSnippets(1_700_000_000_000).filter((s) => s.id !== 'starter-02'),
      makeSnippet({ id: 'edited-starter', title: '改过的', starter: true, updatedAt: 5, useCount: 3, lastUsedAt: 9 }),
      makeSnippet({
        id: 'many-tags',
        tags: Array.from({ length: 50 }, (_, i) => `标签${i}`),
        genres: ['shuzhi', 'kaohe-gwy'],
        sections: ['opening', 'plans', 'closing'],
        favorite: 1,
      }),
      makeSnippet({ id: 'long', title: 'x'.repeat(200), body: '长'.repeat(100_000) }),
    ];
    const settings: Setting[] = [
      { key: 'profile', value: { 姓名: '张三', 单位: '某县农业农村局', 年度: '2026' } },
      { key: 'rules', value: { 'punctuation/half-width': 'off', 'numbering/gap': 'warning' } },
      { key: 'templates', value: [{ id: 'my-unit', name: { zh: '本单位', en: 'Ours' }, sections: [] }] },
      { key: 'odd', value: [null, 0, -1.5, '', { nested: [true, false] }] },
    ];
    return { snippets, settings };
  },
  // Version 2 dropped indexes only: rows have the shape they had in version 1.
  2: () => SHIPPED_ROWS[1]?.() ?? {},
  // Version 3 added an index only.
  3: () => SHIPPED_ROWS[1]?.() ?? {},
};

let counter = 0;

// The real 述职报告 in ../shared/seed/, when it is there: its paragraphs make a library of real text.
const SEED = fileURLToPath(new URL('../../../shared/seed/township-secretary-2022-report.txt', import.meta.url));
const seedPresent = existsSync(SEED);
const seedNote = seedPresent ? '' : ' — skipped: ../shared/seed/township-secretary-2022-report.txt is absent';

describe('tianbao database migrations', () => {
  it('has a frozen schema for the version the current code declares', async () => {
    const name = `migration-current-${++counter}`;
    const latest = TIANBAO_HISTORY[TIANBAO_HISTORY.length - 1];
    const current = new TianbaoDB(name);
    await current.open();
    expect(current.verno).toBe(latest?.version);
    current.close();
    const declared = await dumpDatabase(name);
    const frozen = await createShipped(`migration-frozen-${counter}`, TIANBAO_HISTORY, latest?.version ?? 0, {});
    // A changed declaration without a new history entry (and so without a migration test) fails here.
    expect(schemaOf(declared)).toEqual(schemaOf(frozen));
  });

  for (const shipped of TIANBAO_HISTORY) {
    it(`opens a filled version ${shipped.version} database with nothing lost or added`, async () => {
      const rows = SHIPPED_ROWS[shipped.version];
      if (!rows) throw new Error(`no rows for shipped version ${shipped.version}: add them to SHIPPED_ROWS`);
      const name = `migration-${shipped.version}-${++counter}`;
      const before = await createShipped(name, TIANBAO_HISTORY, shipped.version, rows());
      const after = await openWithCurrent(name, (n) => new TianbaoDB(n));
      // The starter pack is not added again to a library that exists, and every row is as it was.
      for (const [store, { keys, values }] of Object.entries(before.stores)) {
        expect(after.stores[store]?.keys).toEqual(keys);
        expect(after.stores[store]?.values).toEqual(values);
      }
      // And the data reads back through the current class.
      const db = new TianbaoDB(name);
      expect(await db.snippets.get('many-tags')).toMatchObject({
        favorite: 1,
        tags: expect.arrayContaining(['标签49']),
      });
      expect((await db.snippets.toArray()).filter((s) => s.tags.includes('标签7'))).toHaveLength(1);
      expect((await db.settings.get('profile'))?.value).toEqual({ 姓名: '张三', 单位: '某县农业农村局', 年度: '2026' });
      db.close();
    });
  }

  it('the snippets keep only their primary key and the updatedAt index, and a version 1 library loses no row on the way', async () => {
    const name = `migration-indexes-${++counter}`;
    const rows = SHIPPED_ROWS[1]?.() ?? {};
    const before = await createShipped(name, TIANBAO_HISTORY, 1, rows);
    expect(before.stores.snippets?.indexes.length).toBe(8);
    const after = await openWithCurrent(name, (n) => new TianbaoDB(n));
    expect(after.stores.snippets?.indexes.map((i) => i.name)).toEqual(['updatedAt']);
    expect(after.stores.snippets?.values).toEqual(before.stores.snippets?.values);
    expect(after.stores.settings).toEqual(before.stores.settings);
    expect(after.stores.snippets?.values).toHaveLength(rows.snippets?.length ?? -1);
  });

  it.skipIf(!seedPresent)(
    `a version 1 library of a real report's paragraphs opens in the current version unchanged${seedNote}`,
    async () => {
      const paragraphs = readFileSync(SEED, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const snippets = paragraphs.map((body, i) =>
        makeSnippet({
          id: `seed-${String(i).padStart(4, '0')}`,
          title: body.slice(0, 20),
          body,
          tags: [`段${i % 7}`, '述职'],
          genres: ['shuzhi'],
          sections: [i % 2 ? 'work' : 'problems'],
          favorite: i % 3 === 0 ? 1 : 0,
          useCount: i,
          lastUsedAt: 1_700_000_000_000 + i,
        }),
      );
      const name = `migration-seed-${++counter}`;
      const before = await createShipped(name, TIANBAO_HISTORY, 1, { snippets, settings: [] });
      const after = await openWithCurrent(name, (n) => new TianbaoDB(n));
      expect(after.stores.snippets?.indexes.map((i) => i.name)).toEqual(['updatedAt']);
      expect(after.stores.snippets?.keys).toEqual(before.stores.snippets?.keys);
      expect(after.stores.snippets?.values).toEqual(before.stores.snippets?.values);
      const db = new TianbaoDB(name);
      expect((await db.snippets.toArray()).map((s) => s.body).join('\n')).toBe(paragraphs.join('\n'));
      db.close();
    },
  );

  it('a database the user never had is created with the starter pack', async () => {
    const after = await openWithCurrent(`migration-fresh-${++counter}`, (n) => new TianbaoDB(n));
    expect(after.stores.snippets?.keys).toEqual(starterSnippets(0).map((s) => s.id));
  });
});
