import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TianbaoDB } from '../db/tianbao';
import { addTagToSnippets, deleteSnippets, deleteStarter, restoreSnippets, setFavorite } from './bulk';
import { addSnippet, StoreError } from './store';

let db: TianbaoDB;
let name = 0;

beforeEach(() => {
  db = new TianbaoDB(`bulk-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

const sorted = async () => (await db.snippets.toArray()).sort((a, b) => a.id.localeCompare(b.id));

describe('bulk writes', () => {
  it('deletes a selection and restores it exactly, every field included', async () => {
    const mine = await addSnippet(db, { title: '本单位简介', body: '正文', tags: ['单位'] }, 5);
    await setFavorite(db, [mine.id], true);
    const before = await sorted();
    const removed = await deleteSnippets(db, [mine.id, 'starter-01', 'no-such-id']);
    expect(removed.map((s) => s.id).sort()).toEqual([mine.id, 'starter-01'].sort());
    expect(await db.snippets.get(mine.id)).toBeUndefined();
    expect(await db.snippets.count()).toBe(before.length - 2);
    await restoreSnippets(db, removed);
    expect(await sorted()).toEqual(before);
  });

  it('removes only the starter pack, and undo brings it back', async () => {
    const mine = await addSnippet(db, { title: '我的', body: '正文' });
    const before = await sorted();
    const removed = await deleteStarter(db);
    expect(removed.length).toBe(8);
    expect((await db.snippets.toArray()).map((s) => s.id)).toEqual([mine.id]);
    await restoreSnippets(db, removed);
    expect(await sorted()).toEqual(before);
  });

  it('stars and unstars', async () => {
    await setFavorite(db, ['starter-01', 'starter-02'], true);
    expect((await db.snippets.get('starter-02'))?.favorite).toBe(1);
    await setFavorite(db, ['starter-02'], false);
    expect((await db.snippets.get('starter-01'))?.favorite).toBe(1);
    expect((await db.snippets.get('starter-02'))?.favorite).toBe(0);
  });

  it('adds a tag once to each selected snippet and stamps only those it changed', async () => {
    await addTagToSnippets(db, ['starter-01'], '常用', 100);
    const changed = await addTagToSnippets(db, ['starter-01', 'starter-02'], ' 常用 ', 200);
    expect(changed).toBe(1);
    const [one, two] = await db.snippets.bulkGet(['starter-01', 'starter-02']);
    expect(one?.tags.filter((t) => t === '常用')).toEqual(['常用']);
    expect(one?.updatedAt).toBe(100);
    expect(two?.tags).toContain('常用');
    expect(two?.updatedAt).toBe(200);
  });

  it('refuses an empty tag or a 51st tag and writes nothing', async () => {
    const full = await addSnippet(db, {
      title: '满',
      body: '正文',
      tags: Array.from({ length: 50 }, (_, i) => `t${i}`),
    });
    const before = await sorted();
    await expect(addTagToSnippets(db, ['starter-01'], '  ')).rejects.toEqual(new StoreError('invalid'));
    await expect(addTagToSnippets(db, ['starter-01', full.id], '新')).rejects.toEqual(new StoreError('invalid'));
    expect(await sorted()).toEqual(before);
  });
});
