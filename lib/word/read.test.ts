import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatNumber } from './number-format';
import { DocxError } from './ooxml';
import { docxText, readDocx } from './read';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string, numbering = '', styles = '') =>
  zipSync({
    'word/document.xml': strToU8(`<w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...(numbering ? { 'word/numbering.xml': strToU8(`<w:numbering ${W}>${numbering}</w:numbering>`) } : {}),
    ...(styles ? { 'word/styles.xml': strToU8(`<w:styles ${W}>${styles}</w:styles>`) } : {}),
  });
const p = (text: string, numId?: number, ilvl = 0) =>
  `<w:p>${numId === undefined ? '' : `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const lvl = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const texts = (bytes: Uint8Array) => readDocx(bytes).map((q) => q.text);

describe('readDocx', () => {
  it('resolves multilevel numbering: deeper levels restart, %1.%2 takes each level’s format', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%1.%3', '<w:isLgl/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [p('甲', 1), p('乙', 1, 1), p('丙', 1, 1), p('丁', 1, 2), p('戊', 1), p('己', 1, 1), p('正文')].join(
      '',
    );
    expect(texts(docx(body, numbering))).toEqual([
      '一、甲',
      '（一）乙',
      '（二）丙',
      '1.1丁',
      '二、戊',
      '（一）己',
      '正文',
    ]);
  });

  it('continues a list across instances of one abstract list, restarts on a start override', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '（%1）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;
    const body = [p('a', 1), p('b', 2), p('c', 3), p('d', 3), p('e', 0)].join('');
    expect(texts(docx(body, numbering))).toEqual(['（1）a', '（2）b', '（5）c', '（6）d', 'e']);
  });

  it('takes numbering and heading levels from styles (through basedOn), bullets without a marker', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '●')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const styles = `<w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H1b"><w:name w:val="我的标题"/><w:basedOn w:val="H"/></w:style><w:style w:type="paragraph" w:styleId="T2"><w:name w:val="标题 2"/></w:style>`;
    const styled = (id: string, text: string) =>
      `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const read = readDocx(
      docx(
        styled('H', '基本情况') + styled('H1b', '存在问题') + styled('T2', '小标题') + p('要点', 2),
        numbering,
        styles,
      ),
    );
    expect(read).toEqual([
      { text: '一、基本情况', outline: 1 },
      { text: '二、存在问题', outline: 1 },
      { text: '小标题', outline: 2 },
      { text: '要点' },
    ]);
  });

  it('reads what Word shows: tracked insertions yes, deletions and hidden text no, tables cell by cell', () => {
    const body = `<w:p><w:r><w:t>工作</w:t></w:r><w:del><w:r><w:delText>删掉</w:delText></w:r></w:del><w:ins><w:r><w:t>扎实</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:tab/><w:t>推进</w:t></w:r></w:p><w:tbl><w:tr><w:tc>${p('单元一')}</w:tc><w:tc>${p('单元二')}</w:tc></w:tr></w:tbl><w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p><w:p><w:r><w:t>one</w:t><w:br/><w:t>two</w:t></w:r></w:p>`;
    const read = readDocx(docx(body));
    expect(read.map((q) => q.text)).toEqual(['工作扎实\t推进', '单元一', '单元二', '第一行\n第二行', 'one\ntwo']);
    expect(docxText(read).split('\n')).toEqual(['工作扎实\t推进', '单元一', '单元二', '第一行第二行', 'one two']);
  });

  it('refuses what is no .docx with a clear reason', () => {
    const reason = (bytes: Uint8Array) => {
      try {
        readDocx(bytes);
        return 'read';
      } catch (error) {
        return error instanceof DocxError ? `${error.code} ${error.zh}` : `other ${error}`;
      }
    };
    expect(reason(strToU8('一、主要工作'))).toMatch(/^not-zip .*另存为/);
    expect(reason(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toMatch(/^old-doc .*\.doc/);
    expect(reason(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }))).toMatch(/^not-docx /);
    expect(reason(zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') }))).toMatch(/^bad-xml /);
    // Entities declared in the file are not expanded (no “billion laughs”).
    const entities = `<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document ${W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    expect(reason(zipSync({ 'word/document.xml': strToU8(entities) }))).toMatch(/^bad-xml /);
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(65 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(reason(bomb)).toMatch(/^too-large /);
  });
});

describe('formatNumber', () => {
  it('writes Word’s list formats as Word does', () => {
    expect(['chineseCounting', 'chineseCountingThousand'].map((f) => formatNumber(f, 12))).toEqual(['十二', '十二']);
    expect(formatNumber('decimalEnclosedCircle', 3)).toBe('③');
    expect(formatNumber('ideographTraditional', 2)).toBe('乙');
    expect(formatNumber('chineseLegalSimplified', 3)).toBe('叁');
    expect(formatNumber('upperRoman', 14)).toBe('XIV');
    expect(formatNumber('lowerLetter', 28)).toBe('bb');
    expect(formatNumber('decimalFullWidth', 10)).toBe('１０');
    expect(formatNumber('somethingNew', 7)).toBe('7');
  });
});

describe('the hand-built WPS fixture', () => {
  it('is exactly its XML sources, zipped', () => {
    const root = fileURLToPath(new URL('../../tests/fixtures/word/wps-report/', import.meta.url));
    const sources: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else sources[relative(root, path)] = readFileSync(path, 'utf8');
      }
    };
    walk(root);
    const zipped = unzipSync(readFileSync(join(root, '../wps-report.docx')));
    const unzipped = Object.fromEntries(Object.entries(zipped).map(([k, v]) => [k, new TextDecoder().decode(v)]));
    expect(unzipped).toEqual(sources);
  });
});
