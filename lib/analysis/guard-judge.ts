import type { FormScan } from '../messages';
import { BUILTIN_TEMPLATES, type Finding } from '../structure';
import { checkForm, excerpt, type FormCheckOptions } from './form-check';
import { pageGenre } from './page-genre';

/** One error that holds a submission: the field it is in, the finding, and the text in question. */
export interface GuardFinding {
  frameId: number;
  fieldId: string;
  label: string;
  finding: Finding;
  excerpt: string;
}

/**
 * The errors the check before 提交 holds a submission for, judged as the panel's 检查 judges
 * (the same engine, the writer's templates, rules and wording): the genre is the writer's choice
 * for the site, else the one the whole page points to. Warnings and notes never hold a submission.
 * Runs where the engine lives (the extension's worker), never in the page.
 */
export function judgeForm(scan: FormScan, options: FormCheckOptions): GuardFinding[] {
  const genre = options.genre ?? pageGenre(scan, options.templates ?? BUILTIN_TEMPLATES);
  return checkForm(scan, { ...options, ...(genre ? { genre } : {}) }).flatMap((report) =>
    report.findings
      .filter((finding) => finding.severity === 'error')
      .map((finding) => ({
        frameId: report.frameId,
        fieldId: report.field.id,
        label: report.field.label,
        finding,
        excerpt: excerpt(report.field.text, finding.start, finding.end),
      })),
  );
}
