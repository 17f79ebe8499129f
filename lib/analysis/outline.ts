import type { FormScan } from '../messages';
import {
  check,
  type Finding,
  type Heading,
  type MarkerFamily,
  type SectionMatch,
  skeleton,
  type Template,
} from '../structure';
import { layoutTemplates } from '../structure/layouts';
import { standardMarker } from '../structure/markers';
import { MAX_ANALYSED_CHARS } from './form-check';
import { fieldRole } from './sections';

/** How one section of the genre stands in what has been written. */
export type SectionState = 'present' | 'missing' | 'optional' | 'thin' | 'empty' | 'order' | 'twice';

/** One row of the outline: the template's section, its state, and where it is in the text. */
export interface OutlineRow {
  id: string;
  title: string;
  hint: string;
  state: SectionState;
  start: number;
  end: number;
  /** The heading that opens the section in the text, when written (the opening has none). */
  heading?: {
    start: number;
    end: number;
    /** Its ordinal marker (二、), when numbered. */
    marker?: { start: number; end: number; family: MarkerFamily; ordinal: number };
  };
  /** Whether the template gives the section a heading (not the opening or closing formulas). */
  headed: boolean;
}

/** The outline of a field: its genre (detected or chosen) and each section's state. */
export interface Outline {
  genre: string;
  detected: boolean;
  /** Neither chosen nor detected: the default genre of the settings. */
  fromDefault?: boolean;
  confidence: number;
  rows: OutlineRow[];
  /** The skeleton to insert when the field is empty. */
  skeleton: string;
  /** Set when the field was too long to outline whole: the characters outlined (MAX_ANALYSED_CHARS). */
  analysed?: number;
}

// Findings that say something about a whole section, by the state they give it (worst first).
const STATES: [string, SectionState][] = [
  ['structure/empty-section', 'empty'],
  ['order/section-order', 'order'],
  ['structure/duplicate-section', 'twice'],
  ['structure/thin-section', 'thin'],
];

/**
 * The outline of the report in a field labelled `label` holding `text`, against `genre` when the
 * writer chose one, else the genre detected from the label and the text, else `fallback` (the
 * default genre of the settings, for a field that can hold a report). Undefined when no genre fits
 * (a name field, a date).
 */
export function outlineOf(
  label: string,
  text: string,
  templates: readonly Template[],
  genre?: string,
  {
    fallback,
    profile = {},
  }: {
    /** The default genre of the settings, for a field that can hold a report. */
    fallback?: string | undefined;
    /** The writer's profile, for the skeleton's title. */
    profile?: Readonly<Record<string, string>>;
  } = {},
): Outline | undefined {
  const role = fieldRole(label, templates);
  const chosen = genre ?? (role.kind !== 'other' ? role.genre : undefined);
  let result = check(text, { templates, label, limit: MAX_ANALYSED_CHARS, ...(chosen ? { genre: chosen } : {}) });
  let id = chosen ?? result.genre?.id;
  const fromDefault = !id && fallback !== undefined && templates.some((t) => t.id === fallback);
  if (fromDefault) {
    id = fallback;
    result = check(text, { templates, label, limit: MAX_ANALYSED_CHARS, genre: fallback });
  }
  const template = templates.find((t) => t.id === id);
  if (!id || !template) return undefined;
  return {
    genre: id,
    detected: genre === undefined && !fromDefault,
    ...(fromDefault ? { fromDefault } : {}),
    confidence: result.genre?.confidence ?? (role.kind !== 'other' ? role.confidence : 0),
    rows: result.sections.map((section) => ({
      id: section.id,
      title: section.title,
      hint: template.sections.find((s) => s.id === section.id)?.hint.zh ?? '',
      state: stateOf(section, result.findings),
      start: section.start,
      end: section.end,
      ...(section.heading ? { heading: headingOf(section.heading) } : {}),
      headed: section.role !== 'opening' && section.role !== 'closing',
    })),
    skeleton: skeleton(template, reportTitle(template, profile)),
    ...(result.analysed !== undefined ? { analysed: result.analysed } : {}),
  };
}

/**
 * The report's title with what the profile knows filled in: 单位 and 职务, then the 年度
 * (某县发展和改革局局长2026年度述职报告); the genre's name alone when the profile is empty.
 */
export function reportTitle(template: Template, profile: Readonly<Record<string, string>>): string {
  const name = template.name.zh;
  const year = profile.年度?.trim().replace(/年度?$/, '');
  const dated = !year
    ? name
    : name.startsWith('年度')
      ? `${year}${name}`
      : name.includes('年度')
        ? `${year}年${name}`
        : `${year}年度${name}`;
  return `${profile.单位?.trim() ?? ''}${profile.职务?.trim() ?? ''}${dated}`;
}

/**
 * Where and what to insert for the missing section `rows[index]`: its heading, numbered after the
 * written sections before it (一、 二、…, in the family the report already uses), on a line of its
 * own at the point the template gives it, with an empty line to write in. `caret` is where the
 * writer continues (after the heading). `renumber` moves the numbers of the headings after it on
 * by one (三、 for 二、), as edits of the original text, last first.
 */
