import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzTimeout, runFuzz, timed } from '../../tests/support/fuzz';
import { checkForm } from '../analysis/form-check';
import { outlineOf } from '../analysis/outline';
import { check } from './check';
import { parseRuleData } from './data/schema';
import { applyFix } from './finding';
import { parse } from './parse';
import { parseTemplate } from './template-schema';
import { BUILTIN_TEMPLATES } from './templates';

// Text made of what reports are made of: Chinese, the marks and markers the rules look at, digits,
// Latin, odd code points and every kind of line break, in any order.
const PIECES = [
  '一、',
  '二、',
  '（一）',
  '(二)',
  '1.',
  '2、',
  '（1）',
  '①',
  '第一部分',
  '一是',
  '二是',
  '第一，',
  '首先，',
  '最后，',
  '基本情况',
  '存在问题',
  '下步打算',
  '以上述职，请予评议。',
  '2022年12月20日',
  '述职报告',
  '各位领导：',
  '，',
  '。',
  ',',
  '.',
  '。。',
  '……',
  '...',
  '—',
  '--',
  '“',
  '”',
  '（',
  '）',
  '《',
  '》',
  '、',
  '：',
  '；',
  'XXX',
  '**',
  '某某',
  '【待填】',
  '{{单位}}',
  '___',
  '近百人左右',
  '22年度',
  '179.25万元',
  '95%',
  'http://a.cn/x,y',
  '中央八项规定及实施细则精神',
  '大局意识、政治意识、核心意识、看齐意识',
  '釆',
  '\uf98e',
  '１２',
  '的的',
  '工作机制工作机制',
  '\n',
  '\r\n',
  '\r',
  '\u3000',
  ' ',
  '\u2028',
  '\ud83d',
  '\ude00',
  '\u0000',
];
const reportish = fc
  .array(
    fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ maxLength: 4 })),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));
const anything = fc.oneof(reportish, fc.string({ unit: 'binary', maxLength: 200 }));
const genres = fc.constantFrom(undefined, 'shuzhi', 'kaohe-gwy', 'duizhao', 'diaoyan');

describe('properties', () => {
  it('parse never throws and every span lies inside the text', { timeout: fuzzTimeout(2000) }, () => {
    runFuzz(
      'structure: parse never throws, spans inside the text',
      fc.property(
        anything,
        timed((text) => {
          const doc = parse(text);
          const spans = [
            doc.title,
            doc.salutation,
            doc.opening,
            doc.closing,
            doc.signature,
            doc.date,
            doc.body,
            ...doc.paragraphs,
          ];
          for (const h of doc.allHeadings) spans.push(h, h.title, { start: h.start, end: h.bodyEnd });
          for (const e of doc.enumerations) spans.push(e);
          for (const s of spans) {
            if (!s) continue;
            expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
          }
        }),
      ),
      { quick: 2000 },
    );
  });

  it('check never throws, and every finding and fix range lies inside the text', { timeout: fuzzTimeout(2000) }, () => {
    runFuzz(
      'structure: check never throws, ranges inside the text',
      fc.property(
        anything,
        genres,
        fc.option(fc.nat(300)),
        timed((text, genre, maxLength) => {
          const { findings } = check(text, { genre, maxLength: maxLength ?? undefined, anonymisationMarker: '*' });
          for (const f of findings) {
            expect(0 <= f.start && f.start <= f.end && f.end <= text.length).toBe(true);
            if (f.fix) expect(0 <= f.fix.start && f.fix.start <= f.fix.end && f.fix.end <= text.length).toBe(true);
          }
        }),
      ),
      { quick: 2000 },
    );
  });

  // A fix settles what it was for: once applied, the same rule flags nothing with a fix in the text it
  // wrote, so applying that fix again would change nothing.
  it('a fix settles its finding: applied, then checked again, the rule offers no further fix there', {
    timeout: fuzzTimeout(1500),
  }, () => {
    runFuzz(
      'structure: a fix settles its finding',
      fc.property(
        reportish,
        genres,
        timed((text, genre) => {
          const before = check(text, { genre }).findings;
          for (const f of before) {
            if (!f.fix) continue;
            const once = applyFix(text, f.fix);
            // Where the other findings stand after the edit, so that only new ones are looked at.
            const shift = f.fix.text.length - (f.fix.end - f.fix.start);
            const fixStart = f.fix.start;
            const fixEnd = f.fix.end;
            // A series fix (renumbering) spans the markers of other levels between its own; where it
            // leaves such a stretch as it was, the findings there are old ones, not made by the fix.
            const keptInside = (o: { start: number; end: number }) =>
              shift === 0 &&
              o.start >= fixStart &&
              o.end <= fixEnd &&
              text.slice(o.start, o.end) === once.slice(o.start, o.end);
            const moved = new Set(
              before
                .filter((o) => o !== f && (o.end <= fixStart || o.start >= fixEnd || keptInside(o)))
                .map(
                  (o) =>
                    `${o.rule} ${o.start >= fixEnd ? o.start + shift : o.start} ${o.start >= fixEnd ? o.end + shift : o.end}`,
                ),
            );
            // The region the fix wrote; a deletion leaves a point, which a new fix touches if it spans it.
            const from = f.fix.start;
            const to = f.fix.start + f.fix.text.length;
            const touches = (g: { start: number; end: number }) =>
              from === to ? g.start <= from && g.end >= from && g.end > g.start : g.start < to && g.end > from;
            const again = check(once, { genre }).findings.filter(
              (g) =>
                g.rule === f.rule &&
                g.fix &&
                touches(g) &&
                !moved.has(`${g.rule} ${g.start} ${g.end}`) &&
                g.fix.text !== once.slice(g.fix.start, g.fix.end),
            );
            // Applying the same fix a second time would change nothing.
            expect(again.map((g) => `${g.rule} ${JSON.stringify(once.slice(g.start, g.end))}`)).toEqual([]);
          }
        }),
      ),
      // Found by fast-check: a renumbering fix spanning other levels' markers.
      { quick: 1500, weight: 0.5, examples: [['2、(二)二、1.一、', undefined]] },
    );
  });
});

