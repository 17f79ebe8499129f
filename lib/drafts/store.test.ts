import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftsDB } from '../db/drafts';
import { DEFAULT_RULES, type HistoryRules } from './history';
import {
  allVersions,
  clearSite,
  DraftError,
  type DraftInput,
  exportDrafts,
  latestByField,
  pageVersions,
  pruneOlderThan,
  saveDraft,
  usedBytes,
} from './store';

let count = 0;
const open: DraftsDB[] = [];
function freshDb(): DraftsDB {
  const db = new DraftsDB(`drafts-test-${++count}`);
  open.push(db);
  return db;
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const input = (text: string, field = 'grzj', page = '/kaohe'): DraftInput => ({
  site: 'https://oa.example.gov.cn',
  page,
  field,
  label: '个人总结',
  title: '考核登记表',
  text,
});

describe('saveDraft history', () => {
  it('merges typing on into one version, and keeps the newest text', async () => {
    const db = freshDb();
    const start = 1_000_000;
    let text = '';
    for (let i = 0; i < 50; i++) {
      text += '一年来，我认真学习。';
      await saveDraft(db, input(text), start + i * 1000);
    }
    const versions = await pageVersions(db, 'https://oa.example.gov.cn', '/kaohe');
    expect(versions).toHaveLength(1);
    expect(versions[0]?.text).toBe(text);
    expect(versions[0]?.createdAt).toBe(start);
  });

  it('keeps the earlier text as a version when much of it is deleted or replaced', async () => {
    const db = freshDb();
    const long = '坚持以习近平新时代中国特色社会主义思想为指导，认真履行岗位职责。'.repeat(3);
    await saveDraft(db, input(long), 1000);
    await saveDraft(db, input('重新写过。'), 2000);
    const versions = await pageVersions(db, 'https://oa.example.gov.cn', '/kaohe');
    expect(versions.map((v) => v.text)).toEqual(['重新写过。', long]);
  });

  it('starts a new version after a pause and after a long session', async () => {
    const db = freshDb();
    await saveDraft(db, input('第一段'), 0);
    await saveDraft(db, input('第一段。第二段'), DEFAULT_RULES.pauseMs + 1);
    const afterPause = await pageVersions(db, 'https://oa.example.gov.cn', '/kaohe');
    expect(afterPause).toHaveLength(2);
    // Saves every 10 s for 40 minutes: a version per span, not one per save.
    let text = '';
    const t0 = 10 * DEFAULT_RULES.pauseMs;
    for (let t = 0; t <= 40 * 60_000; t += 10_000) {
      text += '字';
      await saveDraft(db, input(text, 'wt'), t0 + t);
    }
    const wt = (await pageVersions(db, 'https://oa.example.gov.cn', '/kaohe')).filter((v) => v.field === 'wt');
    expect(wt.length).toBe(Math.ceil((40 * 60_000) / (DEFAULT_RULES.spanMs + 10_000)));
  });

  it('writes nothing for unchanged text or an emptied field', async () => {
    const db = freshDb();
    expect(await saveDraft(db, input('   '), 1)).toBe('unchanged');
    expect(await saveDraft(db, input('内容'), 2)).toBe('added');
    expect(await saveDraft(db, input('内容'), 3)).toBe('unchanged');
    expect(await saveDraft(db, input(''), 4)).toBe('unchanged');
    expect((await allVersions(db)).map((v) => v.text)).toEqual(['内容']);
  });

  it('keeps fields and pages apart', async () => {
    const db = freshDb();
    await saveDraft(db, input('甲', 'a'), 1);
    await saveDraft(db, input('乙', 'b'), 2);
    await saveDraft(db, input('丙', 'a', '/other'), 3);
    const latest = await latestByField(db, 'https://oa.example.gov.cn', '/kaohe');
    expect(latest.map((v) => [v.field, v.text]).sort()).toEqual([
      ['a', '甲'],
      ['b', '乙'],
    ]);
  });
});

describe('eviction', () => {
  const rules: HistoryRules = { ...DEFAULT_RULES, smallEditChars: 0, versionsPerField: 3, totalBytes: 200 };

  it('keeps at most versionsPerField versions of a field, the oldest going first', async () => {
    const db = freshDb();
    for (let i = 1; i <= 6; i++) await saveDraft(db, input(`版本${i}`), i * 1000, rules);
    const texts = (await pageVersions(db, 'https://oa.example.gov.cn', '/kaohe')).map((v) => v.text);
    expect(texts).toEqual(['版本6', '版本5', '版本4']);
  });

  it('evicts the oldest versions of any field past the total size, never the newest text', async () => {
    const db = freshDb();
    await saveDraft(db, input('a'.repeat(40), 'one'), 1000, rules); // 80 bytes
    await saveDraft(db, input('b'.repeat(40), 'two'), 2000, rules); // 160
    await saveDraft(db, input('c'.repeat(40), 'three'), 3000, rules); // 240: 'one' goes
    expect((await allVersions(db)).map((v) => v.field)).toEqual(['three', 'two']);
    expect(await usedBytes(db)).toBe(160);
    // A single text larger than the whole budget is still kept: it is the newest.
    await saveDraft(db, input('d'.repeat(150), 'big'), 4000, rules);
    expect((await allVersions(db)).map((v) => v.field)).toEqual(['big']);
  });
});

describe('a full disk', () => {
  // fake-indexeddb made to fail writes the way a full disk or quota does in a browser.
  function failWrites(times: number) {
    const proto = IDBObjectStore.prototype;
    const { put, add } = proto;
    let left = times;
    const fail = <T extends (...a: never[]) => IDBRequest>(real: T) =>
      function (this: IDBObjectStore, ...args: Parameters<T>) {
        if (left > 0) {
          left--;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return real.apply(this, args);
      } as unknown as T;
    proto.put = fail(put);
    proto.add = fail(add);
    return () => {
      proto.put = put;
      proto.add = add;
    };
  }

  it('makes room by evicting older versions, then saves the newest text', async () => {
    const db = freshDb();
    const rules: HistoryRules = { ...DEFAULT_RULES, smallEditChars: 0 };
    for (let i = 1; i <= 8; i++) await saveDraft(db, input(`旧稿${i}`), i, rules);
    const restore = failWrites(1);
    try {
      expect(await saveDraft(db, input('最新的文字'), 100, rules)).toBe('added');
    } finally {
      restore();
    }
    const texts = (await allVersions(db)).map((v) => v.text);
    expect(texts[0]).toBe('最新的文字');
    expect(texts).not.toContain('旧稿1');
    expect(texts.length).toBeLessThan(9);
  });

  it('reports quota clearly and leaves the stored drafts as they were when no room can be made', async () => {
    const db = freshDb();
    await saveDraft(db, input('已保存的文字'), 1);
    const restore = failWrites(10);
    try {
      await expect(
        saveDraft(db, input('已保存的文字，又写了很多很多很多很多很多很多很多很多很多很多'), 2),
      ).rejects.toEqual(new DraftError('quota'));
    } finally {
      restore();
    }
    expect((await allVersions(db)).map((v) => v.text)).toEqual(['已保存的文字']);
  });
});

describe('export and clear', () => {
  it('exports every draft as dated JSON and clears one site', async () => {
    const db = freshDb();
    await saveDraft(db, input('甲'), Date.UTC(2026, 0, 2));
    await saveDraft(db, { ...input('乙'), site: 'https://other.gov.cn' }, Date.UTC(2026, 0, 3));
    const json = JSON.parse(exportDrafts(await allVersions(db), Date.UTC(2026, 0, 4)));
    expect(json.format).toBe('tianbao-drafts');
    expect(json.drafts.map((d: { text: string }) => d.text)).toEqual(['乙', '甲']);
    expect(json.drafts[1].savedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(await clearSite(db, 'https://other.gov.cn')).toBe(1);
    expect((await allVersions(db)).map((v) => v.text)).toEqual(['甲']);
  });
});

describe('retention', () => {
  it('removes versions older than the retention, a field’s newest included, and keeps the rest', async () => {
    const db = freshDb();
    const day = 24 * 60 * 60 * 1000;
    const now = Date.UTC(2026, 11, 6);
    await saveDraft(db, input('很久以前的草稿。', 'old'), now - 31 * day);
    await saveDraft(db, input('上周的草稿。', 'recent'), now - 7 * day);
    await saveDraft(db, input('今天的草稿。', 'today'), now);
    expect(await pruneOlderThan(db, 30, now)).toBe(1);
    expect((await allVersions(db)).map((v) => v.field).sort()).toEqual(['recent', 'today']);
    expect(await pruneOlderThan(db, 1, now)).toBe(1);
    expect((await allVersions(db)).map((v) => v.field)).toEqual(['today']);
  });
});

describe('cut drafts', () => {
  it('keep the field’s whole length beside the text kept, and lose it when the text fits again', async () => {
    const db = freshDb();
    await saveDraft(db, { ...input('甲'.repeat(1000)), cut: 5_000_000 }, 1_000_000);
    expect((await latestByField(db, 'https://oa.example.gov.cn', '/kaohe'))[0]?.cut).toBe(5_000_000);
    await saveDraft(db, input(`${'甲'.repeat(1000)}乙`), 1_000_500);
    expect((await latestByField(db, 'https://oa.example.gov.cn', '/kaohe'))[0]?.cut).toBeUndefined();
  });
});
