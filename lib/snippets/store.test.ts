import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TianbaoDB } from '../db/tianbao';
import { starterSnippets } from './starter';
import { addSnippet, deleteSnippet, listSnippets, recordUse, StoreError } from './store';

let db: TianbaoDB;
let name = 0;

beforeEach(() => {
  // A fresh database per test, as a fresh browser profile would have.
  db = new TianbaoDB(`test-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

describe('the snippet database', () => {
  it('starts with the starter pack, once', async () => {
    const first = await listSnippets(db);
    expect(first.map((s) => s.id).sort()).toEqual(starterSnippets(0).map((s) => s.id));
    db.close();
    const reopened = new TianbaoDB(db.name);
    expect(await reopened.snippets.count()).toBe(first.length);
    reopened.close();
  });

  it('saves a snippet with every field set and reads it back after reopening', async () => {
    const saved = await addSnippet(db, { title: '  本单位简介 ', body: '正文\n第二段', tags: ['单位', '开头'] }, 1000);
    db.close();
    const reopened = new TianbaoDB(db.name);
    expect(await reopened.snippets.get(saved.id)).toEqual({
      id: saved.id,
      title: '本单位简介',
      body: '正文\n第二段',
      tags: ['单位', '开头'],
      genres: [],
      sections: [],
      favorite: 0,
      starter: false,
      createdAt: 1000,
      updatedAt: 1000,
      useCount: 0,
      lastUsedAt: 0,
    });
    reopened.close();
  });

  it.each([
    [{ title: '', body: '正文' }, 'title-empty'],
    [{ title: '   ', body: '正文' }, 'title-empty'],
    [{ title: '标题', body: '' }, 'body-empty'],
    [{ title: '长'.repeat(201), body: '正文' }, 'title-too-long'],
    [{ title: '标题', body: '长'.repeat(100_001) }, 'body-too-long'],
  ])('refuses %j with %s and writes nothing', async (input, code) => {
    const before = await db.snippets.toArray();
    await expect(addSnippet(db, input)).rejects.toEqual(new StoreError(code as StoreError['code']));
    expect(await db.snippets.toArray()).toEqual(before);
  });

  it('ranks favourites, then the most used, then the newest', async () => {
    const now = Date.now() + 60_000; // later than the starter pack's creation
    const a = await addSnippet(db, { title: 'A', body: 'a' }, now);
    const b = await addSnippet(db, { title: 'B', body: 'b' }, now + 1);
    await recordUse(db, a.id, now + 2);
    await db.snippets.update('starter-08', { favorite: 1 });
    const order = (await listSnippets(db)).map((s) => s.id);
    expect(order.slice(0, 3)).toEqual(['starter-08', a.id, b.id]);
    expect((await db.snippets.get(a.id))?.lastUsedAt).toBe(now + 2);
  });

  it('deletes one snippet and leaves the others', async () => {
    const count = await db.snippets.count();
    await deleteSnippet(db, 'starter-01');
    expect(await db.snippets.get('starter-01')).toBeUndefined();
    expect(await db.snippets.count()).toBe(count - 1);
  });

  it('reports a full quota as "quota" and keeps the data as it was', async () => {
    const before = await db.snippets.toArray();
    db.snippets.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(addSnippet(db, { title: '标题', body: '正文' })).rejects.toEqual(new StoreError('quota'));
    expect(await db.snippets.toArray()).toEqual(before);
  });
});
