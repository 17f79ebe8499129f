import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fuzzTimeout, runFuzzAsync, timed } from '../../tests/support/fuzz';
import { TianbaoDB } from '../db/tianbao';
import { exportDocx } from '../word/export';
import { readPickedFile } from './docx-import';
import { applyImport, previewImport } from './import-apply';
import { SnippetRecord } from './transfer';

const FIXTURE = new Uint8Array(
  readFileSync(fileURLToPath(new URL('../../tests/fixtures/word/wps-report.docx', import.meta.url))),
);
let ids = 0;
const options = { now: 1_700_000_000_000, newId: () => `d${++ids}` };

describe('snippets from a .docx', () => {
  it('makes a snippet of each paragraph, its heading giving the section hint', async () => {
    const read = await readPickedFile('2025述职.docx', FIXTURE, options);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const rows = read.snippets.map((s) => [s.title, s.sections, s.tags]);
    // Headings, title, signature and date are not snippets; the opening has no section.
    expect(rows[0]).toEqual(['今年以来，我在局党组的坚强领导下，紧扣年…', ['opening'], ['2025述职']]);
    expect(rows).toContainEqual(['坚持把学习作为第一位的任务，全年参加党组…', ['results'], ['2025述职']]);
    expect(rows).toContainEqual(['每天登录学习平台，完成当日学习任务', ['results'], ['2025述职']]);
    expect(rows).toContainEqual(['有时满足于听汇报、看材料,深入基层一线面…', ['problems'], ['2025述职']]);
    expect(rows).toContainEqual(['学习借鉴兄弟单位的好做法，推动工作方法创新', ['plans'], ['2025述职']]);
    expect(rows.at(-1)).toEqual(['以上报告，请予审议。', ['closing'], ['2025述职']]);
    const titles = read.snippets.map((s) => s.title);
    for (const gone of ['2025年度述职报告', '一、主要工作及成效', '（一）抓实理论学习', '李明', '2025年12月26日'])
      expect(titles.some((t) => t.startsWith(gone))).toBe(false);
    expect(read.snippets.every((s) => s.body.length >= 2 && !s.body.includes('\n'))).toBe(true);
  });

  it('titles a paragraph by its run-in topic sentence', async () => {
    const bytes = await exportDocx(
      '一、主要工作\n（一）抓好学习。全年组织学习十二次，撰写心得五篇。\n二、存在的问题\n学习不够深入，调研不够扎实。',
    );
    const read = await readPickedFile('a.docx', bytes, options);
    expect(read.ok && read.snippets.map((s) => [s.title, s.body, s.sections.length])).toEqual([
      ['抓好学习', '（一）抓好学习。全年组织学习十二次，撰写心得五篇。', 1],
      ['学习不够深入，调研不够扎实。', '学习不够深入，调研不够扎实。', 1],
    ]);
  });

  it('goes through the import plan and applies all or nothing, like a .txt', async () => {
    const db = new TianbaoDB(`docx-import-${Date.now()}`);
    const read = await readPickedFile('述职.docx', FIXTURE, options);
    if (!read.ok) throw new Error('refused');
    const before = await db.snippets.count();
    expect((await previewImport(db, read.snippets)).counts.new).toBe(read.snippets.length);
    const report = await applyImport(db, read.snippets, 'skip');
    expect(report.added).toBe(read.snippets.length);
    expect(await db.snippets.count()).toBe(before + read.snippets.length);
    db.close();
  });

  it('refuses an old .doc, a damaged file and an empty document, in both languages', async () => {
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /旧版 Word/],
      [strToU8('not a zip'), /不是 \.docx 文件/],
      [await exportDocx('　'), /没有可导入的段落/],
    ];
    for (const [bytes, zh] of cases) {
      const read = await readPickedFile('x.docx', bytes, options);
      expect(read.ok).toBe(false);
      if (read.ok) continue;
      expect(read.problems[0]?.zh).toMatch(zh);
      expect(read.problems[0]?.en).toMatch(/[a-z]/);
    }
  });

  it('leaves other files to readImportFile', async () => {
    const read = await readPickedFile('a.txt', strToU8('标题\n正文'), options);
    expect(read.ok && read.snippets.map((s) => s.title)).toEqual(['标题']);
  });

  // Any bytes, and zips of WordprocessingML pieces in any order: a result or a refusal, never a throw.
  const piece = fc.constantFrom(
    '<w:p>',
    '</w:p>',
    '<w:r><w:t>一、主要工作</w:t></w:r>',
    '<w:t>正文，内容。</w:t>',
    '<w:pPr><w:numPr><w:ilvl w:val="9"/><w:numId w:val="1"/></w:numPr></w:pPr>',
    '<w:pStyle w:val="H"/>',
    '<w:tbl><w:tr><w:tc>',
    '</w:tc></w:tr></w:tbl>',
    '&amp;',
    '&bogus;',
    '<![CDATA[x]]>',
    '\u0000',
  );
  const body = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const files = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.tuple(body, body).map(([doc, numbering]) =>
      zipSync({
        'word/document.xml': strToU8(`<w:document ${W}><w:body>${doc}</w:body></w:document>`),
        'word/numbering.xml': strToU8(
          `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1%2%9、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>${numbering}</w:numbering>`,
        ),
        'word/styles.xml': strToU8(
          `<w:styles ${W}><w:style w:type="paragraph" w:styleId="H"><w:basedOn w:val="H"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`,
        ),
      }),
    ),
  );

  it('reads any file named .docx without throwing: snippets that are valid, or a refusal in both languages', {
    timeout: fuzzTimeout(200),
  }, async () => {
    await runFuzzAsync(
      'import: any bytes or WordprocessingML as .docx',
      fc.asyncProperty(
        files,
        timed(async (bytes) => {
          const read = await readPickedFile('x.docx', bytes, options);
          if (!read.ok) for (const p of read.problems) expect(p.zh && p.en).toBeTruthy();
          else for (const s of read.snippets) expect(SnippetRecord.safeParse(s).success).toBe(true);
        }),
      ),
      { quick: 200 },
    );
  });
});
