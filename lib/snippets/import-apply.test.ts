import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fuzzTimeout, runFuzzAsync, timed } from '../../tests/support/fuzz';
import { dumpDatabase } from '../../tests/support/idb-dump';
import { sampleLibrary } from '../../tests/support/snippets';
import { type Snippet, TianbaoDB } from '../db/tianbao';
import { applyImport, planImport, previewImport } from './import-apply';
import { importFile } from './import-file';
import { exportLibrary, SnippetRecord, serializeExport } from './transfer';

const opened: TianbaoDB[] = [];
let counter = 0;

/** A fresh database holding exactly `snippets` (the starter pack removed). */
async function libraryWith(snippets: Snippet[]): Promise<TianbaoDB> {
  const db = new TianbaoDB(`import-test-${++counter}`);
  opened.push(db);
  await db.snippets.clear();
  await db.snippets.bulkAdd(snippets);
  return db;
}

const snapshot = async (db: TianbaoDB) => JSON.stringify(await db.snippets.orderBy('id').toArray());

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
});

const [first, second] = sampleLibrary() as [Snippet, Snippet];
const fresh: Snippet = { ...first, id: 'new-1', title: '新素材', body: '新正文' };
const duplicate: Snippet = { ...first, id: 'other-id', tags: ['别的标签'] };
const conflict: Snippet = { ...second, body: '另一种结尾。', useCount: 3 };
const incoming = [fresh, duplicate, conflict, { ...second, id: second.id }];

describe('planImport', () => {
  it('counts new, unchanged, duplicate and conflicting snippets before anything is written', () => {
    const plan = planImport([first, second], [fresh, duplicate, conflict]);
    expect(plan.counts).toEqual({ new: 1, unchanged: 0, duplicate: 1, conflict: 1 });
    expect(planImport([first, second], sampleLibrary()).counts).toEqual({
      new: 0,
      unchanged: 2,
      duplicate: 0,
      conflict: 0,
    });
  });

  it('never lets two incoming snippets claim the same library snippet', () => {
    const twin = { ...conflict, id: 'twin', body: '第三种结尾。' };
    expect(planImport([second], [conflict, twin]).matches.map((m) => m.kind)).toEqual(['conflict', 'new']);
    expect(planImport([second], [conflict, second]).matches.map((m) => m.kind)).toEqual(['new', 'unchanged']);
  });
});

describe('applyImport', () => {
  it('skips matches by default and adds only the new snippets', async () => {
    const db = await libraryWith([first, second]);
    const report = await applyImport(db, [fresh, duplicate, conflict]);
    expect(report).toEqual({ added: 1, replaced: 0, keptBoth: 0, skipped: 2, unchanged: 0, written: [fresh] });
    expect(await db.snippets.get(second.id)).toEqual(second);
    expect(await db.snippets.get('new-1')).toEqual(fresh);
    expect(await db.snippets.count()).toBe(3);
  });

  it('overwrites matched snippets, keeping their ids', async () => {
    const db = await libraryWith([first, second]);
    const report = await applyImport(db, [duplicate, conflict], 'overwrite');
    expect(report.replaced).toBe(2);
    expect(await db.snippets.get(first.id)).toEqual({ ...duplicate, id: first.id });
    expect(await db.snippets.get(second.id)).toEqual(conflict);
    expect(await db.snippets.count()).toBe(2);
  });

  it('keeps both, giving the incoming one a new id when its id is taken', async () => {
    const db = await libraryWith([first, second]);
    const report = await applyImport(db, [duplicate, conflict], 'keep-both', () => 'generated');
    expect(report.keptBoth).toBe(2);
    expect(await db.snippets.get('other-id')).toEqual(duplicate);
    expect(await db.snippets.get('generated')).toEqual({ ...conflict, id: 'generated' });
    expect(await db.snippets.get(second.id)).toEqual(second);
  });

  it('imports an export into an empty library with every field intact', async () => {
    const source = await libraryWith(sampleLibrary());
    const text = serializeExport(exportLibrary(await source.snippets.toArray()));
    const target = await libraryWith([]);
    const result = await importFile(target, 'backup.json', new TextEncoder().encode(text));
    expect(result).toMatchObject({ ok: true, report: { added: 2 } });
    expect(await snapshot(target)).toBe(await snapshot(source));
  });

  it('writes nothing when one write fails midway', async () => {
    const db = await libraryWith([first]);
    const before = await snapshot(db);
    let creates = 0;
    db.snippets.hook('creating', () => {
      if (++creates === 2) throw new Error('disk full');
    });
    await expect(applyImport(db, [fresh, { ...fresh, id: 'new-2', title: '再一条' }, conflict])).rejects.toThrow();
    expect(await snapshot(db)).toBe(before);
  });

  it('previews against the library as it is', async () => {
    const db = await libraryWith([first, second]);
    expect((await previewImport(db, incoming)).counts).toEqual({ new: 2, unchanged: 1, duplicate: 1, conflict: 0 });
  });
});

describe('importFile with hostile input', () => {
  const valid = serializeExport(exportLibrary([fresh, conflict]));
  // Mutations a damaged or crafted file might carry.
  const mutated = fc.oneof(
    fc.string(),
    fc.uint8Array({ maxLength: 200 }),
    fc.nat(valid.length).map((n) => valid.slice(0, n)),
    fc
      .tuple(fc.nat(valid.length), fc.string({ maxLength: 5 }))
      .map(([at, s]) => valid.slice(0, at) + s + valid.slice(at)),
    fc
      .tuple(fc.constantFrom('title', 'favorite', 'tags', 'id', 'useCount', 'version', 'format'), fc.jsonValue())
      .map(([key, value]) => valid.replace(new RegExp(`"${key}": [^,\\n]+`), `"${key}": ${JSON.stringify(value)}`)),
  );

  const names = fc.constantFrom('library.json', 'notes.txt', 'table.csv', 'LIBRARY.JSON', 'x.docx', 'noextension');
  const bytes = fc.oneof(
    mutated,
    fc.uint8Array({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .array(fc.constantFrom('"', ',', '\n', '\r\n', '标题', '正文', 'a', '', '\uFEFF'), { maxLength: 40 })
      .map((p) => p.join('')),
  );

  it('never throws; a refused file leaves the database byte for byte as it was', {
    timeout: fuzzTimeout(300),
  }, async () => {
    const db = await libraryWith([first, second]);
    await db.settings.put({ key: 'profile', value: { 姓名: '张三' } });
    const before = await dumpDatabase(db.name);
    await runFuzzAsync(
      'import: any file, refused ones change nothing in the database',
      fc.asyncProperty(
        names,
        bytes,
        fc.constantFrom('skip' as const, 'overwrite' as const, 'keep-both' as const),
        timed(async (name, content, policy) => {
          const result = await importFile(db, name, content, policy);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) expect(p.zh && p.en).toBeTruthy();
            expect(await dumpDatabase(db.name)).toEqual(before);
          } else {
            for (const s of await db.snippets.toArray()) expect(SnippetRecord.safeParse(s).success).toBe(true);
            await db.snippets.clear();
            await db.snippets.bulkAdd([first, second]);
          }
        }),
      ),
      { quick: 300, weight: 0.2 },
    );
  });
});
