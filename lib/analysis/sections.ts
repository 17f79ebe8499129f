import {
  BUILTIN_TEMPLATES,
  builtinTemplate,
  detectGenre,
  matchSections,
  parse,
  scoreHeading,
  type Template,
} from '../structure';

/**
 * What a form field is for, read from its label: a whole report of some genre (个人总结, 述职报告),
 * one section of a report (存在问题, 下一步工作打算), or something else (姓名). Runs in the panel,
 * beside the engine; the content script only reports labels.
 */
export type FieldRole =
  | { kind: 'report'; genre: string; confidence: number }
  | { kind: 'section'; genre: string; section: string; confidence: number }
  | { kind: 'other' };

// A section label must match at least this well (an alias inside the label, or its meaning).
const SECTION_THRESHOLD = 0.6;

/**
 * The role of a field labelled `label`. `genre` (the page's genre, when known) decides between
 * templates whose sections share a name.
 */
export function fieldRole(
  label: string,
  templates: readonly Template[] = BUILTIN_TEMPLATES,
  genre?: string,
): FieldRole {
  const text = label.replace(/[\s\u3000*＊:：]/g, '');
  if (!text) return { kind: 'other' };
  const report = reportGenre(text, templates);
  const section = bestSection(text, templates, genre ?? report?.genre);
  // 存在的问题和不足 is a section even on a 述职报告 page; 个人总结 names a whole report.
  if (section && (!report || section.confidence > report.confidence)) return { kind: 'section', ...section };
  if (report) return { kind: 'report', ...report };
  return { kind: 'other' };
}

/** The genre whose keyword the label contains (the longest keyword wins), with a confidence. */
function reportGenre(text: string, templates: readonly Template[]): { genre: string; confidence: number } | undefined {
  let best: { genre: string; length: number } | undefined;
  for (const template of templates) {
    for (const keyword of template.keywords) {
      if (text.includes(keyword) && keyword.length > (best?.length ?? 0))
        best = { genre: template.id, length: keyword.length };
    }
  }
  // A label that is the keyword and little else is surely the report; a long label less so.
  return best && { genre: best.genre, confidence: Math.min(1, 0.5 + best.length / text.length / 2) };
}

function bestSection(
  text: string,
  templates: readonly Template[],
  genre: string | undefined,
): { genre: string; section: string; confidence: number } | undefined {
  const ordered = genre ? [...templates].sort((a, b) => Number(b.id === genre) - Number(a.id === genre)) : templates;
  let best: { genre: string; section: string; confidence: number } | undefined;
  for (const template of ordered) {
    for (const section of template.sections) {
      const score = scoreHeading(text, section);
      if (score >= SECTION_THRESHOLD && score > (best?.confidence ?? 0)) {
        best = { genre: template.id, section: section.id, confidence: Math.round(score * 100) / 100 };
      }
    }
  }
  return best;
}

/** Where the writer's caret is, in report terms: the genre and the section, when they can be told. */
export interface CaretSection {
  genre?: string;
  section?: string;
}

/**
 * The section the caret at `caret` is in, for a field labelled `label` holding `text`: the
 * field's own section (a 存在问题 field), or, in a whole-report field, the section of the report
 * whose range holds the caret.
 */
export function sectionAtCaret(
  label: string,
  text: string,
  caret: number,
  templates: readonly Template[] = BUILTIN_TEMPLATES,
): CaretSection {
  const role = fieldRole(label, templates);
  if (role.kind === 'section') return { genre: role.genre, section: role.section };
  if (!text.trim()) return role.kind === 'report' ? { genre: role.genre } : {};
  const doc = parse(text);
  const genre = role.kind === 'report' ? role.genre : detectGenre(doc, templates, { label })?.id;
  const template = genre ? (templates.find((t) => t.id === genre) ?? builtinTemplate(genre)) : undefined;
  if (!genre || !template) return {};
  const found = matchSections(doc, template).filter((s) => s.found && s.start <= caret && caret <= s.end);
  // The innermost (shortest) section holding the caret.
  found.sort((a, b) => a.end - a.start - (b.end - b.start));
  return found[0] ? { genre, section: found[0].id } : { genre };
}
