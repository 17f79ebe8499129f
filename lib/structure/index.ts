// The report structure engine: templates, parser, genre detection, section matching and checks.
// Pure TypeScript over strings; the panel, the CLI and the tests all call these.

export { type CheckOptions, type CheckResult, check } from './check';
export { BUILTIN_DATA } from './data/builtin';
export { type Formulation, type LookAlike, type OrderedList, parseRuleData, RuleData } from './data/schema';
export {
  exportUnitWording,
  parseUnitWording,
  UnitWording,
  type UnitWordingResult,
  WORDING_FORMAT,
} from './data/unit-wording';
export { detectGenre, type GenreGuess } from './detect';
export { BUILTIN_WORDING, SOURCES, WordingEntry } from './dictionary';
export type { EnumItem, Heading, Marker, MarkerFamily, ReportDocument, Span } from './document';
export { applyFix, applyFixes, type Finding, type Fix, type Severity } from './finding';
export { type LayoutMatch, matchLayout, matchSections, type SectionMatch, scoreHeading } from './match';
export { type ParseOptions, parse } from './parse';
export { OFF_BY_DEFAULT, RULES, type RuleId, RuleSetting, RuleSettings } from './rules';
export type { SchemaError } from './schema-errors';
export { skeleton } from './skeleton';
export { Layout, parseTemplate, Template, type TemplateResult, TemplateSection } from './template-schema';
export { BUILTIN_TEMPLATES, builtinTemplate, withUserTemplates } from './templates';