export function headingInsertion(
  text: string,
  rows: readonly OutlineRow[],
  index: number,
): { at: number; text: string; caret: number; renumber: { start: number; end: number; text: string }[] } | undefined {
  const row = rows[index];
  if (!row || (row.state !== 'missing' && row.state !== 'optional')) return undefined;
  if (!row.headed) return undefined;
  const number = rows.slice(0, index).filter((r) => r.headed && r.heading !== undefined).length + 1;
  const family = rows.find((r) => r.headed && r.heading?.marker)?.heading?.marker?.family ?? 'cn';
  const at = Math.min(Math.max(row.start, 0), text.length);
  const before = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
  const heading = `${before}${standardMarker(family, number)}${row.title}\n`;
  const after = at < text.length && text[at] !== '\n' ? '\n' : '';
  const renumber = rows
    .flatMap((r) => (r.heading?.marker ? [r.heading.marker] : []))
    .filter((m) => m.start >= at && m.family === family && m.ordinal >= number)
    .map((m) => ({ start: m.start, end: m.end, text: standardMarker(family, m.ordinal + 1) }))
    .sort((a, b) => b.start - a.start);
  return { at, text: `${heading}${after}`, caret: heading.length, renumber };
}

function headingOf(heading: Heading): NonNullable<OutlineRow['heading']> {
  const { marker } = heading;
  return {
    start: heading.start,
    end: heading.end,
    ...(marker
      ? { marker: { start: marker.start, end: marker.end, family: marker.family, ordinal: marker.ordinal } }
      : {}),
  };
}

function stateOf(section: SectionMatch, findings: readonly Finding[]): SectionState {
  if (!section.found) return section.required ? 'missing' : 'optional';
  const inside = findings.filter((f) => f.start >= section.start && f.start < section.end);
  for (const [rule, state] of STATES) if (inside.some((f) => f.rule === rule)) return state;
  return 'present';
}

/** How one section stands on a form that gives each section its own field. */
export type FieldSectionState = 'present' | 'thin' | 'empty' | 'no-field';

/** One row of a per-field form's outline: the section, the field that holds it, and its state. */
export interface FieldSectionRow {
  id: string;
  title: string;
  hint: string;
  state: FieldSectionState;
  field?: { frameId: number; id: string; label: string; length: number };
}

/**
 * The outline of a form with one field per section (主要工作 / 存在问题 / 下步打算 each in their own
 * box): which field holds which section of the genre, and how far each is written. Undefined when
 * fewer than two visible fields are sections of one genre (the form holds the report in one field).
 * `genre` (the writer's choice for the site) wins over the genre the labels point to.
 */
export function formOutline(
  scan: FormScan,
  templates: readonly Template[],
  genre?: string,
): { genre: string; rows: FieldSectionRow[] } | undefined {
  const byGenre = new Map<string, Map<string, FieldSectionRow['field']>>();
  for (const { frameId, fields } of scan.frames) {
    for (const field of fields) {
      if (!field.visible) continue;
      const role = fieldRole(field.label, templates, genre);
      if (role.kind !== 'section') continue;
      const sections = byGenre.get(role.genre) ?? new Map();
      byGenre.set(role.genre, sections);
      // The first field for a section holds it (a second one is usually a repeat of the label).
      if (!sections.has(role.section)) {
        sections.set(role.section, { frameId, id: field.id, label: field.label, length: countChars(field.text) });
      }
    }
  }
  const ranked = [...byGenre].sort(([a, x], [b, y]) => Number(b === genre) - Number(a === genre) || y.size - x.size);
  const [chosen, sections] = ranked[0] ?? [];
  const template = templates.find((t) => t.id === chosen);
  if (!chosen || !sections || !template || sections.size < 2) return undefined;
  // A genre of several layouts shows the one most of the form's fields belong to (the first on a tie).
  const layouts = layoutTemplates(template).map((l) => l.template);
  const inForm = (t: Template) => t.sections.filter((s) => sections.has(s.id)).length;
  const layout = layouts.reduce((best, t) => (inForm(t) > inForm(best) ? t : best), layouts[0] ?? template);
  return {
    genre: chosen,
    rows: layout.sections
      .filter((section) => section.role !== 'opening' && section.role !== 'closing')
      .map((section) => {
        const field = sections.get(section.id);
        const state: FieldSectionState = !field
          ? 'no-field'
          : field.length === 0
            ? 'empty'
            : section.minLength !== undefined && field.length < section.minLength
              ? 'thin'
              : 'present';
        return { id: section.id, title: section.title.zh, hint: section.hint.zh, state, ...(field ? { field } : {}) };
      }),
  };
}

// Characters as a writer counts them: without spaces and line breaks.
function countChars(text: string): number {
  return text.replace(/\s/g, '').length;
}
