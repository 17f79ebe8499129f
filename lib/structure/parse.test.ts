import { describe, expect, it } from 'vitest';
import type { Heading, ReportDocument, Span } from './document';
import { parse } from './parse';

const slice = (doc: ReportDocument, span: Span | undefined) =>
  span ? doc.text.slice(span.start, span.end) : undefined;
const titles = (doc: ReportDocument, hs: Heading[] = doc.headings): unknown[] =>
  hs.map((h) => (h.children.length ? [slice(doc, h.title), titles(doc, h.children)] : slice(doc, h.title)));

const REPORT = [
  '办公室主任2023年述职报告',
  '',
  '各位领导、同志们：',
  '一年来，我认真履行岗位职责，现将有关情况报告如下。',
  '一、主要工作及成效',
  '（一）抓好文稿服务',
  '全年起草各类文稿120篇。一是严把政治关；二是严把文字关；三是严把时效关。',
  '（二）抓好会务保障',
  '1.会前精心准备。提前三天制定方案。',
  '2.会中周到服务。安排专人全程跟进。',
  '二、存在的问题',
  '学习不够深入。对新知识新业务学得不多，研究不深。',
  '三、下一步打算',
  '加强学习，改进作风，努力把各项工作做得更好，不辜负组织的信任。',
  '以上述职，请予评议。',
  '述职人：王芳',
  '2024年1月10日',
].join('\n');

