import type { LocalText } from './template-schema';

/** How serious a finding is: errors block a clean check (exit 1), warnings and infos do not. */
export type Severity = 'error' | 'warning' | 'info';

/** A replacement that resolves a finding: put `text` in place of `[start, end)`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** One problem in the text: stable rule id, severity, bilingual message, exact range, optional fix. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: LocalText;
  start: number;
  end: number;
  fix?: Fix;
}

/** Builds a finding; `fix` is dropped when it would change nothing. */
export function finding(
  rule: string,
  severity: Severity,
  range: { start: number; end: number },
  zh: string,
  en: string,
  fix?: Fix,
): Finding {
  const out: Finding = { rule, severity, message: { zh, en }, start: range.start, end: range.end };
  if (fix) out.fix = fix;
  return out;
}

/** Applies one fix to `text`. */
export function applyFix(text: string, fix: Fix): string {
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

/** Applies every fix that does not overlap an earlier one, back to front so offsets stay valid. */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Fix[] = [];
  for (const fix of fixes) {
    const prev = kept[kept.length - 1];
    if (!prev || fix.start >= prev.end) kept.push(fix);
  }
  let out = text;
  for (let i = kept.length - 1; i >= 0; i--) out = applyFix(out, kept[i] as Fix);
  return out;
}
