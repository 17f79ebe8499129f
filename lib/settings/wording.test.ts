import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkForm } from '../analysis/form-check';
import { TianbaoDB } from '../db/tianbao';
import { exportUnitWording } from '../structure';
import {
  addAcceptedWord,
  importUnitWording,
  loadAcceptedWords,
  loadUnitWording,
  profileYear,
  removeAcceptedWord,
  removeUnitWording,
} from './wording';

let n = 0;
const opened: TianbaoDB[] = [];
const fresh = () => {
  const db = new TianbaoDB(`wording-test-${++n}`);
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const field = (text: string) => ({
  frames: [
    {
      frameId: 0,
      fields: [
        { id: 'f', kind: 'textarea' as const, editor: '', label: '工作总结', required: false, visible: true, text },
      ],
    },
  ],
});
const rules = (reports: ReturnType<typeof checkForm>) => reports.flatMap((r) => r.findings.map((f) => f.rule));

describe('the writer’s word list', () => {
  it('keeps each word once, and the form check never flags a word on it', async () => {
    const db = fresh();
    const scan = field('其它事项均已办结。');
    expect(rules(checkForm(scan))).toContain('wording/typo');
    await addAcceptedWord(db, ' 其它 ');
    await addAcceptedWord(db, '其它');
    expect(await loadAcceptedWords(db)).toEqual(['其它']);
    expect(rules(checkForm(scan, { accepted: await loadAcceptedWords(db) }))).not.toContain('wording/typo');
    await removeAcceptedWord(db, '其它');
    expect(await loadAcceptedWords(db)).toEqual([]);
  });

  it('reads a damaged row as an empty list', async () => {
    const db = fresh();
    await db.settings.put({ key: 'wording-accepted', value: [1, 2] });
    expect(await loadAcceptedWords(db)).toEqual([]);
  });
});

describe('unit wording lists (统一口径)', () => {
  const list = {
    format: 'tianbao-wording',
    version: 1,
    name: '县委办',
    forbidden: [{ text: '基本完成', preferred: '全面完成' }],
    required: [],
  };

  it('imports a file whole, replaces a list of the same name, exports what it imported', async () => {
    const db = fresh();
    const first = await importUnitWording(db, new TextEncoder().encode(JSON.stringify(list)));
    expect(first).toMatchObject({ ok: true, replaced: false });
    const again = await importUnitWording(db, JSON.stringify({ ...list, forbidden: [{ text: '大概' }] }));
    expect(again).toMatchObject({ ok: true, replaced: true });
    const stored = await loadUnitWording(db);
    expect(stored.map((l) => l.forbidden.map((f) => f.text))).toEqual([['大概']]);
    expect(JSON.parse(exportUnitWording(stored[0] as (typeof stored)[0]))).toMatchObject({ name: '县委办' });
    expect(rules(checkForm(field('任务大概完成。'), { units: stored }))).toContain('wording/unit-forbidden');
    await removeUnitWording(db, '县委办');
    expect(await loadUnitWording(db)).toEqual([]);
  });

  it('refuses a file with any bad entry, names each, and keeps what was stored', async () => {
    const db = fresh();
    await importUnitWording(db, JSON.stringify(list));
    const bad = await importUnitWording(
      db,
      JSON.stringify({ ...list, forbidden: [{ text: '其他' }, { text: '' }, { text: '其他', colour: 1 }] }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.map((e) => e.path)).toEqual(['forbidden[1].text', 'forbidden[2]', 'forbidden[2].text']);
    expect((await loadUnitWording(db)).map((l) => l.forbidden.length)).toEqual([1]);
    const gbk = await importUnitWording(db, new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xff, 0xfe]));
    expect(gbk.ok).toBe(false);
    expect((await importUnitWording(db, 'not json')).ok).toBe(false);
  });
});

describe('the profile’s 年度', () => {
  it('names the year the reports are about', () => {
    expect(profileYear({ 年度: '2025' })).toBe(2025);
    expect(profileYear({ 年度: '2025年度' })).toBe(2025);
    expect(profileYear({ 年度: '今年' })).toBeUndefined();
    expect(profileYear({})).toBeUndefined();
  });
});
