import { describe, expect, it } from 'vitest';
import { check } from './check';
import { layoutTemplates } from './layouts';
import { skeleton } from './skeleton';
import { parseTemplate, type Template } from './template-schema';
import { BUILTIN_TEMPLATES, builtinTemplate, withUserTemplates } from './templates';

describe('parseTemplate', () => {
  it('accepts every built-in template as JSON, round trip', () => {
    for (const template of BUILTIN_TEMPLATES) {
      const result = parseTemplate(JSON.stringify(template));
      expect(result).toEqual({ ok: true, template });
    }
  });

  it('ships the genres the starter snippets refer to', () => {
    for (const id of ['shuzhi', 'kaohe-gwy', 'duizhao']) expect(builtinTemplate(id)).toBeDefined();
    const shuzhi = builtinTemplate('shuzhi');
    expect(shuzhi?.sections.map((s) => s.id)).toEqual(['opening', 'results', 'problems', 'plans', 'closing']);
    expect(builtinTemplate('kaohe-gwy')?.sections.map((s) => s.id)).toEqual([
      'opening',
      'de',
      'neng',
      'qin',
      'ji',
      'lian',
      'results',
      'problems',
      'plans',
      'closing',
    ]);
    // Two layouts: by 德能勤绩廉 (the first, the skeleton's) and by work, shortcomings and plans.
    expect(builtinTemplate('kaohe-gwy')?.layouts?.map((l) => l.sections.join(' '))).toEqual([
      'opening de neng qin ji lian problems plans closing',
      'opening results problems plans closing',
    ]);
  });

  it('refuses a layout naming an unknown section or listing sections out of order', () => {
    const shuzhi = builtinTemplate('shuzhi') as Template;
    let n = 0;
    const layout = (sections: string[]) => ({ id: `l${++n}`, name: { zh: '甲', en: 'A' }, sections });
    const bad = parseTemplate({ ...shuzhi, layouts: [layout(['opening', 'nope']), layout(['plans', 'problems'])] });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['layouts[0].sections[1]', 'layouts[1].sections[1]']);
    expect(parseTemplate({ ...shuzhi, layouts: [layout(['opening', 'results', 'plans'])] }).ok).toBe(true);
  });

  it('names the field and the problem, in Chinese and English, and returns no template', () => {
    const broken = structuredClone(builtinTemplate('shuzhi')) as unknown as Record<string, unknown>;
    const sections = broken.sections as Record<string, unknown>[];
    (sections[2] as Record<string, unknown>).required = 'yes';
    const result = parseTemplate(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['sections[2].required']);
    expect(result.errors[0]?.zh).toBe('sections[2].required：类型错误，应为 true 或 false');
    expect(result.errors[0]?.en).toBe('sections[2].required: wrong type, expected boolean');
    expect(result).not.toHaveProperty('template');
  });

  it('rejects two sections with one id', () => {
    const twice = structuredClone(builtinTemplate('shuzhi')) as unknown as { sections: { id: string }[] };
    (twice.sections[3] as { id: string }).id = 'problems';
    const result = parseTemplate(twice);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: 'sections[3].id',
        zh: 'sections[3].id：编号重复，每个章节的编号必须唯一',
        en: 'sections[3].id: duplicate id; every section id must be unique',
      },
    ]);
  });

  it('reports unknown fields, missing fields and bad JSON', () => {
    const missing = parseTemplate({ id: 'mine', name: { zh: '我的' } });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.errors.map((e) => e.path)).toContain('name.en');
      expect(missing.errors.find((e) => e.path === 'keywords')?.zh).toContain('缺少必填项');
    }
    const extra = parseTemplate({ ...builtinTemplate('shuzhi'), colour: 'red' });
    expect(!extra.ok && extra.errors[0]?.zh).toContain('colour');
    const json = parseTemplate('{"id": ');
    expect(!json.ok && json.errors[0]?.zh).toContain('不是有效的 JSON');
  });
});

describe('skeleton and user templates', () => {
  it('gives a skeleton that the engine reads back as the genre’s outline', () => {
    for (const template of BUILTIN_TEMPLATES) {
      const text = skeleton(template);
      const { sections } = check(text, { genre: template.id });
      // The skeleton follows the genre's first layout.
      const first = layoutTemplates(template)[0]?.template ?? template;
      const headed = first.sections.filter((s) => s.role !== 'opening' && s.role !== 'closing').map((s) => s.id);
      expect(
        sections.filter((s) => s.heading).map((s) => s.id),
        template.id,
      ).toEqual(headed);
    }
    expect(skeleton(builtinTemplate('kaohe-gwy') as Template)).toContain('一、德\n\n二、能\n\n三、勤');
  });

  it('lets a user template replace a built-in one of the same id and adds new ones', () => {
    const mine = { ...(builtinTemplate('shuzhi') as Template), name: { zh: '我单位述职报告', en: 'Our report' } };
    const extra = { ...mine, id: 'our-own' };
    const all = withUserTemplates([mine, extra]);
    expect(all.find((t) => t.id === 'shuzhi')?.name.zh).toBe('我单位述职报告');
    expect(all.map((t) => t.id).at(-1)).toBe('our-own');
    expect(all).toHaveLength(BUILTIN_TEMPLATES.length + 1);
  });
});
