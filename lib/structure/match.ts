import { coverByContent, isHeadingless } from './coverage';
import type { Heading, ReportDocument, Span } from './document';
import { layoutTemplates } from './layouts';
import type { Layout, SectionRole, Template, TemplateSection } from './template-schema';

/** One template section and where (if anywhere) the report has it. */
export interface SectionMatch {
  id: string;
  role: SectionRole;
  title: string;
  required: boolean;
  found: boolean;
  /** The heading that opens it; absent for the opening and closing, which have none. */
  heading?: Heading;
  /** Further headings that matched the same section (a section written twice). */
  duplicates: Heading[];
  confidence: number;
  /** The section's whole range (heading and body); a zero-width insertion point when missing. */
  start: number;
  end: number;
  /** The body alone, without the heading. */
  body?: Span;
  /** Set when no heading names the section and its content shows it (a text written without headings). */
  by?: 'content';
  /** Set when the text has no headings and its content does not clearly show this section either. */
  unclear?: boolean;
}

/** The layout of a genre that fits the text best, and the sections matched against it. */
export interface LayoutMatch {
  layout?: Layout;
  sections: SectionMatch[];
}

// Words that carry a section's meaning when no alias matches (开展问题整改的打算 → plans).
const ROLE_WORDS: Partial<Record<SectionRole, RegExp>> = {
  problems: /问题|不足|差距|短板/,
  causes: /原因|根源/,
  plans: /打算|计划|方向|措施|思路|举措/,
  suggestions: /建议|对策/,
  results: /成效|成绩|做法|工作情况/,
  integrity: /廉/,
  experience: /经验|体会/,
};

