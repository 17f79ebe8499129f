import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzTimeout, runFuzz, timed } from '../../tests/support/fuzz';
import {
  chineseDate,
  escapeTemplateText,
  fillTemplate,
  missingVariables,
  type Profile,
  prepareInsertion,
  reportYear,
  templateVariables,
} from './variables';

const profile: Profile = { 姓名: '张三', 单位: '某县农业农村局', 职务: '副局长', 联系电话: '12345' };
const now = new Date(2026, 10, 29, 9, 30);

function filled(template: string, values: Profile = profile) {
  const result = fillTemplate(template, values, now);
  if (!result.ok) throw new Error(result.issues.map((i) => i.zh).join(' '));
  return result;
}

function issues(template: string, values: Profile = profile) {
  const result = fillTemplate(template, values, now);
  if (result.ok) throw new Error(`expected issues, got ${result.text}`);
  return result.issues;
}

describe('fillTemplate', () => {
  it('fills built-in and user-defined variables from the profile', () => {
    expect(filled('我是{{单位}}{{职务}}{{姓名}}，电话{{ 联系电话 }}。').text).toBe(
      '我是某县农业农村局副局长张三，电话12345。',
    );
  });

  it('writes today in the style of official documents and defaults 年度 to the report year', () => {
    expect(filled('{{今天}}').text).toBe('2026年11月29日');
    expect(filled('{{年度}}年度述职报告').text).toBe('2026年度述职报告');
    expect(filled('{{年度}}', { 年度: '2025' }).text).toBe('2025');
    expect(chineseDate(new Date(2027, 0, 5))).toBe('2027年1月5日');
    expect(reportYear(new Date(2027, 0, 5))).toBe('2026');
  });

  it('puts the caret at {{光标}}, or at the end without one', () => {
    expect(filled('一是{{光标}}；二是……')).toEqual({ ok: true, text: '一是；二是……', caret: 2 });
    expect(filled('{{姓名}}：{{光标}}')).toEqual({ ok: true, text: '张三：', caret: 3 });
    expect(filled('特此报告。')).toEqual({ ok: true, text: '特此报告。', caret: 5 });
  });

  it('writes a literal {{ for \\{{ and leaves lone braces alone', () => {
    expect(filled('模板写法：\\{{姓名}}').text).toBe('模板写法：{{姓名}}');
    expect(filled('{a} } }} {').text).toBe('{a} } }} {');
  });

  it('reports a missing value by name and position, in Chinese and English', () => {
    const [missing] = issues('第一行\n请{{单位}}和{{分管领域}}');
    expect(missing).toMatchObject({ code: 'missing', name: '分管领域', line: 2, column: 9, start: 12, end: 20 });
    expect(missing?.zh).toBe('还没有填写“分管领域”（第2行第9个字符）。');
    expect(missing?.en).toBe('No value for "分管领域" (line 2, column 9).');
  });

  it('refuses malformed variables with their positions instead of leaving {{…}} in the text', () => {
    expect(issues('开头{{姓名')[0]).toMatchObject({ code: 'unclosed', start: 2, end: 6 });
    expect(issues('{{姓名\n}}')[0]).toMatchObject({ code: 'unclosed', start: 0, end: 4 });
    expect(issues('{{ }}')[0]).toMatchObject({ code: 'empty-name', start: 0, end: 5 });
    expect(issues('{{姓 名}}')[0]).toMatchObject({ code: 'illegal-name', name: '姓 名' });
    expect(issues('{{{姓名}}}')[0]).toMatchObject({ code: 'too-many-braces', start: 0, end: 3 });
    expect(issues('{{光标}}和{{光标}}')[0]).toMatchObject({ code: 'cursor-repeated', start: 7 });
    expect(issues('{{单位}}', { 单位: '{{x}}' })[0]).toMatchObject({ code: 'bad-value', name: '单位' });
  });

  it('does not take a value from the prototype of the profile', () => {
    expect(issues('{{constructor}}{{toString}}').map((i) => i.name)).toEqual(['constructor', 'toString']);
  });

  it('lists every issue of a template at once, in order', () => {
    expect(issues('{{甲}}{{}}{{乙').map((i) => i.code)).toEqual(['missing', 'empty-name', 'unclosed']);
  });
});

describe('templateVariables and missingVariables', () => {
  it('list what a snippet needs and what the profile lacks, for the UI to ask', () => {
    const template = '{{单位}}{{姓名}}{{光标}}{{今天}}{{年度}}{{分管领域}}{{单位}}';
    expect(templateVariables(template)).toEqual(['单位', '姓名', '年度', '分管领域']);
    expect(missingVariables(template, { 姓名: '张三', 单位: '' })).toEqual(['单位', '分管领域']);
  });
});

describe('prepareInsertion', () => {
  it('is ready, asks for the missing variables, or reports what is broken', () => {
    expect(prepareInsertion('{{姓名}}{{光标}}', profile, now)).toEqual({ kind: 'ready', text: '张三', caret: 2 });
    expect(prepareInsertion('{{分管领域}}和{{联系人}}{{分管领域}}', profile, now)).toEqual({
      kind: 'ask',
      names: ['分管领域', '联系人'],
    });
    const broken = prepareInsertion('{{分管领域}}{{姓名', profile, now);
    expect(broken.kind === 'broken' && broken.issues.map((i) => i.code)).toEqual(['missing', 'unclosed']);
  });
});

describe('properties', () => {
  const pieces = ['{', '}', '{{', '}}', '\\', '\n', ' ', '姓名', '单位', '光标', '今天', '未知', 'a', '-', '。'];
  const arbTemplate = fc.oneof(
    fc.string(),
    fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join('')),
  );
  const arbProfile = fc.dictionary(fc.constantFrom('姓名', '单位', '未知', '__proto__', 'constructor'), fc.string());

  it('never throws, and a result is either text with a caret inside it or a list of issues', {
    timeout: fuzzTimeout(2000),
  }, () => {
    runFuzz(
      'variables: fillTemplate never throws, caret inside the text',
      fc.property(
        arbTemplate,
        arbProfile,
        timed((template, values) => {
          const result = fillTemplate(template, values, now);
          if (result.ok) expect(result.caret).toBeLessThanOrEqual(result.text.length);
          else {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const i of result.issues) expect(i.end).toBeLessThanOrEqual(template.length);
          }
          const insertion = prepareInsertion(template, values, now);
          expect(['ready', 'ask', 'broken']).toContain(insertion.kind);
        }),
      ),
      { quick: 2000 },
    );
  });

  it('never leaves a {{ in the output that the author did not escape', { timeout: fuzzTimeout(2000) }, () => {
    runFuzz(
      'variables: no unescaped {{ in the output',
      fc.property(
        arbTemplate,
        arbProfile,
        timed((template, values) => {
          const result = fillTemplate(template.replaceAll('\\', ''), values, now);
          if (result.ok) expect(result.text).not.toContain('{{');
        }),
      ),
      { quick: 2000 },
    );
  });

  it('escapes any plain text into a template that fills back to exactly that text', {
    timeout: fuzzTimeout(2000),
  }, () => {
    runFuzz(
      'variables: escaped text fills back to itself',
      fc.property(
        arbTemplate,
        timed((text) => {
          expect(fillTemplate(escapeTemplateText(text), {}, now)).toEqual({ ok: true, text, caret: text.length });
        }),
      ),
      { quick: 2000 },
    );
  });
});
