import * as z from 'zod';
import { parseWithSchema, type SchemaError } from './schema-errors';

/** A text in the two locales the product speaks: Chinese first, English second. */
export const LocalText = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
export type LocalText = z.infer<typeof LocalText>;

/** What a section is for; checks and the panel use it, never the display title. */
export const SectionRole = z.enum([
  'opening',
  'results',
  'duties',
  'integrity',
  'problems',
  'causes',
  'plans',
  'closing',
  'de',
  'neng',
  'qin',
  'ji',
  'lian',
  'situation',
  'experience',
  'suggestions',
  'aspect',
  'other',
]);
export type SectionRole = z.infer<typeof SectionRole>;

const id = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'lowercase-id');
// Aliases are matched as literal text, never as patterns, so a template cannot run a regex.
const alias = z.string().min(1).max(40);

/** One section of a genre: how it is recognised, whether it must be there, and how long it should be. */
export const TemplateSection = z.strictObject({
  id,
  role: SectionRole,
  title: LocalText,
  aliases: z.array(alias).max(60),
  required: z.boolean(),
  minLength: z.number().int().min(0).max(100_000).optional(),
  maxLength: z.number().int().min(1).max(1_000_000).optional(),
  hint: LocalText,
  outline: z.array(z.string().min(1).max(200)).max(30).default([]),
  /**
   * Words that show the section is covered when it has no heading (a 登记表 box written as prose:
   * 出勤、工作态度 for 勤). Literal text, like aliases.
   */
  cues: z.array(alias).max(80).optional(),
  get children() {
    return z.array(TemplateSection).max(30).default([]);
  },
});
export type TemplateSection = z.infer<typeof TemplateSection>;

/**
 * One layout people are told to use for a genre: which top-level sections it has, in template order,
 * and which of them it does not require (述职述廉 has no 述责; 对照检查材料 may open with 学习情况).
 */
export const Layout = z.strictObject({
  id,
  name: LocalText,
  sections: z.array(id).min(1).max(40),
  optional: z.array(id).max(40).optional(),
});
export type Layout = z.infer<typeof Layout>;

/** A genre: what identifies it, its sections in order, its formulas and its length bounds. */
export const Template = z
  .strictObject({
    id,
    name: LocalText,
    keywords: z.array(z.string().min(1).max(40)).min(1).max(60),
    sections: z.array(TemplateSection).min(1).max(40),
    openings: z.array(z.string().min(1).max(300)).max(30).default([]),
    closings: z.array(z.string().min(1).max(300)).max(30).default([]),
    minLength: z.number().int().min(0).max(1_000_000).optional(),
    maxLength: z.number().int().min(1).max(1_000_000).optional(),
    /** The variants the check accepts, chosen by which fits the text best; none means `sections` as they are. */
    layouts: z.array(Layout).max(12).optional(),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    const visit = (sections: TemplateSection[], path: (string | number)[]) => {
      sections.forEach((section, index) => {
        const here = [...path, index];
        if (seen.has(section.id)) ctx.addIssue({ code: 'custom', path: [...here, 'id'], message: 'duplicate-id' });
        seen.add(section.id);
        if (section.minLength !== undefined && section.maxLength !== undefined && section.minLength > section.maxLength)
          ctx.addIssue({ code: 'custom', path: [...here, 'minLength'], message: 'min-over-max' });
        visit(section.children, [...here, 'children']);
      });
    };
    visit(template.sections, ['sections']);
    const order = template.sections.map((s) => s.id);
    const layoutIds = new Set<string>();
    template.layouts?.forEach((layout, index) => {
      const here = ['layouts', index];
      if (layoutIds.has(layout.id)) ctx.addIssue({ code: 'custom', path: [...here, 'id'], message: 'duplicate-id' });
      layoutIds.add(layout.id);
      let last = -1;
      layout.sections.forEach((sectionId, i) => {
        const at = order.indexOf(sectionId);
        // A layout names the genre's own top-level sections, in the genre's order.
        if (at < 0) ctx.addIssue({ code: 'custom', path: [...here, 'sections', i], message: 'unknown-section' });
        else if (at <= last) ctx.addIssue({ code: 'custom', path: [...here, 'sections', i], message: 'layout-order' });
        last = Math.max(last, at);
      });
      layout.optional?.forEach((sectionId, i) => {
        if (!layout.sections.includes(sectionId))
          ctx.addIssue({ code: 'custom', path: [...here, 'optional', i], message: 'unknown-section' });
      });
    });
    if (template.minLength !== undefined && template.maxLength !== undefined && template.minLength > template.maxLength)
      ctx.addIssue({ code: 'custom', path: ['minLength'], message: 'min-over-max' });
  });
export type Template = z.infer<typeof Template>;

/** The outcome of reading a template: the whole template, or every problem found and nothing else. */
export type TemplateResult = { ok: true; template: Template } | { ok: false; errors: SchemaError[] };

/** Reads a template from JSON text or a parsed value; a malformed one yields errors naming each field. */
export function parseTemplate(input: unknown): TemplateResult {
  const result = parseWithSchema(Template, input);
  return result.ok ? { ok: true, template: result.value } : result;
}
