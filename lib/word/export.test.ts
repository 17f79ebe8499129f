import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type Block, formatDate, toBlocks } from './blocks';
import { exportDocx } from './export';
import { readDocx } from './read';

// The produced .docx is unzipped and its XML read as Word reads it: these are the numbers a reviewer
// would measure with a ruler on the printout.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REPORT = `关于2025年度个人工作的述职报告
各位领导、同志们：
　　一年来，我在组织的领导下认真履行岗位职责，现将有关情况报告如下。
一、主要工作及成效
（一）坚持学习不放松。全年参加集中学习二十四次，撰写学习体会六篇，理论水平有了新的提高。
1.理论学习
按照年度学习计划，逐章逐节学习规定篇目，
做到学有所思、学有所得。
（1）原文学习。每天安排一小时读原著、学原文，全年累计阅读笔记三万余字。
二、存在的问题
调查研究还不够深入，有时满足于听汇报、看材料。
以上报告，请予审议。
王小明
2025年12月26日
`;

const xml = (files: Record<string, Uint8Array>, name: string): Element => {
  const data = files[name];
  if (!data) throw new Error(`missing ${name}`);
  const root = new DOMParser().parseFromString(strFromU8(data), 'application/xml').documentElement;
  if (!root) throw new Error(`bad ${name}`);
  return root;
};
const all = (el: Element, name: string): Element[] => Array.from(el.getElementsByTagNameNS(W, name));
const one = (el: Element | undefined, name: string): Element | undefined => (el ? all(el, name)[0] : undefined);
const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? null;
const text = (p: Element) =>
  all(p, 't')
    .map((t) => t.textContent)
    .join('');

async function exported(source = REPORT, options = {}) {
  const files = unzipSync(await exportDocx(source, options));
  const document = xml(files, 'word/document.xml');
  const styles = xml(files, 'word/styles.xml');
  const paragraphs = all(document, 'p');
  const style = (id: string) => all(styles, 'style').find((s) => attr(s, 'styleId') === id);
  const byText = (start: string) => {
    const p = paragraphs.find((q) => text(q).startsWith(start));
    if (!p) throw new Error(`no paragraph ${start}`);
    return p;
  };
  return { files, document, styles, paragraphs, style, byText };
}

// The font and size a run is drawn in: its own properties, else its paragraph style's, else the defaults.
function face(r: Element, styleOf: (p: Element) => Element | undefined, defaults: Element) {
  const p = r.parentNode as Element;
  const sources = [one(r, 'rPr'), one(styleOf(p), 'rPr'), defaults];
  const fonts = sources.map((s) => one(s, 'rFonts')).find(Boolean);
  const size = sources.map((s) => one(s, 'sz')).find(Boolean);
  return { font: attr(fonts, 'eastAsia'), ascii: attr(fonts, 'ascii'), size: Number(attr(size, 'val')) };
}

describe('export to Word in the 公文 layout (GB/T 9704-2012)', () => {
  it('lays out an A4 page with the standard margins and a 22 × 28 grid', async () => {
    const { document } = await exported();
    const sect = one(document, 'sectPr');
    const size = one(sect, 'pgSz');
    const margin = one(sect, 'pgMar');
    const grid = one(sect, 'docGrid');
    const twipsToMm = (v: string | null) => (Number(v) * 25.4) / 1440;
    expect([twipsToMm(attr(size, 'w')), twipsToMm(attr(size, 'h'))].map((v) => v.toFixed(1))).toEqual([
      '210.0',
      '297.0',
    ]);
    const mm = ['top', 'left', 'right', 'bottom'].map((side) => twipsToMm(attr(margin, side)).toFixed(1));
    expect(mm).toEqual(['37.0', '28.0', '26.0', '35.0']);
    expect(attr(grid, 'type')).toBe('linesAndChars');
    // Word fits floor(height ÷ linePitch) lines and floor(width ÷ (Normal size + charSpace/4096 pt)) characters.
    const height = Number(attr(size, 'h')) - Number(attr(margin, 'top')) - Number(attr(margin, 'bottom'));
    const width = Number(attr(size, 'w')) - Number(attr(margin, 'left')) - Number(attr(margin, 'right'));
    expect(Math.floor(height / Number(attr(grid, 'linePitch')))).toBe(22);
    const pitch = 16 + Number(attr(grid, 'charSpace')) / 4096;
    expect(Math.floor(width / 20 / pitch)).toBe(28);
  });

  it('sets title, headings of each level, body, signature and date in their faces and sizes', async () => {
    const { byText, style, styles } = await exported();
    const defaults = one(one(styles, 'docDefaults'), 'rPr') as Element;
    expect(attr(one(defaults, 'sz'), 'val')).toBe('32');
    const styleOf = (p: Element) => style(attr(one(p, 'pStyle'), 'val') ?? 'Normal');
    const runs = (start: string) =>
      all(byText(start), 'r').map((r) => ({ text: text(r), ...face(r, styleOf, defaults) }));
    const jc = (start: string) => attr(one(byText(start), 'jc') ?? one(styleOf(byText(start)), 'jc'), 'val');
    const firstLine = (start: string) =>
      attr(one(byText(start), 'ind') ?? one(styleOf(byText(start)), 'ind'), 'firstLine');

    expect(runs('关于2025年度')).toEqual([
      { text: '关于2025年度个人工作的述职报告', font: '方正小标宋简体', ascii: '方正小标宋简体', size: 44 },
    ]);
    expect(jc('关于2025年度')).toBe('center');
    expect(runs('一、主要工作')).toEqual([{ text: '一、主要工作及成效', font: '黑体', ascii: '黑体', size: 32 }]);
    // A run-in heading: the topic sentence in 楷体, the rest of the paragraph in 仿宋.
    expect(runs('（一）坚持')).toEqual([
      { text: '（一）坚持学习不放松。', font: '楷体_GB2312', ascii: '楷体_GB2312', size: 32 },
      { text: expect.stringMatching(/^全年参加/), font: '仿宋_GB2312', ascii: '仿宋_GB2312', size: 32 },
    ]);
    expect(runs('1.理论学习')).toEqual([{ text: '1.理论学习', font: '仿宋_GB2312', ascii: '仿宋_GB2312', size: 32 }]);
    expect(runs('（1）原文学习')[0]).toMatchObject({ text: '（1）原文学习。', font: '仿宋_GB2312', size: 32 });
    // Hard-wrapped lines are one paragraph again; the typed full-width indent gives way to a real one.
    expect(runs('按照年度')).toEqual([
      {
        text: '按照年度学习计划，逐章逐节学习规定篇目，做到学有所思、学有所得。',
        font: '仿宋_GB2312',
        ascii: '仿宋_GB2312',
        size: 32,
      },
    ]);
    expect(runs('一年来')[0]?.text).toBe('一年来，我在组织的领导下认真履行岗位职责，现将有关情况报告如下。');
    for (const start of ['一年来', '一、主要', '（一）坚持', '1.理论', '（1）原文', '按照年度', '以上报告'])
      expect(firstLine(start), start).toBe('640');
    // The salutation starts at the margin.
    expect(firstLine('各位领导')).toBeNull();
    // Signature and date at the right, 空二字; the shorter signature centred over the date.
    expect([jc('王小明'), jc('2025年12月26日')]).toEqual(['right', 'right']);
    expect(attr(one(byText('2025年12月26日'), 'ind'), 'right')).toBe('640');
    expect(attr(one(byText('王小明'), 'ind'), 'right')).toBe(String(Math.round((2 + (11 - 3) / 2) * 320)));
    // Headings carry outline levels, so Word's navigation pane lists them.
    expect(['Heading1', 'Heading3'].map((id) => attr(one(style(id), 'outlineLvl'), 'val'))).toEqual(['0', '2']);
  });

  it('numbers pages “— 1 —” in 4号 宋体, odd pages right and even pages left', async () => {
    const { files, document } = await exported();
    const settings = xml(files, 'word/settings.xml');
    expect(all(settings, 'evenAndOddHeaders')).toHaveLength(1);
    const rels = strFromU8(files['word/_rels/document.xml.rels'] as Uint8Array);
    const footer = (type: string) => {
      const ref = all(document, 'footerReference').find((f) => attr(f, 'type') === type);
      const id = ref?.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      return xml(files, `word/${target?.[1] ?? target?.[2]}`);
    };
    for (const [type, side, indent] of [
      ['default', 'right', 'right'],
      ['even', 'left', 'left'],
    ] as const) {
      const f = footer(type);
      expect(attr(one(f, 'jc'), 'val'), type).toBe(side);
      expect(attr(one(f, 'ind'), indent), type).toBe('280');
      // The field PAGE between two dashes: what Word shows as — 1 —.
      const pieces = all(f, 'r').map((r) => (one(r, 'instrText')?.textContent ?? text(r)).trim() || null);
      expect(pieces.filter(Boolean)).toEqual(['—', 'PAGE', '—']);
      for (const r of all(f, 'r')) {
        expect(attr(one(r, 'rFonts'), 'eastAsia')).toBe('宋体');
        expect(attr(one(r, 'sz'), 'val')).toBe('28');
      }
    }
  });

  it('names the fonts with fallbacks and embeds none', async () => {
    const { files } = await exported();
    const fonts = all(xml(files, 'word/fontTable.xml'), 'font');
    const alt = (name: string) =>
      attr(
        one(
          fonts.find((f) => attr(f, 'name') === name),
          'altName',
        ),
        'val',
      );
    expect(alt('仿宋_GB2312')).toContain('仿宋');
    expect(alt('楷体_GB2312')).toContain('楷体');
    expect(alt('方正小标宋简体')).toContain('宋体');
    expect(alt('黑体')).toContain('SimHei');
    expect(Object.keys(files).filter((name) => /^word\/fonts\//.test(name) || /\.odttf$/.test(name))).toEqual([]);
    expect(fonts.some((f) => all(f, 'embedRegular').length > 0)).toBe(false);
  });

  it('takes --title and --date, and reads back as the text it was made from', async () => {
    const body = '一、主要工作\n全年完成各项任务。\n二、存在的问题\n学习不够深入。';
    const bytes = await exportDocx(body, { title: '2025年个人总结', date: '2025年12月26日' });
    expect(readDocx(bytes).map((p) => p.text)).toEqual([
      '2025年个人总结',
      '',
      '一、主要工作',
      '全年完成各项任务。',
      '二、存在的问题',
      '学习不够深入。',
      '',
      '2025年12月26日',
    ]);
    expect(readDocx(bytes)[2]?.outline).toBe(1);
  });
});

describe('toBlocks', () => {
  it('gives each paragraph its role and level', () => {
    const kinds = toBlocks(REPORT).map((b: Block) =>
      b.kind === 'heading' || b.kind === 'run-in' ? `${b.kind}${b.level}` : b.kind,
    );
    expect(kinds).toEqual([
      'title',
      'salutation',
      'body',
      'heading1',
      'run-in2',
      'heading3',
      'body',
      'run-in4',
      'heading1',
      'body',
      'body',
      'signature',
      'date',
    ]);
  });

  it('writes dates the GB/T 9704 way and refuses dates that do not exist', () => {
    expect(formatDate('2025-12-26')).toBe('2025年12月26日');
    expect(formatDate('2025/1/5')).toBe('2025年1月5日');
    expect(formatDate('2025年12月26日')).toBe('2025年12月26日');
    expect(formatDate('2025-02-30')).toBeUndefined();
    expect(formatDate('明天')).toBeUndefined();
  });
});
