import { check, type Finding, type SectionMatch, skeleton, type Template } from '../structure';
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
}

/** The outline of a field: its genre (detected or chosen) and each section's state. */
export interface Outline {
  genre: string;
  detected: boolean;
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
 * writer chose one, else the genre detected from the label and the text. Undefined when no genre
 * fits (a name field, a date).
 */
export function outlineOf(
  label: string,
  text: string,
  templates: readonly Template[],
  genre?: string,
): Outline | undefined {
  const role = fieldRole(label, templates);
  const chosen = genre ?? (role.kind !== 'other' ? role.genre : undefined);
  const result = check(text, { templates, label, limit: MAX_ANALYSED_CHARS, ...(chosen ? { genre: chosen } : {}) });
  const id = chosen ?? result.genre?.id;
  const template = templates.find((t) => t.id === id);
  if (!id || !template) return undefined;
  return {
    genre: id,
    detected: genre === undefined,
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
    ...(result.analysed !== undefined ? { analysed: result.analysed } : {}),
  };
}

function stateOf(section: SectionMatch, findings: readonly Finding[]): SectionState {
  if (!section.found) return section.required ? 'missing' : 'optional';
  const inside = findings.filter((f) => f.start >= section.start && f.start < section.end);
  for (const [rule, state] of STATES) if (inside.some((f) => f.rule === rule)) return state;
  return 'present';
}
