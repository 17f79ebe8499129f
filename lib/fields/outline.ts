import { check, type Finding, type SectionMatch, skeleton, type Template } from '../structure';
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
  fallback?: string,
): Outline | undefined {
  const role = fieldRole(label, templates);
  const chosen = genre ?? (role.kind !== 'other' ? role.genre : undefined);
  let result = check(text, { templates, label, ...(chosen ? { genre: chosen } : {}) });
  let id = chosen ?? result.genre?.id;
  const fromDefault = !id && fallback !== undefined && templates.some((t) => t.id === fallback);
  if (fromDefault) {
    id = fallback;
    result = check(text, { templates, label, genre: fallback });
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
    })),
    skeleton: skeleton(template),
  };
}

function stateOf(section: SectionMatch, findings: readonly Finding[]): SectionState {
  if (!section.found) return section.required ? 'missing' : 'optional';
  const inside = findings.filter((f) => f.start >= section.start && f.start < section.end);
  for (const [rule, state] of STATES) if (inside.some((f) => f.rule === rule)) return state;
  return 'present';
}