/** How well a heading title matches a section (0–1): exact alias, alias prefix, alias inside, or meaning. */
export function scoreHeading(rawTitle: string, section: TemplateSection): number {
  const title = rawTitle.replace(/[\s“”"‘’'《》]/g, '').replace(/^\d{4}年度?/, '');
  let best = 0;
  for (const alias of section.aliases) {
    let score = 0;
    if (title === alias) score = 1;
    else if (alias.length === 1) {
      // 德 / 能 / 勤 only as the whole heading or its first word: 德：… 德的方面.
      score = title.startsWith(alias) && /^[：:，、（(的方。]/.test(title.slice(1)) ? 0.9 : 0;
    } else if (title.startsWith(alias)) score = 0.85 + (0.15 * alias.length) / title.length;
    else if (title.includes(alias)) score = 0.6 + (0.3 * alias.length) / title.length;
    if (score > best) best = score;
  }
  const words = ROLE_WORDS[section.role];
  if (best < 0.55 && words?.test(title)) best = 0.55;
  return best;
}

/** Maps the report's headings to the sections of the genre's best-fitting layout, in template order. */
export function matchSections(doc: ReportDocument, template: Template): SectionMatch[] {
  return matchLayout(doc, template).sections;
}

/**
 * Matches the text against each layout of the genre (述职述廉 and 述职述责述廉, 个人总结 by 德能勤绩廉
 * or by 工作/问题/打算) and keeps the one that fits best; the first wins a tie.
 */
export function matchLayout(doc: ReportDocument, template: Template): LayoutMatch {
  let best: (LayoutMatch & { score: number }) | undefined;
  for (const { layout, template: narrowed } of layoutTemplates(template)) {
    const sections = matchOne(doc, narrowed);
    const score = layoutFit(sections);
    if (!best || score > best.score + 1e-9) best = { sections, score, ...(layout ? { layout } : {}) };
  }
  const { score: _, ...out } = best ?? { sections: [], score: 0 };
  return out;
}

// Sections named by their headings count most (a 德 heading is the five-aspect layout's, whatever is
// missing); those placed by position or judged from content count little (every layout could claim
// them); a required one missing or one written twice counts against.
function layoutFit(sections: readonly SectionMatch[]): number {
  let score = 0;
  for (const s of sections) {
    if (s.role === 'opening' || s.role === 'closing') continue;
    if (s.by === 'content') score += 0.2;
    else if (s.found) score += s.confidence >= 0.5 ? 2 * s.confidence : 0.1;
    else if (s.required) score -= s.unclear ? 0.1 : 0.5;
    score -= s.duplicates.length;
  }
  return score;
}

function matchOne(doc: ReportDocument, template: Template): SectionMatch[] {
  const text = doc.text;
  const matches = template.sections.map((section) => emptyMatch(section));
  const byId = new Map(matches.map((m) => [m.id, m]));
  // Long reports repeat heading wordings; score each distinct wording once.
  const scored = new Map<string, { index: number; score: number } | undefined>();
  const bestSection = (title: string) => {
    if (scored.has(title)) return scored.get(title);
    let best: { index: number; score: number } | undefined;
    template.sections.forEach((section, index) => {
      if (section.role === 'opening' || section.role === 'closing') return;
      const score = scoreHeading(title, section);
      if (score > 0 && (!best || score > best.score)) best = { index, score };
    });
    scored.set(title, best);
    return best;
  };
  const assign = (heading: Heading, minScore: number) => {
    const hit = bestSection(text.slice(heading.title.start, heading.title.end));
    if (!hit || hit.score < minScore) return false;
    const best = { match: matches[hit.index] as SectionMatch, score: hit.score };
    const { match, score } = best;
    if (match.heading) match.duplicates.push(heading);
    else Object.assign(match, { found: true, heading, confidence: round(score), ...range(heading) });
    return true;
  };
  const unmatched = doc.headings.filter((heading) => !assign(heading, 0.5));
  // Sections nested one level down (一、工作总结 → （一）德) count when the match is clear.
  for (const heading of doc.headings)
    for (const child of heading.children) {
      const title = text.slice(child.title.start, child.title.end);
      const open = template.sections.some(
        (s) => !byId.get(s.id)?.found && s.role !== 'opening' && scoreHeading(title, s) >= 0.85,
      );
      if (open) assign(child, 0.85);
    }
  matchByPosition(unmatched, template, matches);
  const byParagraph = matchParagraphs(doc, template, matches);
  const opening = byId.get('opening') ?? matches.find((m) => m.role === 'opening');
  // The opening ends where the first section found by its paragraph begins.
  const openingEnd = Math.min(doc.opening?.end ?? 0, byParagraph ?? Number.POSITIVE_INFINITY);
  if (opening && doc.opening && openingEnd > doc.opening.start) {
    const span = { start: doc.opening.start, end: lastParagraphEnd(doc, openingEnd) };
    Object.assign(opening, { found: true, confidence: 1, ...span, body: { ...span } });
  }
  const closing = matches.find((m) => m.role === 'closing');
  if (closing && doc.closing)
    Object.assign(closing, { found: true, confidence: 1, ...doc.closing, body: { ...doc.closing } });
  if (isHeadingless(doc)) coverByContent(doc, template, matches);
  placeMissing(matches, doc);
  return matches;
}

// Thematic headings (一、坚持政治引领，筑牢思想根基) name no section, but where they stand does: between
// the opening and 存在的问题 they can only be the work and results. A heading is given to the one
// required section missing between its found neighbours; further headings there extend it.
function matchByPosition(unmatched: readonly Heading[], template: Template, matches: SectionMatch[]): void {
  const byPosition = new Set<number>();
  for (const heading of unmatched) {
    let prev = template.sections.findIndex((s) => s.role === 'opening');
    let next = template.sections.length;
    matches.forEach((match, i) => {
      if (!match.heading || byPosition.has(i)) return;
      if (match.heading.start < heading.start) prev = Math.max(prev, i);
      else next = Math.min(next, i);
    });
    const candidates: number[] = [];
    for (let i = prev + 1; i < next; i++) {
      const section = template.sections[i];
      const match = matches[i];
      if (section && match && section.required && (!match.found || byPosition.has(i))) candidates.push(i);
    }
    const only = candidates.length === 1 ? candidates[0] : undefined;
    const match = only === undefined ? undefined : matches[only];
    if (only === undefined || !match) continue;
    if (byPosition.has(only)) {
      match.end = heading.bodyEnd;
      if (match.body) match.body.end = heading.bodyEnd;
    } else {
      byPosition.add(only);
      Object.assign(match, { found: true, heading, confidence: 0.4, ...range(heading) });
    }
  }
}

// Summaries typed without headings (政治思想方面，我……。业务上，……) still have their sections: a
// paragraph whose first words hold an alias stands for a section no heading was found for.
function matchParagraphs(doc: ReportDocument, template: Template, matches: SectionMatch[]): number | undefined {
  const text = doc.text;
  const headingStarts = new Set(doc.allHeadings.map((h) => h.start));
  let first: number | undefined;
  for (const para of doc.paragraphs) {
    if (headingStarts.has(para.start) || (doc.title && para.start < doc.title.end)) continue;
    const head = text.slice(para.start, para.start + 14);
    template.sections.forEach((section, i) => {
      const match = matches[i] as SectionMatch;
      if (match.found || section.role === 'opening' || section.role === 'closing') return;
      if (!section.aliases.some((alias) => alias.length >= 2 && head.includes(alias))) return;
      Object.assign(match, { found: true, confidence: 0.5, ...para, body: { ...para } });
      first = Math.min(first ?? para.start, para.start);
    });
  }
  return first;
}

function lastParagraphEnd(doc: ReportDocument, before: number): number {
  let end = doc.opening?.start ?? 0;
  for (const para of doc.paragraphs) if (para.end <= before) end = Math.max(end, para.end);
  return end;
}

function emptyMatch(section: TemplateSection): SectionMatch {
  return {
    id: section.id,
    role: section.role,
    title: section.title.zh,
    required: section.required,
    found: false,
    duplicates: [],
    confidence: 0,
    start: 0,
    end: 0,
  };
}

function range(heading: Heading): Pick<SectionMatch, 'start' | 'end' | 'body'> {
  return { start: heading.start, end: heading.bodyEnd, body: { start: heading.end, end: heading.bodyEnd } };
}

// A missing section points at where it belongs: the start of the next section found after it in
// the template (where its heading would be inserted), else the end of the last section before it.
function placeMissing(matches: SectionMatch[], doc: ReportDocument): void {
  let after = doc.opening?.end ?? doc.title?.end ?? 0;
  matches.forEach((match, i) => {
    if (match.found) {
      after = Math.max(after, match.end);
      return;
    }
    const next = matches.slice(i + 1).find((m) => m.found && m.heading);
    const at = match.role === 'closing' ? doc.body.end : (next?.start ?? after);
    match.start = at;
    match.end = at;
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
