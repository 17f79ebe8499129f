import type { Layout, Template } from './template-schema';

// A genre's layouts as templates of their own: the sections the layout names, in order, with the
// layout's optional ones marked so. Matching runs once per layout and keeps the best fit.

/** A template narrowed to one layout, with that layout. */
export interface LayoutTemplate {
  layout?: Layout;
  template: Template;
}

const cache = new WeakMap<Template, LayoutTemplate[]>();

/** One template per layout of `template` (itself alone when it has none). */
export function layoutTemplates(template: Template): LayoutTemplate[] {
  const hit = cache.get(template);
  if (hit) return hit;
  const layouts = template.layouts ?? [];
  const out: LayoutTemplate[] = layouts.length
    ? layouts.map((layout) => ({ layout, template: narrow(template, layout) }))
    : [{ template }];
  cache.set(template, out);
  return out;
}

function narrow(template: Template, layout: Layout): Template {
  const optional = new Set(layout.optional ?? []);
  const sections = template.sections
    .filter((s) => layout.sections.includes(s.id))
    .map((s) => (optional.has(s.id) && s.required ? { ...s, required: false } : s));
  return { ...template, sections };
}
