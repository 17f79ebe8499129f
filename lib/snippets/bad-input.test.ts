import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInputs, badTemplates, validExport } from '../../tests/support/bad-inputs';
import { fuzzTimeout, runFuzz, timed } from '../../tests/support/fuzz';
import { type DatabaseDump, dumpDatabase } from '../../tests/support/idb-dump';
import { type Snippet, TianbaoDB } from '../db/tianbao';
import { saveUserTemplate } from '../settings/templates';
import { BUILTIN_TEMPLATES, parseTemplate } from '../structure';
import { importFile, readImportFile } from './import-file';
import { SnippetRecord } from './transfer';

// The corpus of bad import files (bad-inputs.ts): each is refused with the expected problem, a clear
// message in Chinese and in English, and the database exactly as it was, dumped in full.

const CJK = /[\u4e00-\u9fff]/;
// What a raw library message would look like; a user must never see one.
const RAW = /Invalid input|Unexpected token|undefined|NaN|\[object|SyntaxError|zod/;

let db: TianbaoDB;
let before: DatabaseDump;

beforeAll(async () => {
  db = new TianbaoDB('bad-input');
  await db.open();
  await db.settings.put({ key: 'profile', value: { 姓名: '张三', 单位: '某县农业农村局' } });
  before = await dumpDatabase(db.name);
});
afterAll(async () => {
  await db.delete();
});

const corpus = badInputs();

describe('bad import files', () => {
  it(`the corpus holds ${corpus.length} bad files`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  for (const bad of corpus) {
    it(`${bad.name} (${bad.file}): ${bad.code}`, { timeout: 20_000 }, async () => {
      const start = performance.now();
      const result = await importFile(db, bad.file, bad.content(), 'overwrite');
      expect(performance.now() - start).toBeLessThan(5_000);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const [first] = result.problems;
      expect(first?.code).toBe(bad.code);
      for (const p of result.problems) {
        expect(p.zh).toMatch(CJK);
        expect(p.zh).not.toMatch(RAW);
        expect(p.en).toMatch(/[a-z]{3}/);
        expect(p.en).not.toMatch(RAW);
      }
      if (bad.zh) expect(first?.zh).toMatch(bad.zh);
      expect(await dumpDatabase(db.name)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('a valid file of the same kinds is accepted (the corpus fails for its faults, not by accident)', () => {
    expect(readImportFile('library.json', new TextEncoder().encode(validExport())).ok).toBe(true);
    expect(readImportFile('notes.txt', new TextEncoder().encode('开头\n一年来')).ok).toBe(true);
    expect(readImportFile('table.csv', new TextEncoder().encode('标题,正文\n开头,"一年来，""引号"""')).ok).toBe(true);
  });
});

describe('any file', () => {
  const valid = validExport();
  const file = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.nat(valid.length).map((n) => valid.slice(0, n)),
    fc
      .tuple(fc.nat(valid.length), fc.nat(valid.length), fc.string({ maxLength: 8 }))
      .map(([a, b, s]) => valid.slice(0, Math.min(a, b)) + s + valid.slice(Math.max(a, b))),
    fc
      .array(fc.constantFrom('"', ',', '\n', '\r', '\r\n', '标题', '正文', '标签', '\uFEFF', '{{', 'a', ' '), {
        maxLength: 60,
      })
      .map((p) => p.join('')),
  );
  it('is read or refused with messages, never a throw; what is read is valid', { timeout: fuzzTimeout(2000) }, () => {
    runFuzz(
      'import: readImportFile on any .json, .txt or .csv',
      fc.property(
        fc.constantFrom('a.json', 'a.txt', 'a.csv'),
        file,
        timed((name, content) => {
          const result = readImportFile(name, content);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) expect(p.zh).toMatch(CJK);
          } else for (const s of result.snippets as Snippet[]) expect(SnippetRecord.safeParse(s).success).toBe(true);
        }),
      ),
      { quick: 2000 },
    );
  });
});

describe('bad template files', () => {
  const base = JSON.stringify(BUILTIN_TEMPLATES[0]);
  const templates = badTemplates(base);
  let before: DatabaseDump;
  beforeAll(async () => {
    await saveUserTemplate(db, JSON.stringify({ ...BUILTIN_TEMPLATES[0], id: 'mine' }));
    before = await dumpDatabase(db.name);
  });

  for (const bad of templates) {
    it(`template ${bad.name}: refused with a Chinese message, nothing saved`, { timeout: 20_000 }, async () => {
      const content = bad.content();
      const result = await saveUserTemplate(
        db,
        typeof content === 'string' ? new TextEncoder().encode(content) : content,
      );
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0]?.zh).toMatch(CJK);
      expect(result.errors.map((e) => e.zh).join('\n')).toMatch(bad.zh);
      expect(await dumpDatabase(db.name)).toEqual(before);
    });
  }

  it('the valid template they are made from is accepted', () => {
    expect(parseTemplate(base).ok).toBe(true);
  });
});
