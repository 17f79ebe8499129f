import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TianbaoDB } from '../db/tianbao';
import { loadUserTemplates } from '../settings/templates';
import { importUnitWording, loadUnitWording, loadUnitWordingSources, removeUnitWording } from '../settings/wording';
import { addSnippet, deleteSnippet, StoreError, updateSnippet } from '../snippets/store';
import { BUILTIN_TEMPLATES, check } from '../structure';
import { installPack, loadPacks, removePack } from './install';
import { loadPackSites } from './kinds';
import { compareVersions } from './pack-file';

let count = 0;
const open: TianbaoDB[] = [];
function freshDb(): TianbaoDB {
  const db = new TianbaoDB(`packs-test-${++count}`);
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const template = { ...structuredClone(BUILTIN_TEMPLATES[0]), id: 'xian-shuzhi' };
const pack = (version: string, snippets: { id: string; title: string; body: string }[], templates: unknown[] = []) =>
  JSON.stringify({
    format: 'tianbao-pack',
    formatVersion: 1,
    id: 'xian-fgj',
    name: '某县发改局素材包',
    version,
    publisher: '某县发改局办公室',
    items: { snippets, templates },
  });

const V1 = pack(
  '2026.1',
  [
    { id: 'kaitou', title: '本局述职开头', body: '一年来，在县委县政府的坚强领导下……' },
    { id: 'jianjie', title: '本局简介', body: '某县发展和改革局是县政府工作部门。' },
  ],
  [template],
);
const V2 = pack('2026.2', [{ id: 'kaitou', title: '本局述职开头（新）', body: '2026 年，在县委县政府的坚强领导下……' }]);

describe('unit packs', () => {
  it('installs, replaces with a newer version without touching the writer’s own, and removes only its items', async () => {
    const db = freshDb();
    const own = await addSnippet(db, { title: '我的开头', body: '我自己写的开头。', tags: [] });
    const first = await installPack(db, V1, 'file', 1000);
    expect(first).toMatchObject({ ok: true, pack: { version: '2026.1', counts: { snippets: 2, templates: 1 } } });
    const titles = async () =>
      (await db.snippets.toArray())
        .filter((s) => !s.starter)
        .map((s) => s.title)
        .sort();
    expect(await titles()).toEqual(['我的开头', '本局简介', '本局述职开头']);
    expect((await loadUserTemplates(db)).map((t) => t.id)).toEqual(['xian-shuzhi']);

    // Pack items are read-only.
    const packRow = await db.snippets.get('pack:xian-fgj:kaitou');
    expect(packRow?.pack).toBe('xian-fgj');
    await expect(updateSnippet(db, 'pack:xian-fgj:kaitou', { title: '改', body: '改', tags: [] })).rejects.toEqual(
      new StoreError('read-only'),
    );
    await expect(deleteSnippet(db, 'pack:xian-fgj:kaitou')).rejects.toEqual(new StoreError('read-only'));

    expect(await installPack(db, V2, 'file', 2000)).toMatchObject({ ok: true, replaced: '2026.1' });
    expect(await titles()).toEqual(['我的开头', '本局述职开头（新）']);
    expect(await loadUserTemplates(db)).toEqual([]);
    expect(await db.snippets.get(own.id)).toEqual(own);

    // The same version changes nothing; an older one is refused.
    expect(await installPack(db, V2, 'file', 3000)).toMatchObject({ ok: true, unchanged: true });
    expect(await installPack(db, V1, 'file', 3000)).toMatchObject({ ok: false, problems: [{ zh: /更新版本 2026.2/ }] });

    expect(await removePack(db, 'xian-fgj')).toBe(true);
    expect(await titles()).toEqual(['我的开头']);
    expect(await loadPacks(db)).toEqual([]);
  });

  it('refuses a damaged pack with a message and writes nothing', async () => {
    const db = freshDb();
    const before = await db.snippets.count();
    const bad = pack('2026.1', [{ id: 'a', title: '', body: '正文' }]);
    const result = await installPack(db, bad, 'file');
    expect(result).toMatchObject({ ok: false, problems: [{ zh: /第 1 条素材无效/ }] });
    expect(await installPack(db, '{"format":"other"}', 'file')).toMatchObject({ ok: false });
    expect(await installPack(db, pack('2026.1', []).replace('"snippets"', '"gadgets"'), 'file')).toMatchObject({
      ok: false,
      problems: [{ zh: /不认识的内容类型“gadgets”/ }],
    });
    expect(await db.snippets.count()).toBe(before);
    expect(await loadPacks(db)).toEqual([]);
  });

  it('keeps a pack’s sites until the pack is removed', async () => {
    const db = freshDb();
    const withSites = JSON.parse(pack('1', []));
    withSites.items.sites = [{ site: 'https://oa.example.gov.cn', submitCheck: true }];
    expect(await installPack(db, JSON.stringify(withSites), 'file')).toMatchObject({
      ok: true,
      pack: { counts: { sites: 1 } },
    });
    expect(await loadPackSites(db)).toEqual([{ site: 'https://oa.example.gov.cn', submitCheck: true }]);
    withSites.items.sites = [{ site: 'oa.example.gov.cn' }];
    withSites.version = '2';
    expect(await installPack(db, JSON.stringify(withSites), 'file')).toMatchObject({
      ok: false,
      problems: [{ zh: /第 1 个网站无效/ }],
    });
    await removePack(db, 'xian-fgj');
    expect(await loadPackSites(db)).toEqual([]);
  });

  it('compares versions by their numbers', () => {
    expect(compareVersions('2026.10', '2026.9')).toBe(1);
    expect(compareVersions('1.0', '1')).toBe(0);
    expect(compareVersions('1.2', '1.10')).toBe(-1);
  });
});

describe('unit wording lists in a pack', () => {
  const wording = {
    format: 'tianbao-wording',
    version: 1,
    name: '县委组织部统一口径',
    forbidden: [{ text: '两学一做学习教育常态化', preferred: '党史学习教育常态化长效化', severity: 'warning' }],
    required: [],
  };
  const withWording = (version: string, lists: unknown[]) =>
    JSON.stringify({
      format: 'tianbao-pack',
      formatVersion: 1,
      id: 'xian-zzb',
      name: '某县委组织部口径包',
      version,
      publisher: '某县委组织部',
      items: { wording: lists },
    });

  it('are applied beside the writer’s own, left alone by the writer’s removal, and leave with their pack', async () => {
    const db = freshDb();
    await importUnitWording(db, JSON.stringify({ ...wording, name: '我自己的口径', forbidden: [{ text: '其它' }] }));
    expect(await installPack(db, withWording('1', [wording]), 'file', 1000)).toMatchObject({ ok: true });
    expect((await loadUnitWordingSources(db)).map((s) => [s.list.name, s.pack])).toEqual([
      ['我自己的口径', undefined],
      ['县委组织部统一口径', 'xian-zzb'],
    ]);
    // The check uses the pack's list: its forbidden wording is found, with what to write instead.
    const units = await loadUnitWording(db);
    const findings = check('一、主要工作\n坚持两学一做学习教育常态化。', { units }).findings;
    expect(findings.some((f) => f.message.zh.includes('党史学习教育常态化长效化'))).toBe(true);
    // A list of the same name removed by the writer is the writer's only.
    await removeUnitWording(db, '县委组织部统一口径');
    expect((await loadUnitWording(db)).map((l) => l.name)).toEqual(['我自己的口径', '县委组织部统一口径']);
    await removePack(db, 'xian-zzb');
    expect((await loadUnitWording(db)).map((l) => l.name)).toEqual(['我自己的口径']);
  });

  it('refuses a pack whose wording list is malformed, writing nothing', async () => {
    const db = freshDb();
    const bad = await installPack(db, withWording('1', [{ ...wording, forbidden: [{ text: '' }] }]), 'file', 1000);
    expect(bad.ok).toBe(false);
    expect(await loadUnitWording(db)).toEqual([]);
    expect(await loadPacks(db)).toEqual([]);
  });
});
