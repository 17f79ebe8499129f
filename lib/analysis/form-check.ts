import type { FormScan, ScannedField } from '../messages';
import {
  BUILTIN_TEMPLATES,
  type CheckResult,
  check,
  type Finding,
  type RuleSettings,
  type Template,
  type UnitWording,
} from '../structure';
import { charsetFindings } from './charset';
import { fieldRole } from './sections';

/**
 * The most characters of one field the check analyses: a tenth of a second or so of checking. A longer field (a
 * million characters pasted by mistake) is checked in its first part, its length counted whole,
 * and the panel says so.
 */
export const MAX_ANALYSED_CHARS = 100_000;

/** The check of one form field: where it is, what it is for, and what is wrong in it. */
export interface FieldReport {
  frameId: number;
  field: ScannedField;
  genre?: string;
  findings: Finding[];
  /** Set when the field was too long to check whole: the characters checked. */
  analysed?: number;
}

/** Choices the writer made in settings that change the check. */
export interface FormCheckOptions {
  templates?: readonly Template[];
  /** The genre the writer chose for the site: whole-report fields are checked against it. */
  genre?: string;
  anonymisationMarker?: string;
  rules?: RuleSettings;
  /** The writer's word list (添加到我的词表): never flagged. */
  accepted?: readonly string[];
  /** The unit's wording lists (统一口径). */
  units?: readonly UnitWording[];
  /** The year the reports are about (the profile's 年度), when the text does not say. */
  year?: number;
}

/**
 * Checks every visible field of a scanned form with the report engine: a field that holds a whole
 * report against its genre, a field for one section as that section, any other text field for
 * punctuation, placeholders and the like. Adds what only the form knows: a required field left
 * empty, characters the page's charset cannot post (charset/unencodable). Fields with no findings are left out, unless too long to check whole.
 */
export function checkForm(scan: FormScan, options: FormCheckOptions = {}): FieldReport[] {
  const templates = options.templates ?? BUILTIN_TEMPLATES;
  const reports: FieldReport[] = [];
  for (const { frameId, fields } of scan.frames) {
    for (const field of fields) {
      if (!field.visible) continue;
      const report = checkField(frameId, field, templates, options);
      if (report.findings.length > 0 || report.analysed !== undefined) reports.push(report);
    }
  }
  return reports;
}

function checkField(
  frameId: number,
  field: ScannedField,
  templates: readonly Template[],
  options: FormCheckOptions,
): FieldReport {
  const empty = field.text.trim() === '';
  // (Form-level rules, which only the form knows of: length/required-empty, length/skeleton-only.)
  if (empty) {
    const findings: Finding[] = field.required
      ? [
          {
            // A form-level rule: the engine sees text, only the form knows a field is required.
            rule: 'length/required-empty',
            severity: 'error',
            message: { zh: '必填项，尚未填写。', en: 'Required, still empty.' },
            start: 0,
            end: 0,
          },
        ]
      : [];
    return { frameId, field, findings };
  }
  const encoding = charsetFindings(field.text, field.charset);
  const report = checkText(frameId, field, templates, options);
  return encoding.length > 0 ? { ...report, findings: [...encoding, ...report.findings] } : report;
}

function checkText(
  frameId: number,
  field: ScannedField,
  templates: readonly Template[],
  options: FormCheckOptions,
): FieldReport {
  const role = fieldRole(field.label, templates, options.genre);
  const genre =
    role.kind === 'report' && options.genre ? options.genre : role.kind !== 'other' ? role.genre : undefined;
  // Names, dates and the like in single-line inputs are not report text.
  if (role.kind === 'other' && field.kind === 'input') return { frameId, field, findings: [] };
  const result = check(field.text, {
    templates,
    label: field.label,
    ...(genre ? { genre } : {}),
    ...(role.kind === 'section' ? { section: role.section } : {}),
    ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
    ...(options.anonymisationMarker ? { anonymisationMarker: options.anonymisationMarker } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.accepted?.length ? { accepted: options.accepted } : {}),
    ...(options.units?.length ? { units: options.units } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    limit: MAX_ANALYSED_CHARS,
  });
  // A field that is not a whole report is not judged by a report's structure.
  const findings =
    role.kind === 'report' ? skeletonOnly(result) : result.findings.filter((f) => !f.rule.startsWith('structure/'));
  return {
    frameId,
    field,
    ...(result.genre ? { genre: result.genre.id } : {}),
    findings,
    ...(result.analysed !== undefined ? { analysed: result.analysed } : {}),
  };
}

/**
 * A report that is still only the inserted outline (headings, nothing under any of them) is one
 * finding, not one "heading only" per section: the writer has not started yet.
 */
function skeletonOnly(result: CheckResult): Finding[] {
  const headed = result.sections.filter((s) => s.found && s.heading);
  const empty = result.findings.filter((f) => f.rule === 'structure/empty-section');
  if (headed.length < 2 || empty.length < headed.length) return result.findings;
  return [
    {
      rule: 'length/skeleton-only',
      severity: 'error',
      message: {
        zh: '只有插入的提纲（各部分标题），还没有写内容。',
        en: 'Only the inserted outline (section headings); nothing written yet.',
      },
      start: 0,
      end: 0,
    },
    ...result.findings.filter((f) => f.rule !== 'structure/empty-section'),
  ];
}

/** Counts of findings by severity, for the summary line and the toolbar badge. */
export function countBySeverity(reports: readonly FieldReport[]): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const report of reports) for (const f of report.findings) counts[f.severity]++;
  return counts;
}

/** The text a finding is about, shortened for a list line. */
export function excerpt(text: string, start: number, end: number): string {
  const piece = text.slice(start, end);
  return piece.length > 24 ? `${piece.slice(0, 23)}…` : piece;
}
