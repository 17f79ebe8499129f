import type { TemplateSection } from './template-schema';
import { BUILTIN_TEMPLATES } from './templates';

/** Every alias of every section of the given sections, nested ones included. */
export function sectionTitles(sections: readonly TemplateSection[]): string[] {
  return sections.flatMap((s) => [...s.aliases, ...sectionTitles(s.children)]);
}

/** Every heading wording the built-in templates know, longest first. */
export const BUILTIN_TITLES: readonly string[] = [
  ...new Set(BUILTIN_TEMPLATES.flatMap((t) => sectionTitles(t.sections))),
].sort((a, b) => b.length - a.length);
