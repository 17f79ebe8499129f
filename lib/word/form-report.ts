import { fieldRole } from '../analysis/sections';
import { readMarker } from '../structure/markers';
import type { Template } from '../structure/template-schema';
import { intToCn } from '../structure/text';

// A form that gives each section its own box (主要工作 / 存在问题 / 下步打算) becomes one report for
// Word: its section fields in the genre's order, each under its numbered heading. The same reading of
// labels as the panel's outline (lib/analysis/sections.ts), so both agree on which box is which.

/** A field as the export sees it: its label and what is written in it. */
export interface FieldText {
  label: string;
  text: string;
}

/** The report made of a form's fields, with the title to give it and how many fields went in. */
export interface FormReport {
  text: string;
  /** The genre's name (述职报告…), when the fields are sections of one. */
  title?: string;
  fields: number;
}

/**
 * The text of a form's section fields in the order of their genre, each under 一、 二、 … and the
 * section's title unless the writer already began the field with a numbered heading; opening and
 * closing fields go in without a heading. Fields that are no section (姓名, 单位) are left out. A form
 * with fewer than two section fields gives its longest field alone.
 */
export function formReport(fields: readonly FieldText[], templates: readonly Template[], genre?: string): FormReport {
  const written = fields.filter((f) => f.text.trim() !== '');
  const byGenre = new Map<string, Map<string, FieldText>>();
  for (const field of written) {
    const role = fieldRole(field.label, templates, genre);
    if (role.kind !== 'section') continue;
    const sections = byGenre.get(role.genre) ?? new Map<string, FieldText>();
    byGenre.set(role.genre, sections);
    // The first field for a section holds it, as in the outline.
    if (!sections.has(role.section)) sections.set(role.section, field);
  }
  const [chosen, sections] =
    [...byGenre].sort(([a, x], [b, y]) => Number(b === genre) - Number(a === genre) || y.size - x.size)[0] ?? [];
  const template = templates.find((t) => t.id === chosen);
  if (!template || !sections || sections.size < 2) {
    const longest = [...written].sort((a, b) => b.text.length - a.text.length)[0];
    return { text: longest?.text ?? '', fields: longest ? 1 : 0 };
  }
  const parts: string[] = [];
  let number = 0;
  for (const section of template.sections) {
    const field = sections.get(section.id);
    if (!field) continue;
    const text = field.text.trim();
    if (section.role === 'opening' || section.role === 'closing' || readMarker(text, 0)) {
      parts.push(text);
      if (readMarker(text, 0)) number++;
      continue;
    }
    number++;
    parts.push(`${intToCn(number)}、${section.title.zh}\n${text}`);
  }
  return { text: parts.join('\n'), title: template.name.zh, fields: sections.size };
}

/** A file name for the export: the title (or the first words), without characters file systems refuse. */
export function docxFileName(title: string | undefined, text: string): string {
  const base = (title || text.trim().split(/\r?\n/)[0] || '报告').slice(0, 40);
  return `${base.replace(/[\\/:*?"<>|\r\n\t]/g, '').trim() || '报告'}.docx`;
}
