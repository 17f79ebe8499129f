import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../structure';
import { outlineOf } from './outline';

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
    const outline = outlineOf('内容', '', BUILTIN_TEMPLATES, undefined, 'shuzhi');
    expect(outline).toMatchObject({ genre: 'shuzhi', detected: false, fromDefault: true });
    expect(outlineOf('个人总结', '', BUILTIN_TEMPLATES, undefined, 'duizhao')?.genre).toBe('kaohe-gwy');
    expect(outlineOf('内容', '', BUILTIN_TEMPLATES, 'duizhao', 'shuzhi')?.genre).toBe('duizhao');
    expect(outlineOf('内容', '', BUILTIN_TEMPLATES, undefined, 'no-such-genre')).toBeUndefined();
  });

  it('has nothing to say about a field that is not a report', () => {
    expect(outlineOf('姓名', '张三', BUILTIN_TEMPLATES)).toBeUndefined();
  });
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
