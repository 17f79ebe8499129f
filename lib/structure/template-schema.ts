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
  get children() {
    return z.array(TemplateSection).max(30).default([]);
  },
});
export type TemplateSection = z.infer<typeof TemplateSection>;

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