describe('parse', () => {
  it('reads title, salutation, opening, heading tree, closing, signature and date with exact offsets', () => {
    const doc = parse(REPORT);
    expect(slice(doc, doc.title)).toBe('办公室主任2023年述职报告');
    expect(doc.title).toEqual({ start: 0, end: 14 });
    expect(slice(doc, doc.salutation)).toBe('各位领导、同志们：');
    expect(slice(doc, doc.opening)).toBe('一年来，我认真履行岗位职责，现将有关情况报告如下。');
    expect(slice(doc, doc.closing)).toBe('以上述职，请予评议。');
    expect(slice(doc, doc.signature)).toBe('述职人：王芳');
    expect(slice(doc, doc.date)).toBe('2024年1月10日');
    expect(titles(doc)).toEqual([
      ['主要工作及成效', ['抓好文稿服务', ['抓好会务保障', ['会前精心准备', '会中周到服务']]]],
      ['存在的问题', ['学习不够深入']],
      '下一步打算',
    ]);
    const [first] = doc.headings;
    expect(first?.shape).toBe('standalone');
    expect(first?.marker).toMatchObject({ family: 'cn', ordinal: 1, standard: '一、' });
    expect(slice(doc, first?.marker)).toBe('一、');
    expect(doc.text.slice(first?.start, first?.bodyEnd)).toMatch(/^一、主要工作及成效\n[\s\S]*安排专人全程跟进。\n$/);
    const item = doc.allHeadings.find((h) => slice(doc, h.title) === '会前精心准备');
    expect(item?.shape).toBe('run-in');
    expect(item?.depth).toBe(3);
    expect(doc.enumerations.map((e) => slice(doc, e))).toEqual(['一是', '二是', '三是']);
    expect(slice(doc, doc.body)).toMatch(/^一、主要工作及成效[\s\S]*做得更好，不辜负组织的信任。\n$/);
  });

  it('gives the same structure, at shifted offsets, for CRLF, full-width indentation and hard wraps', () => {
    const plain = parse(REPORT);
    const crlf = parse(REPORT.replace(/\n/g, '\r\n'));
    expect(titles(crlf)).toEqual(titles(plain));
    expect(slice(crlf, crlf.closing)).toBe('以上述职，请予评议。');
    const indented = parse(
      REPORT.split('\n')
        .map((l) => `\u3000\u3000${l}`)
        .join('\n'),
    );
    expect(titles(indented)).toEqual(titles(plain));
    expect(slice(indented, indented.title)).toBe('办公室主任2023年述职报告');
    // A word processor wraps long lines at a fixed width, mid-word.
    const wrapped = REPORT.replace('不辜负组织', '不辜负\n组织');
    const doc = parse(wrapped);
    expect(titles(doc)).toEqual(titles(plain));
    expect(doc.paragraphs.map((p) => slice(doc, p))).toContain(
      '加强学习，改进作风，努力把各项工作做得更好，不辜负\n组织的信任。',
    );
  });

  it('cuts a report pasted as one line at its headings, formulas and date', () => {
    const oneLine = REPORT.replace(/\n/g, '');
    const doc = parse(oneLine);
    expect(slice(doc, doc.title)).toBe('办公室主任2023年述职报告');
    expect(slice(doc, doc.salutation)).toBe('各位领导、同志们：');
    expect(slice(doc, doc.date)).toBe('2024年1月10日');
    expect(slice(doc, doc.closing)).toBe('以上述职，请予评议。');
    expect(doc.headings.map((h) => slice(doc, h.title))).toEqual(['主要工作及成效', '存在的问题', '下一步打算']);
    // Sub-headings glued to their text run to the first 。; their numbering and nesting survive.
    expect(titles(doc)[0]).toEqual([
      '主要工作及成效',
      ['抓好文稿服务全年起草各类文稿120篇', ['抓好会务保障', ['会前精心准备', '会中周到服务']]],
    ]);
  });

  it('reads half-width and wrong marker variants as the level they mean', () => {
    const doc = parse(
      '一.基本情况\n(一)学习\n内容很多，不一一列举。\n(二)工作\n1、完成任务。内容。\n2)开展调研\n二，问题',
    );
    const markers = doc.allHeadings.map((h) => [slice(doc, h.marker), h.marker?.family, h.marker?.ordinal, h.depth]);
    expect(markers).toEqual([
      ['一.', 'cn', 1, 1],
      ['(一)', 'cn-paren', 1, 2],
      ['(二)', 'cn-paren', 2, 2],
      ['1、', 'arabic', 1, 3],
      ['2)', 'arabic-paren', 2, 3],
      ['二，', 'cn', 2, 1],
    ]);
    // 2) continues the 1、 series in another family: a sibling, flagged as mixed.
    expect(doc.allHeadings[4]?.mixedWith).toBe('arabic');
  });

  it('does not take numbers, dates or ranges for headings', () => {
    const doc = parse(
      '一、情况\n2022年以来，工作有序推进。\n3.5万元用于培训。\n3、4月份开展检查。\n第一、二季度任务完成。',
    );
    expect(doc.allHeadings.map((h) => slice(doc, h.title))).toEqual(['情况']);
  });

  it('reads 第一部分 and unnumbered standalone headings', () => {
    const doc = parse(
      '第一部分 工作回顾\n存在的问题\n学习不够。学习的深度和广度都不够，需要加强。\n第二部分 下步打算\n要持续加强学习，认真改进作风。',
    );
    expect(titles(doc)).toEqual([['工作回顾', [['存在的问题', ['学习不够']]]], '下步打算']);
  });

  it('finds 第一，/首先， enumerations but not 统一是 or 第一次', () => {
    const doc = parse('一、做法\n第一，抓学习；第二，抓作风。首先，要统一是非标准；其次，第一次开会。');
    expect(doc.enumerations.map((e) => [slice(doc, e), e.kind, e.ordinal])).toEqual([
      ['第一', 'di', 1],
      ['第二', 'di', 2],
      ['首先', 'xian', 1],
      ['其次', 'xian', 2],
    ]);
  });

  it('takes unnumbered topic sentences as run-in headings only inside sections', () => {
    const doc = parse(
      '总结\n一年来工作顺利。我们认真开展各项工作，取得较好成效，得到了各方面的肯定。\n一、成绩\n抓党建强基础。坚持把党建工作放在首位，扎实开展主题党日活动，党员意识明显增强。\n我们还做了很多具体工作，这里不再一一列举，请领导审阅。',
    );
    expect(titles(doc)).toEqual([['成绩', ['抓党建强基础']]]);
    expect(slice(doc, doc.opening)).toBe('一年来工作顺利。我们认真开展各项工作，取得较好成效，得到了各方面的肯定。');
  });

  it('never throws on empty or odd input', () => {
    for (const text of ['', '\n\n', '一、', '（一）', '以上述职，请予评议。', '2024年1月1日', '\ud800', '第一部分']) {
      expect(() => parse(text)).not.toThrow();
    }
  });
});

describe('titles', () => {
  it('takes a title glued to the body only from a one-line report', () => {
    const opening = '本人在县委工作报告起草中承担了统稿任务，按时完成了各项工作。';
    expect(parse(`${opening}\n一、主要工作\n做了很多事情。`).title).toBeUndefined();
    const oneLine = parse('个人工作总结一年来，我认真工作。一、主要工作做了很多事情。');
    expect(oneLine.text.slice(oneLine.title?.start, oneLine.title?.end)).toBe('个人工作总结');
  });
});
