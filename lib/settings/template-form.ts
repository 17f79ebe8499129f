import type { Layout, SchemaError, Template, TemplateSection } from '../structure';
import type { SectionRole } from '../structure/template-schema';

// The options page edits a template as a form: lists are text (one entry a line), numbers are text,
// and what the form does not show (outlines, sub-sections, the genre's length bounds) rides along.

/** One section as the editor holds it. */
export interface SectionForm {
  /** The section's id in the template (not shown; a new section gets a fresh one). */
  id: string;
  role: SectionRole;
  titleZh: string;
  titleEn: string;
  /** One alias a line. */
  aliases: string;
  required: boolean;
  /** Digits, or empty for no bound. */
  minLength: string;
  maxLength: string;
  hintZh: string;
  hintEn: string;
  outline: string[];
  /** Content words that show the section in a text without headings, one a line. */
  cues: string;
  children: TemplateSection[];
}

/** One layout as the editor holds it: its names and which sections it has, and which of them are optional. */
export interface LayoutForm {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Ids of the sections the layout has (kept in the template's order on save). */
  sections: string[];
  /** Ids of its sections it does not require. */
  optional: string[];
}

/** A template as the editor holds it. */
export interface TemplateForm {
  id: string;
  nameZh: string;
  nameEn: string;
  /** One keyword a line, or separated by commas. */
  keywords: string;
  /** One formula a line. */
  openings: string;
  closings: string;
  sections: SectionForm[];
  /** The layouts people are told to use; empty for a genre of one layout. */
  layouts: LayoutForm[];
  minLength?: number;
  maxLength?: number;
}

/** The form showing `template`. */
export function toForm(template: Template): TemplateForm {
  return {
    id: template.id,
    nameZh: template.name.zh,
    nameEn: template.name.en,
    keywords: template.keywords.join('\n'),
    openings: template.openings.join('\n'),
    closings: template.closings.join('\n'),
    sections: template.sections.map(sectionForm),
    layouts: (template.layouts ?? []).map((layout) => ({
      id: layout.id,
      nameZh: layout.name.zh,
      nameEn: layout.name.en,
      sections: [...layout.sections],
      optional: [...(layout.optional ?? [])],
    })),
    minLength: template.minLength,
    maxLength: template.maxLength,
  };
}

function sectionForm(section: TemplateSection): SectionForm {
  return {
    id: section.id,
    role: section.role,
    titleZh: section.title.zh,
    titleEn: section.title.en,
    aliases: section.aliases.join('\n'),
    required: section.required,
    minLength: section.minLength === undefined ? '' : String(section.minLength),
    maxLength: section.maxLength === undefined ? '' : String(section.maxLength),
    hintZh: section.hint.zh,
    hintEn: section.hint.en,
    outline: section.outline,
    cues: (section.cues ?? []).join('\n'),
    children: section.children,
  };
}

/** Entries of a one-a-line text: trimmed, empty lines dropped. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Entries of a text with one a line or separated by ASCII or full-width commas. */
export function splitList(text: string): string[] {
  return text
    .split(/[\r\n,，、;；]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

// Empty is no bound; anything else is a number for the schema to judge (NaN and 1.5 are refused there).
function bound(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/** The candidate template the form describes, to be validated by `parseTemplate`. */
export function fromForm(form: TemplateForm): unknown {
  return {
    id: form.id.trim(),
    name: { zh: form.nameZh.trim(), en: form.nameEn.trim() },
    keywords: splitList(form.keywords),
    sections: form.sections.map((s) => ({
      id: s.id,
      role: s.role,
      title: { zh: s.titleZh.trim(), en: s.titleEn.trim() },
      aliases: splitLines(s.aliases),
      required: s.required,
      minLength: bound(s.minLength),
      maxLength: bound(s.maxLength),
      hint: { zh: s.hintZh.trim(), en: s.hintEn.trim() },
      outline: s.outline,
      ...(splitLines(s.cues).length ? { cues: splitLines(s.cues) } : {}),
      children: s.children,
    })),
    ...(form.layouts.length ? { layouts: form.layouts.map((layout) => layoutFrom(layout, form)) } : {}),
    openings: splitLines(form.openings),
    closings: splitLines(form.closings),
    minLength: form.minLength,
    maxLength: form.maxLength,
  };
}

// A layout's sections in the template's order (the editor ticks them in any order); a section
// removed from the template drops out of its layouts.
function layoutFrom(layout: LayoutForm, form: TemplateForm): Layout {
  const ids = form.sections.map((s) => s.id).filter((id) => layout.sections.includes(id));
  const optional = ids.filter((id) => layout.optional.includes(id));
  return {
    id: layout.id,
    name: { zh: layout.nameZh.trim(), en: layout.nameEn.trim() },
    sections: ids,
    ...(optional.length ? { optional } : {}),
  };
}

/** A new layout for `form` holding all its sections, with an id no other layout of it uses. */
export function newLayout(form: TemplateForm): LayoutForm {
  let n = form.layouts.length + 1;
  while (form.layouts.some((l) => l.id === `layout-${n}`)) n++;
  return {
    id: `layout-${n}`,
    nameZh: '',
    nameEn: '',
    sections: form.sections.map((s) => s.id),
    optional: [],
  };
}

/** A new section for `form`, with an id no other section of it uses. */
export function newSection(form: TemplateForm): SectionForm {
  const used = new Set<string>();
  const collect = (sections: readonly { id: string; children: TemplateSection[] }[]) => {
    for (const s of sections) {
      used.add(s.id);
      collect(s.children);
    }
  };
  collect(form.sections);
  let n = form.sections.length + 1;
  while (used.has(`section-${n}`)) n++;
  return {
    id: `section-${n}`,
    role: 'other',
    titleZh: '',
    titleEn: '',
    aliases: '',
    required: false,
    minLength: '',
    maxLength: '',
    hintZh: '',
    hintEn: '',
    outline: [],
    cues: '',
    children: [],
  };
}

/** An id of the form custom-N that none of `taken` uses. */
export function freshId(taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`custom-${n}`)) n++;
  return `custom-${n}`;
}

/** The smallest valid new genre: a name, a keyword and one section, under a fresh id. */
export function blankForm(taken: readonly string[]): TemplateForm {
  return toForm({
    id: freshId(taken),
    name: { zh: '新文种', en: 'New genre' },
    keywords: ['新文种'],
    sections: [
      {
        id: 'body',
        role: 'other',
        title: { zh: '正文', en: 'Body' },
        aliases: [],
        required: true,
        hint: { zh: '按本单位要求写。', en: "Write as your unit's format requires." },
        outline: [],
        children: [],
      },
    ],
    openings: [],
    closings: [],
  });
}

/** A new genre starting as a copy of `template`, under a fresh id and a name marked as a copy. */
export function copyForm(template: Template, taken: readonly string[]): TemplateForm {
  return {
    ...toForm(template),
    id: freshId(taken),
    nameZh: `${template.name.zh}（副本）`,
    nameEn: `${template.name.en} (copy)`,
  };
}

/** The inputs of the editor an error can be shown beside. */
export type FieldKey =
  | 'id'
  | 'nameZh'
  | 'nameEn'
  | 'keywords'
  | 'openings'
  | 'closings'
  | `sections.${number}.${SectionField}`
  | `layouts.${number}.${LayoutField}`;
/** The inputs of one layout. */
export type LayoutField = 'nameZh' | 'nameEn' | 'sections';
/** The inputs of one section. */
export type SectionField =
  | 'titleZh'
  | 'titleEn'
  | 'aliases'
  | 'required'
  | 'minLength'
  | 'maxLength'
  | 'hintZh'
  | 'hintEn'
  | 'cues'
  | 'role';

const TOP: Record<string, FieldKey> = {
  id: 'id',
  'name.zh': 'nameZh',
  'name.en': 'nameEn',
  keywords: 'keywords',
  openings: 'openings',
  closings: 'closings',
};
const SECTION: Record<string, SectionField> = {
  'title.zh': 'titleZh',
  'title.en': 'titleEn',
  aliases: 'aliases',
  required: 'required',
  minLength: 'minLength',
  maxLength: 'maxLength',
  'hint.zh': 'hintZh',
  'hint.en': 'hintEn',
  cues: 'cues',
  role: 'role',
};
const LAYOUT: Record<string, LayoutField> = {
  'name.zh': 'nameZh',
  'name.en': 'nameEn',
  sections: 'sections',
  optional: 'sections',
  id: 'nameZh',
};

/** Where an error of a list entry is: the field, and the entry's index for list fields. */
export interface ErrorPlace {
  field: FieldKey;
  /** Index of the entry in a one-a-line list (aliases[3] is the fourth alias). */
  entry?: number;
}

/**
 * The input an error path such as `sections[0].title.zh` or `keywords[2]` concerns, or undefined
 * when the form has no input of its own for it (a section's id, sub-sections, the whole file).
 */
export function placeOf(path: string): ErrorPlace | undefined {
  const layout = /^layouts\[(\d+)\]\.([a-zA-Z]+(?:\.(?:zh|en))?)(?:\[(\d+)\])?$/.exec(path);
  if (layout) {
    const key = LAYOUT[layout[2] ?? ''];
    return key ? { field: `layouts.${Number(layout[1])}.${key}` } : undefined;
  }
  const match = /^(?:sections\[(\d+)\]\.)?([a-zA-Z]+(?:\.(?:zh|en))?)(?:\[(\d+)\])?$/.exec(path);
  if (!match) return undefined;
  const [, section, key = '', entry] = match;
  const field: FieldKey | undefined =
    section === undefined ? TOP[key] : SECTION[key] && `sections.${Number(section)}.${SECTION[key]}`;
  if (!field) return undefined;
  return entry === undefined ? { field } : { field, entry: Number(entry) };
}

/** An error's message without the path it starts with (the field it stands beside names it). */
export function bareMessage(error: SchemaError, zh: boolean): string {
  const text = zh ? error.zh : error.en;
  const prefix = zh ? `${error.path}：` : `${error.path}: `;
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/** The errors of a save sorted out: those beside an input (by field), and the rest for the summary. */
export function placeErrors(errors: readonly SchemaError[]): {
  byField: Map<FieldKey, { error: SchemaError; entry?: number }[]>;
  unplaced: SchemaError[];
} {
  const byField = new Map<FieldKey, { error: SchemaError; entry?: number }[]>();
  const unplaced: SchemaError[] = [];
  for (const error of errors) {
    const place = placeOf(error.path);
    if (!place) {
      unplaced.push(error);
      continue;
    }
    const list = byField.get(place.field) ?? [];
    list.push({ error, entry: place.entry });
    byField.set(place.field, list);
  }
  return { byField, unplaced };
}

/** The refusal of a new genre's id that another template already has. */
export function idTakenError(id: string, taken: readonly Template[]): SchemaError | undefined {
  const other = taken.find((template) => template.id === id.trim());
  if (!other) return undefined;
  return {
    path: 'id',
    zh: `id：“${other.name.zh}”已使用这个标识，请换一个`,
    en: `id: "${other.name.en}" already uses this id; choose another`,
  };
}
