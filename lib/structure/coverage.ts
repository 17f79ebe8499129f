import type { ReportDocument } from './document';
import type { SectionMatch } from './match';
import type { Template, TemplateSection } from './template-schema';

// Form boxes (登记表 个人总结, a field per part) are written without headings: 德、能、勤、绩、廉 appear as
// content (政治理论学习…, 业务能力…, 出勤…), not as titles. In such a text a section is judged by what
// it talks about, and one that is not clearly there is said so as a hint, never as an error.

/**
 * A text is headingless when no heading stands on a line of its own or carries a number: unnumbered
 * run-in topic sentences (政治思想上，……。) are how such boxes are written, and name a section only
 * sometimes.
 */
export function isHeadingless(doc: ReportDocument): boolean {
  return !doc.allHeadings.some((h) => h.shape === 'standalone' || h.marker);
}

/**
 * Marks each section that no heading found as covered when one of its cue words appears (a box gives
 * each part a sentence or two: 全年出勤率100% is the whole of 勤), or as unclear otherwise.
 */
export function coverByContent(doc: ReportDocument, template: Template, matches: SectionMatch[]): void {
  const text = doc.text;
  matches.forEach((match) => {
    if (match.found || match.role === 'opening' || match.role === 'closing') return;
    const section = template.sections.find((s) => s.id === match.id);
    if (!section) return;
    let first = -1;
    for (const cue of cuesOf(section)) {
      const at = text.indexOf(cue);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    if (first < 0) {
      match.unclear = true;
      return;
    }
    const para = doc.paragraphs.find((p) => p.start <= first && first < p.end) ?? { start: first, end: first };
    Object.assign(match, { found: true, by: 'content', confidence: 0.3, ...para, body: { ...para } });
  });
}

// Cues when given; otherwise the aliases and outline of two characters or more stand in.
function cuesOf(section: TemplateSection): string[] {
  if (section.cues?.length) return section.cues;
  return [...section.aliases, ...section.outline].filter((w) => w.length >= 2 && !w.includes('…'));
}
