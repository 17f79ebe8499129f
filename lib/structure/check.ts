import { acceptedRanges, isAccepted } from './accepted';
import { checkCompat, checkLookAlikes, checkWideDigits } from './checks/charset';
import { checkDateForms, checkDateSpaces, checkTitleEnd, checkWidePoints } from './checks/dates';
import { checkEnumerations } from './checks/enumeration';
import { checkFormulations, checkNearMisses, checkOrders } from './checks/formulation';
import { checkLength } from './checks/length';
import { checkApproxComma, checkDoubleVague, checkShortYears, checkYearMismatch } from './checks/number';
import { checkNumbering } from './checks/numbering';
import { checkPairs } from './checks/pairs';
import { checkPlaceholders } from './checks/placeholder';
import { checkDoubled, checkEllipsisDash, checkHalfWidth, checkHeadingEnd, checkListComma } from './checks/punctuation';
import { checkDuplicateSentences, checkRepeatedWords } from './checks/repetition';
import { checkSections } from './checks/sections';
import { checkRequiredWording, checkWording, compileWording, unitEntries } from './checks/wording';
import { type Check, type CheckContext, verbatimMask } from './context';
import { BUILTIN_DATA } from './data/builtin';
import { mergeRuleData, type RuleData } from './data/schema';
import type { UnitWording } from './data/unit-wording';
import { detectGenre, type GenreGuess } from './detect';
import type { WordingEntry } from './dictionary';
import type { ReportDocument } from './document';
import type { Finding } from './finding';
import { matchLayout, type SectionMatch } from './match';
import { parse } from './parse';
import { effectiveSeverity, type RuleSettings } from './rules';
import type { Layout, Template } from './template-schema';
import { BUILTIN_TEMPLATES } from './templates';
import { sectionTitles } from './titles';
import { reportYear } from './year';

/** What to check against and how. Everything is optional: the genre is detected when not given. */
export interface CheckOptions {
  /** Id of the genre to check against (a built-in or one of `templates`). */
  genre?: string;
  /** Templates to choose from: the built-ins plus the user's, by default the built-ins. */
  templates?: readonly Template[];
  /** The form field's label, a strong hint of the genre (年度考核个人总结). */
  label?: string;
  /** The form field's length limit. */
  maxLength?: number;
  /**
   * Analyse at most this many characters (a field of a million characters would take seconds):
   * rules run on the first `limit` characters, length rules count the whole text.
   */
  limit?: number;
  /** The character that stands for removed names (e.g. *); its runs are never placeholders. */
  anonymisationMarker?: string;
  /** Per-rule switches and severities. */
  rules?: RuleSettings;
  /** The user's formulations, look-alikes and placeholders, added to the built-in data. */
  data?: Partial<RuleData>;
  /**
   * The field holds one section only (forms often have a field per part, e.g. 存在的问题): rules about
   * the whole report's structure and length are skipped.
   */
  section?: string;
  /** The year the report is about, when the form or the profile says (年度); else read from the title. */
  year?: number;
  /** The writer's own dictionary entries, checked with the built-in ones. */
  wording?: readonly WordingEntry[];
  /** The unit's wording lists (统一口径): forbidden and required wording. */
  units?: readonly UnitWording[];
  /** The writer's word list (添加到我的词表): wording findings on these words are never made. */
  accepted?: readonly string[];
}

/** Everything the panel shows: the parsed document, the genre, the outline and the findings. */
export interface CheckResult {
  doc: ReportDocument;
  genre?: GenreGuess;
  template?: Template;
  sections: SectionMatch[];
  /** The genre's layout the text was matched against, when the genre has several. */
  layout?: Layout;
  findings: Finding[];
  /** Set when only the first `analysed` characters were analysed (options.limit). */
  analysed?: number;
}

const CHECKS: readonly Check[] = [
  checkSections,
  checkNumbering,
  checkEnumerations,
  checkHalfWidth,
  checkDoubled,
  checkEllipsisDash,
  checkHeadingEnd,
  checkListComma,
  checkPairs,
  checkPlaceholders,
  checkFormulations,
  checkOrders,
  checkNearMisses,
  checkWording,
  checkRequiredWording,
  checkLookAlikes,
  checkCompat,
  checkWideDigits,
  checkShortYears,
  checkDoubleVague,
  checkApproxComma,
  checkYearMismatch,
  checkWidePoints,
  checkDateSpaces,
  checkDateForms,
  checkTitleEnd,
  checkRepeatedWords,
  checkDuplicateSentences,
  checkLength,
];

/** Parses `text`, finds its genre and sections, and runs every enabled rule. Never throws on any string. */
export function check(whole: string, options: CheckOptions = {}): CheckResult {
  const capped = options.limit !== undefined && whole.length > options.limit;
  const text = capped ? whole.slice(0, options.limit) : whole;
  const templates = options.templates ?? BUILTIN_TEMPLATES;
  const chosen = options.genre ? templates.find((t) => t.id === options.genre) : undefined;
  // With a known genre, its own aliases tell the parser where glued headings end.
  const doc = parse(text, chosen ? { knownTitles: sectionTitles(chosen.sections) } : {});
  const genre = chosen ? { id: chosen.id, confidence: 1 } : detectGenre(doc, templates, { label: options.label });
  const template = chosen ?? templates.find((t) => t.id === genre?.id);
  const isWhole = options.section === undefined;
  const { sections, layout } = template && isWhole ? matchLayout(doc, template) : { sections: [], layout: undefined };
  const ctx: CheckContext = {
    text,
    doc,
    sections,
    partial: !isWhole,
    data: options.data ? mergeRuleData(BUILTIN_DATA, options.data) : BUILTIN_DATA,
    verbatim: verbatimMask(text, doc),
    wording: compileWording(extraWording(options)),
    ...(yearOf(doc, options) !== undefined ? { year: yearOf(doc, options) } : {}),
    ...(options.units?.length ? { units: options.units } : {}),
    ...(template && isWhole ? { template } : {}),
    ...(capped ? { fullText: whole } : {}),
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
    ...(options.anonymisationMarker ? { anonymisationMarker: options.anonymisationMarker } : {}),
  };
  const findings: Finding[] = [];
  const accepted = acceptedRanges(text, options.accepted);
  for (const run of CHECKS) {
    for (const found of run(ctx)) {
      if (isAccepted(found, accepted)) continue;
      const severity = effectiveSeverity(found.rule, found.severity, options.rules);
      if (severity) findings.push(severity === found.severity ? found : { ...found, severity });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return {
    doc,
    sections,
    findings,
    ...(genre ? { genre } : {}),
    ...(template ? { template } : {}),
    ...(layout ? { layout } : {}),
    ...(capped ? { analysed: text.length } : {}),
  };
}

// The writer's and the unit's entries, as one array per distinct input so the compiled automaton is reused.
const extraCache = new WeakMap<object, WordingEntry[]>();
function extraWording(options: CheckOptions): readonly WordingEntry[] | undefined {
  const { wording, units } = options;
  if (!units?.length) return wording;
  const key = units as object;
  let cached = extraCache.get(key);
  if (!cached || (wording && !cached.every((e, i) => i >= wording.length || e === wording[i]))) {
    cached = [...(wording ?? []), ...unitEntries(units)];
    extraCache.set(key, cached);
  }
  return cached;
}

function yearOf(doc: ReportDocument, options: CheckOptions): number | undefined {
  return options.year ?? reportYear(doc);
}
