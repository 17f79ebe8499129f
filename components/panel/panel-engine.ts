import { sectionAtCaret } from '@/lib/analysis/sections';
import type { FieldContext } from '@/lib/messages';
import { builtinTemplate } from '@/lib/structure';
import type { SectionFilter } from './library/snippet-search';

/**
 * The report section the caret of `context` is in, when its genre and section are known. Loaded
 * after the panel's first paint (components/panel/panel-lazy.ts): it needs the structure engine.
 */
export function sectionFilterOf(context: FieldContext): SectionFilter | undefined {
  const at = sectionAtCaret(context.label, context.text, context.caret);
  const title = at.genre && builtinTemplate(at.genre)?.sections.find((s) => s.id === at.section)?.title;
  return at.section && title ? { id: at.section, title: title.zh } : undefined;
}
