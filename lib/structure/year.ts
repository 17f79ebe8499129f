import type { ReportDocument } from './document';

// The year a report is about: the title's (2025年度述职报告), else a 年度 near the start (2025年度民主
// 生活会), else the year its opening speaks of (2025年，我……). Undefined when none is written.

const TITLE_YEAR = /((?:19|20)\d{2})\s*年/;
const YEAR_DU = /((?:19|20)\d{2})\s*年度/;
const OPENING_YEAR = /((?:19|20)\d{2})\s*年(?!以来|起|至|前|之前|开始)/;

/** The year the report is about, read from its own text. */
export function reportYear(doc: ReportDocument): number | undefined {
  const text = doc.text;
  const title = doc.title ? text.slice(doc.title.start, doc.title.end) : '';
  const found =
    TITLE_YEAR.exec(title)?.[1] ??
    YEAR_DU.exec(text.slice(0, 300))?.[1] ??
    (doc.opening
      ? OPENING_YEAR.exec(text.slice(doc.opening.start, Math.min(doc.opening.end, doc.opening.start + 120)))?.[1]
      : undefined);
  return found ? Number(found) : undefined;
}
