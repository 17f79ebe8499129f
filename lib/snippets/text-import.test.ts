import { describe, expect, it } from 'vitest';
import { readImportFile } from './import-file';
import { MAX_IMPORT_ROWS, parsePlainText } from './text-import';

let n = 0;
const options = { now: 1000, newId: () => `t${++n}` };

describe('parsePlainText', () => {
  it('makes one snippet per blank-line-separated block, the first line its title', () => {
    const text =
      '述职开头\r\n一年来，在党委的领导下……\r\n现报告如下。\r\n\r\n  \r\n结尾\n以上述职，请予评议。\n\u3000\n特此报告。\n';
    const result = parsePlainText(text, options);
    expect(result.ok && result.snippets.map((s) => [s.title, s.body])).toEqual([
      ['述职开头', '一年来，在党委的领导下……\n现报告如下。'],
      ['结尾', '以上述职，请予评议。'],
      ['特此报告。', '特此报告。'],
    ]);
    expect(result.ok && result.snippets[0]).toMatchObject({ tags: [], favorite: 0, starter: false, createdAt: 1000 });
  });

  it('refuses a block whose title is too long, naming the block', () => {
    const result = parsePlainText(`短标题\n正文\n\n${'长'.repeat(201)}\n正文`, options);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ code: 'invalid-field', path: 'blocks[1].title', zh: '第2段的标题超过200字。' }),
    ]);
  });

  it('refuses a file with no text', () => {
    expect(parsePlainText('\n \n\n', options)).toMatchObject({ ok: false, problems: [{ code: 'empty' }] });
  });
});

describe('readImportFile', () => {
  it('reads .txt as plain text and .json as an export, and refuses other files', () => {
    const bytes = new TextEncoder().encode('标题\n正文');
    expect(readImportFile('素材.TXT', bytes, options)).toMatchObject({ ok: true, snippets: [{ title: '标题' }] });
    expect(readImportFile('素材.json', bytes)).toMatchObject({ ok: false, problems: [{ code: 'not-json' }] });
    expect(readImportFile('素材.docx', bytes)).toMatchObject({ ok: false, problems: [{ code: 'unknown-type' }] });
  });

  it('reads a GBK text file, and refuses it when told it is UTF-8', () => {
    const gbk = new Uint8Array([0xb4, 0xe6, 0xd4, 0xda, 0x0a, 0xce, 0xca, 0xcc, 0xe2]); // 存在\n问题
    expect(readImportFile('a.txt', gbk)).toMatchObject({
      ok: true,
      encoding: 'gb18030',
      snippets: [{ title: '存在' }],
    });
    expect(readImportFile('a.txt', gbk, { encoding: 'utf-8' })).toMatchObject({
      ok: false,
      problems: [{ code: 'not-utf8' }],
    });
  });
});

describe('block cap', () => {
  it('refuses a text file of more blocks than one import takes', () => {
    const result = parsePlainText('一段素材\n\n'.repeat(MAX_IMPORT_ROWS + 1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.code).toBe('too-large');
    expect(result.problems[0]?.zh).toContain('请把它分成几个较小的文件再导入');
  });
});
