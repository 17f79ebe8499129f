import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../tests/support/idb-dump';
import { failWritesForQuota, unopenableFactory } from '../../tests/support/idb-faults';
import { makeSnippet, sampleLibrary } from '../../tests/support/snippets';
import { TianbaoDB } from '../db/tianbao';
import { setRuleSetting } from '../settings/rules';
import { deleteUserTemplate, saveUserTemplate } from '../settings/templates';
import { check } from '../structure';
import { addTagToSnippets, restoreSnippets, setFavorite } from './bulk';
import { applyImport } from './import-apply';
import { panelProfile, panelSnippets } from './offline';
import { rememberAnswers, saveProfile } from './profile';
import { starterSnippets } from './starter';
import { addSnippet, deleteSnippet, duplicateSnippet, recordUse, StoreError, updateSnippet } from './store';
import { prepareInsertion } from './variables';

let counter = 0;
let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

async function storeError(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return error instanceof StoreError ? error.code : `not a StoreError: ${String(error)}`;
  }
  return undefined;
}

describe('IndexedDB cannot be opened (a private window)', () => {
  const privateDb = () => new TianbaoDB(`private-${++counter}`, { indexedDB: unopenableFactory(), IDBKeyRange });

  it('the panel lists the starter pack from memory and knows it is not saved', async () => {
    const read = await panelSnippets(privateDb(), 0);
    expect(read.stored).toBe(false);
    expect(read.value).toEqual(starterSnippets(0));
    expect(await panelProfile(privateDb())).toEqual({ value: {}, stored: false });
  });

  it('a starter snippet is still prepared for insertion, and the check still runs', async () => {
    const [snippet] = (await panelSnippets(privateDb())).value;
    const prepared = prepareInsertion(snippet?.body ?? '', {});
    expect(['ready', 'ask']).toContain(prepared.kind);
    const filled = prepareInsertion(snippet?.body ?? '', { 单位: '某县农业农村局', 姓名: '张三', 职务: '局长' });
    expect(filled.kind).toBe('ready');
    if (filled.kind === 'ready') expect(check(filled.text).findings).toBeDefined();
  });

  it('every write says the database is unavailable, as a StoreError the panel turns into a message', async () => {
    const db = privateDb();
    expect(await storeError(addSnippet(db, { title: '新', body: '正文' }))).toBe('unavailable');
    expect(await storeError(recordUse(db, 'starter-01'))).toBe('unavailable');
    expect(await storeError(rememberAnswers(db, { 单位: '某局' }))).toBe('unavailable');
    expect(await storeError(deleteSnippet(db, 'starter-01'))).toBe('unavailable');
  });

  it('with a working database the panel reads it and knows it is saved', async () => {
    const db = new TianbaoDB(`working-${++counter}`);
    const read = await panelSnippets(db);
    expect(read.stored).toBe(true);
    expect(read.value.map((s) => s.id).sort()).toEqual(starterSnippets(0).map((s) => s.id));
    db.close();
  });
});

describe('a write over the quota', () => {
  async function filled() {
    const db = new TianbaoDB(`quota-${++counter}`);
    await db.snippets.clear();
    await db.snippets.bulkAdd(sampleLibrary());
    await db.settings.put({ key: 'profile', value: { 姓名: '张三' } });
    return { db, before: await dumpDatabase(db.name) };
  }

  const [first] = sampleLibrary();
  const id = first?.id ?? '';
  const writes: Record<string, (db: TianbaoDB) => Promise<unknown>> = {
    'add a snippet': (db) => addSnippet(db, { title: '新素材', body: '正文' }),
    'edit a snippet': (db) => updateSnippet(db, id, { title: '改', body: '改过的正文' }),
    'duplicate a snippet': (db) => duplicateSnippet(db, id, '（副本）'),
    'count a use': (db) => recordUse(db, id),
    'remember answers': (db) => rememberAnswers(db, { 单位: '某县农业农村局' }),
    'save the profile': (db) => saveProfile(db, { 姓名: '李四' }),
    'import snippets': (db) => applyImport(db, [makeSnippet({ id: 'in-1' }), makeSnippet({ id: 'in-2' })], 'overwrite'),
    'save a rule setting': (db) => setRuleSetting(db, 'punctuation/half-width', 'off'),
    'star snippets': (db) => setFavorite(db, [id], false),
    'tag snippets': (db) => addTagToSnippets(db, [id], '新标签'),
    'restore deleted snippets': (db) => restoreSnippets(db, [makeSnippet({ id: 'undone' })]),
    'remove a template': (db) => deleteUserTemplate(db, 'none'),
    'save a template': async (db) => {
      const { BUILTIN_TEMPLATES } = await import('../structure');
      return saveUserTemplate(db, JSON.stringify({ ...BUILTIN_TEMPLATES[0], id: 'mine' }));
    },
  };

  for (const [name, write] of Object.entries(writes)) {
    it(`${name}: refused as 'quota', the database exactly as before`, async () => {
      const { db, before } = await filled();
      restore = failWritesForQuota();
      expect(await storeError(write(db))).toBe('quota');
      restore();
      restore = undefined;
      expect(await dumpDatabase(db.name)).toEqual(before);
      // And once there is room again, the same write goes through.
      await write(db);
      expect(await dumpDatabase(db.name)).not.toEqual(before);
      db.close();
    });
  }
});
