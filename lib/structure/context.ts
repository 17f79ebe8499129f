import type { Wording } from './checks/wording';
import type { RuleData } from './data/schema';
import type { UnitWording } from './data/unit-wording';
import type { ReportDocument, Span } from './document';
import type { Finding } from './finding';
import type { SectionMatch } from './match';
import type { Template } from './template-schema';

/** Everything a check may read. Checks are pure: context in, findings out. */
export interface CheckContext {
  text: string;
  doc: ReportDocument;
  template?: Template;
  sections: SectionMatch[];
  data: RuleData;
  /** Character used to anonymise names (the seed's *); runs of it are never placeholders. */
  anonymisationMarker?: string;
  /** The text is one part of a report (a field per section), not the whole. */
  partial: boolean;
  /** The form field's length limit, when the page gives one. */
  maxLength?: number;
  /** The whole text, when `text` is only its first part (too long to analyse): length rules count it. */
  fullText?: string;
  /** 1 where the text is a URL, an e-mail address or a heading marker: punctuation rules skip it. */
  verbatim: Uint8Array;
  /** The wording dictionary with the writer's and the unit's entries; the built-in one when absent. */
  wording?: Wording;
  /** The year the report is about (its title, its 年度 field, the profile), for time-bound wording. */
  year?: number;
  /** The unit's wording lists (统一口径). */
  units?: readonly UnitWording[];
}

/** A family of rules: reads the context, returns findings at their default severity. */
export type Check = (ctx: CheckContext) => Finding[];

const VERBATIM = /(?:https?:\/\/|www\.)[\w\-./?%&=#:~+@!]+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/g;

/** Marks URLs, e-mail addresses and heading markers, which punctuation rules must not touch. */
export function verbatimMask(text: string, doc: ReportDocument): Uint8Array {
  const mask = new Uint8Array(text.length);
  const mark = (span: Span) => mask.fill(1, span.start, span.end);
  VERBATIM.lastIndex = 0;
  for (let m = VERBATIM.exec(text); m; m = VERBATIM.exec(text)) mark({ start: m.index, end: m.index + m[0].length });
  for (const heading of doc.allHeadings) if (heading.marker) mark(heading.marker);
  return mask;
}

/** The paragraph-sized pieces of the text that prose rules look at, title and closing included. */
export function proseSpans(doc: ReportDocument): Span[] {
  const spans = [doc.title, doc.salutation, ...doc.paragraphs, doc.closing, doc.signature, doc.date];
  return spans.filter((s): s is Span => s !== undefined).sort((a, b) => a.start - b.start);
}