describe('speed on hostile input', () => {
  // Each of these once took seconds through a quadratic scan; a linear engine takes milliseconds.
  const cases: Record<string, string> = {
    'one long run of Han': '啊'.repeat(100_000),
    dots: '.'.repeat(100_000),
    'Latin letters': 'X'.repeat(100_000),
    digits: '2'.repeat(100_000),
    'heading lines': '一、基本情况\n'.repeat(15_000),
    'open brackets': '（'.repeat(100_000),
    'glued markers': '。一、基本情况（一）'.repeat(10_000),
    'sentences without end': '工作，'.repeat(30_000),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`checks ${name} (${text.length} characters) in well under a second`, () => {
      const start = performance.now();
      check(text);
      expect(performance.now() - start).toBeLessThan(1500);
    });
  }
});

// Templates and rule data come from users: any JSON, or a real one damaged, is read without a throw,
// and whatever is accepted checks any text without a throw.
const builtinJson = JSON.stringify(BUILTIN_TEMPLATES[0]);
const damaged = (json: string) =>
  fc.oneof(
    fc.nat(json.length).map((n) => json.slice(0, n)),
    fc.tuple(fc.nat(json.length), fc.string({ maxLength: 8 })).map(([at, s]) => json.slice(0, at) + s + json.slice(at)),
    fc
      .tuple(fc.constantFrom('id', 'aliases', 'required', 'minLength', 'sections', 'keywords', 'zh'), fc.jsonValue())
      .map(([key, value]) => json.replace(`"${key}":`, `"${key}":${JSON.stringify(value)},"x${key}":`)),
  );
const userJson = fc.oneof(fc.jsonValue(), damaged(builtinJson), fc.string());

describe('user-supplied templates and rule data', () => {
  it('a template is read or refused with errors, never a throw, and an accepted one checks any text', {
    timeout: fuzzTimeout(500),
  }, () => {
    runFuzz(
      'structure: parseTemplate on any JSON, then check',
      fc.property(
        userJson,
        reportish,
        timed((input, text) => {
          const result = parseTemplate(input);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            return;
          }
          const { findings } = check(text, { templates: [result.template], genre: result.template.id });
          for (const f of findings) expect(f.end).toBeLessThanOrEqual(text.length);
        }),
      ),
      { quick: 500, weight: 0.5 },
    );
  });

  it('rule data is read or refused, never a throw, and accepted data checks any text', {
    timeout: fuzzTimeout(500),
  }, () => {
    const phrase = fc.oneof(fc.constantFrom('"', '“', '”', "'", '、', '两个确立', '的'), fc.string({ maxLength: 6 }));
    const words = fc.array(phrase, { minLength: 1, maxLength: 8 }).map((p) => p.join('').slice(0, 60) || 'x');
    const ruleData = fc.record({
      formulations: fc.array(fc.record({ correct: words, wrong: fc.array(words, { minLength: 1, maxLength: 4 }) }), {
        maxLength: 3,
      }),
      orders: fc.array(fc.record({ name: words, items: fc.array(words, { minLength: 2, maxLength: 6 }) }), {
        maxLength: 2,
      }),
      placeholders: fc.array(words, { maxLength: 3 }),
    });
    runFuzz(
      'structure: parseRuleData on any JSON, then check',
      fc.property(
        fc.oneof(ruleData, fc.jsonValue()),
        fc.oneof(
          reportish,
          fc.array(phrase, { maxLength: 80 }).map((p) => p.join('')),
        ),
        timed((input, text) => {
          const result = parseRuleData(input);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            return;
          }
          for (const f of check(text, { data: result.data }).findings) expect(f.end).toBeLessThanOrEqual(text.length);
        }),
      ),
      { quick: 500, weight: 0.5 },
    );
  });
});

describe('a whole form', () => {
  const labels = fc.constantFrom('述职报告', '个人总结', '存在问题', '下步打算', '姓名', '', '工作总结（限800字）');
  const field = fc.record({
    id: fc.string({ maxLength: 4 }),
    kind: fc.constantFrom('textarea' as const, 'input' as const, 'contenteditable' as const),
    editor: fc.constant(''),
    label: fc.oneof(labels, fc.string({ maxLength: 10 })),
    text: anything,
    maxLength: fc.option(fc.nat(1000), { nil: undefined }),
    required: fc.boolean(),
    visible: fc.boolean(),
  });
  it('checkForm and the outline never throw, and every range lies inside its field', {
    timeout: fuzzTimeout(500),
  }, () => {
    runFuzz(
      'fields: checkForm and outlineOf on any form',
      fc.property(
        fc.array(field, { maxLength: 4 }),
        genres,
        timed((fields, genre) => {
          for (const report of checkForm({ frames: [{ frameId: 0, fields }] })) {
            for (const f of report.findings) expect(f.end).toBeLessThanOrEqual(report.field.text.length);
          }
          for (const f of fields) outlineOf(f.label, f.text, BUILTIN_TEMPLATES, genre);
        }),
      ),
      { quick: 500 },
    );
  });
});
