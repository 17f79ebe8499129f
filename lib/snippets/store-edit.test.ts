import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TianbaoDB } from '../db/tianbao';
import { addSnippet, duplicateSnippet, recordUse, StoreError, updateSnippet } from './store';

let db: TianbaoDB;
let name = 0;

beforeEach(() => {
  db = new TianbaoDB(`edit-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

describe('editing a snippet', () => {
  it('replaces the edited fields, stamps updatedAt and keeps counters and creation time', async () => {
    const s = await addSnippet(db, { title: '旧', body: '旧正文' }, 10);
    await recordUse(db, s.id, 20);
    const next = await updateSnippet(
      db,
      s.id,
      { title: ' 新 ', body: '新正文', tags: ['开头'], genres: ['shuzhi'], sections: ['opening'] },
      30,
    );
    expect(next).toEqual({
      ...s,
      title: '新',
      body: '新正文',
      tags: ['开头'],
      genres: ['shuzhi'],
      sections: ['opening'],
      updatedAt: 30,
      useCount: 1,
      lastUsedAt: 20,
    });
    expect(await db.snippets.get(s.id)).toEqual(next);
  });

  it('refuses an empty title or a deleted snippet and writes nothing', async () => {
    const s = await addSnippet(db, { title: '旧', body: '旧正文' });
    const before = await db.snippets.toArray();
    await expect(updateSnippet(db, s.id, { title: '', body: 'x' })).rejects.toEqual(new StoreError('title-empty'));
    await expect(updateSnippet(db, 'gone', { title: 't', body: 'x' })).rejects.toEqual(new StoreError('not-found'));
    expect(await db.snippets.toArray()).toEqual(before);
  });
});

describe('duplicating a snippet', () => {
  it('copies text, tags, genres and sections under a new id as a fresh snippet of the user', async () => {
    await db.snippets.update('starter-01', { favorite: 1, useCount: 4 });
    const original = await db.snippets.get('starter-01');
    const copy = await duplicateSnippet(db, 'starter-01', '（副本）', 99);
    expect(copy.id).not.toBe('starter-01');
    expect(copy).toMatchObject({
      title: `${original?.title}（副本）`,
      body: original?.body,
      tags: original?.tags,
      favorite: 0,
      starter: false,
      createdAt: 99,
      updatedAt: 99,
      useCount: 0,
      lastUsedAt: 0,
    });
    expect(await db.snippets.get(copy.id)).toEqual(copy);
    expect(await db.snippets.get('starter-01')).toEqual(original);
  });

  it('keeps a copy of a 200-character title within the limit', async () => {
    const s = await addSnippet(db, { title: '长'.repeat(200), body: '正文' });
    const copy = await duplicateSnippet(db, s.id, '（副本）');
    expect(copy.title.length).toBe(200);
    expect(copy.title.endsWith('（副本）')).toBe(true);
  });

  it('reports a snippet deleted meanwhile', async () => {
    await expect(duplicateSnippet(db, 'gone', '（副本）')).rejects.toEqual(new StoreError('not-found'));
  });
});
