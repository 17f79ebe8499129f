import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvSnippets } from './csv-import';
import { readImportFile } from './import-file';
import { splitTags } from './tags';
import { MAX_IMPORT_ROWS } from './text-import';

let n = 0;
const options = { now: 1000, newId: () => `c${++n}` };

describe('parseCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks, and CRLF rows', () => {
    expect(parseCsv('a,"b,""c""\r\nd",e\r\nf,g\n')).toEqual([
      ['a', 'b,"c"\r\nd', 'e'],
      ['f', 'g'],
    ]);
  });

  it('reports an unclosed quote', () => {
    expect(parseCsv('a,"b\n')).toBeUndefined();
  });

  it('reads back any table written with quoting', () => {
    const cell = fc.string();
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const kept = rows.filter((r) => r.some((v) => v.trim() !== ''));
        const csv = kept.map((r) => r.map((v) => `"${v.replaceAll('"', '""')}"`).join(',')).join('\r\n');
        expect(parseCsv(csv)).toEqual(kept);
      }),
    );
  });
});

describe('parseCsvSnippets', () => {
  it('takes title, body and tags by position, or by a header row in any order', () => {
    const plain = parseCsvSnippets('开头,一年来……,"开头、常用"\n结尾,特此报告。,', options);
    expect(plain.ok && plain.snippets.map((s) => [s.title, s.body, s.tags])).toEqual([
      ['开头', '一年来……', ['开头', '常用']],
      ['结尾', '特此报告。', []],
    ]);
    const headed = parseCsvSnippets('标签,正文,标题\n廉,严格遵守……,廉洁自律', options);
    expect(headed.ok && headed.snippets.map((s) => [s.title, s.body, s.tags])).toEqual([
      ['廉洁自律', '严格遵守……', ['廉']],
    ]);
  });

  it('refuses rows without a title or body, naming the row', () => {
    const result = parseCsvSnippets('标题,正文\n开头,内容\n,没有标题\n结尾,', options);
    expect(result.ok ? [] : result.problems.map((p) => p.zh)).toEqual(['第3行：标题为空。', '第4行：正文为空。']);
  });

  it('is chosen for .csv files', () => {
    const bytes = new TextEncoder().encode('\uFEFF标题,正文\n开头,内容');
    expect(readImportFile('导出.csv', bytes, options)).toMatchObject({ ok: true, snippets: [{ title: '开头' }] });
  });

  it('splits tags on Chinese and Latin separators', () => {
    expect(splitTags('开头、常用，廉;党建 开头')).toEqual(['开头', '常用', '廉', '党建']);
  });
});

describe('row cap', () => {
  it('refuses a CSV of more rows than one import takes, with the cap in both languages', () => {
    const text = `标题,正文\n${'开头,一年来\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    const result = parseCsvSnippets(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.code).toBe('too-large');
    expect(result.problems[0]?.zh).toContain(`一次最多导入${MAX_IMPORT_ROWS}条素材`);
    expect(result.problems[0]?.en).toContain(`at most ${MAX_IMPORT_ROWS} snippets`);
  });

  it('takes exactly the cap', () => {
    const result = parseCsvSnippets(`标题,正文\n${'开头,一年来\n'.repeat(MAX_IMPORT_ROWS)}`);
    expect(result.ok && result.snippets.length).toBe(MAX_IMPORT_ROWS);
  });
});
