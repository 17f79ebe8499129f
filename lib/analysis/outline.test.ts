import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, builtinTemplate } from '../structure';
import { headingInsertion, outlineOf, reportTitle } from './outline';

describe('outlineOf', () => {
  it('gives each section of the genre its state in the text', () => {
    const text = [
      '2026年度述职报告',
      '一年来，我认真履行岗位职责，围绕年初确定的目标任务扎实开展工作，现将履职情况报告如下。',
      '一、主要工作及成效',
      '全年牵头完成重点任务十二项，推动建立工作台账，按月调度进展，各项任务均按期完成，群众满意度明显提升。'.repeat(4),
      '二、存在的问题和不足',
      '学习不够深入。',
    ].join('\n');
    const outline = outlineOf('述职报告', text, BUILTIN_TEMPLATES);
    expect(outline?.genre).toBe('shuzhi');
    const states = Object.fromEntries(outline?.rows.map((r) => [r.id, r.state]) ?? []);
    expect(states.results).toBe('present');
    expect(states.plans).toBe('missing');
    expect(['thin', 'present']).toContain(states.problems);
    expect(outline?.skeleton).toContain('一、');
  });

  it('follows the genre the writer chose over the detected one', () => {
    expect(outlineOf('个人总结', '', BUILTIN_TEMPLATES, 'duizhao')?.genre).toBe('duizhao');
    expect(outlineOf('个人总结', '', BUILTIN_TEMPLATES)?.genre).toBe('kaohe-gwy');
  });

  it('starts from the default genre only when neither the writer nor the detection names one', () => {
    expect(outlineOf('内容', '', BUILTIN_TEMPLATES)).toBeUndefined();
    const outline = outlineOf('内容', '', BUILTIN_TEMPLATES, undefined, { fallback: 'shuzhi' });
    expect(outline).toMatchObject({ genre: 'shuzhi', detected: false, fromDefault: true });
    expect(outlineOf('个人总结', '', BUILTIN_TEMPLATES, undefined, { fallback: 'duizhao' })?.genre).toBe('kaohe-gwy');
    expect(outlineOf('内容', '', BUILTIN_TEMPLATES, 'duizhao', { fallback: 'shuzhi' })?.genre).toBe('duizhao');
    expect(outlineOf('内容', '', BUILTIN_TEMPLATES, undefined, { fallback: 'no-such-genre' })).toBeUndefined();
  });

  it('has nothing to say about a field that is not a report', () => {
    expect(outlineOf('姓名', '张三', BUILTIN_TEMPLATES)).toBeUndefined();
  });
});

describe('inserting a missing section’s heading', () => {
  const written = [
    '2026年度述职报告',
    '一年来，我认真履行岗位职责，围绕年初确定的目标任务扎实开展工作，现将履职情况报告如下。',
    '一、主要工作及成效',
    '全年牵头完成重点任务十二项，推动建立工作台账，按月调度进展，各项任务均按期完成。'.repeat(4),
    '二、下一步工作打算',
    '围绕中心工作继续用力，把各项任务抓实抓细。'.repeat(3),
  ].join('\n');

  /** The text after the insertion's edits, applied as the panel applies them (renumbering first, last first). */
  const apply = (text: string, insertion: NonNullable<ReturnType<typeof headingInsertion>>) => {
    let out = text;
    for (const edit of insertion.renumber) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    return out.slice(0, insertion.at) + insertion.text + out.slice(insertion.at);
  };

  it('numbers it after the sections before it, puts it where the template has it, and renumbers the rest', () => {
    const outline = outlineOf('述职报告', written, BUILTIN_TEMPLATES);
    const rows = outline?.rows ?? [];
    const index = rows.findIndex((r) => r.id === 'problems');
    expect(rows[index]?.state).toBe('missing');
    const insertion = headingInsertion(written, rows, index);
    if (!insertion) throw new Error('no insertion');
    expect(insertion.text.trim()).toMatch(/^二、.*问题/);
    const after = apply(written, insertion);
    // Before 下一步工作打算, which is now 三、, on a line of its own, and the engine finds it.
    expect(after).toContain('\n二、存在的问题和不足\n\n三、下一步工作打算\n');
    const again = outlineOf('述职报告', after, BUILTIN_TEMPLATES);
    expect(again?.rows.find((r) => r.id === 'problems')?.state).not.toBe('missing');
    expect(after.slice(insertion.at + insertion.caret - 1, insertion.at + insertion.caret)).toBe('\n');
  });

  it('follows the numbering family the report uses', () => {
    const arabic = written
      .replace('一、主要工作及成效', '1.主要工作及成效')
      .replace('二、下一步工作打算', '2.下一步工作打算');
    const rows = outlineOf('述职报告', arabic, BUILTIN_TEMPLATES)?.rows ?? [];
    const insertion = headingInsertion(
      arabic,
      rows,
      rows.findIndex((r) => r.id === 'problems'),
    );
    if (!insertion) throw new Error('no insertion');
    expect(apply(arabic, insertion)).toContain('\n2.存在的问题和不足\n\n3.下一步工作打算\n');
  });

  it('offers nothing for a section already written', () => {
    const rows = outlineOf('述职报告', written, BUILTIN_TEMPLATES)?.rows ?? [];
    expect(
      headingInsertion(
        written,
        rows,
        rows.findIndex((r) => r.id === 'results'),
      ),
    ).toBeUndefined();
  });
});

describe('the report title', () => {
  const profile = { 单位: '某县发展和改革局', 职务: '局长', 年度: '2026' };
  const template = (id: string) => {
    const found = builtinTemplate(id);
    if (!found) throw new Error(id);
    return found;
  };
  it('fills in the unit, post and year', () => {
    expect(reportTitle(template('shuzhi'), profile)).toBe('某县发展和改革局局长2026年度述职报告');
    expect(reportTitle(template('gongzuo-zongjie'), { 年度: '2026年' })).toBe('2026年度工作总结');
    expect(reportTitle(template('kaohe-gwy'), { 年度: '2026' })).toBe('2026年公务员年度考核个人总结');
    expect(reportTitle(template('shuzhi'), {})).toBe('述职报告');
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))(
    'heads a skeleton of %s that the engine reads the same',
    (_id, t) => {
      const outline = outlineOf(t.name.zh, '', BUILTIN_TEMPLATES, t.id, { profile });
      expect(outline?.skeleton.split('\n')[0]).toContain('某县发展和改革局局长2026');
      const filled = outlineOf(t.name.zh, outline?.skeleton ?? '', BUILTIN_TEMPLATES, t.id, { profile });
      expect(filled?.rows.filter((r) => r.state === 'missing').map((r) => r.id)).toEqual([]);
    },
  );
});

describe('the skeleton', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))(
    'of %s has every required section, as the engine reads it',
    (_id, template) => {
      const outline = outlineOf(template.name.zh, '', BUILTIN_TEMPLATES, template.id);
      const filled = outlineOf(template.name.zh, outline?.skeleton ?? '', BUILTIN_TEMPLATES, template.id);
      expect(filled?.rows.filter((r) => r.state === 'missing').map((r) => r.id)).toEqual([]);
    },
  );
});
