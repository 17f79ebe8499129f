/**
 * Variables in snippet text: `{{姓名}}` is replaced by the profile's value when the snippet is
 * inserted. Syntax:
 * - `{{名称}}`: a variable; spaces around the name are allowed (`{{ 单位 }}`). A name is 1–20
 *   letters (汉字 included), digits, `_`, `-` or `·`.
 * - `{{光标}}`: no text; the caret is left there after insertion (at most once).
 * - `{{今天}}`: today's date, `2026年11月29日`. `{{年度}}`: the profile's 年度, else the report year.
 * - `\{{`: a literal `{{` (the backslash is dropped). Everything else, a lone `{`, `}` or `}}`
 *   included, is literal text.
 * Anything else that opens with `{{` (no closing `}}` on the same line, an empty or illegal name,
 * three or more `{` in a row) is an error with its position: the output never carries a `{{…}}`.
 */

/** The variable names the product knows; any other name is a user-defined variable. */
export const BUILTIN_VARIABLES = ['姓名', '单位', '职务', '年度', '今天', '光标'] as const;

/** Values for variables, by name (`{ 姓名: '张三', 单位: '某某局' }`). */
export type Profile = Readonly<Record<string, string>>;

/** What is wrong with a template or a value. */
export type VariableIssueCode =
  | 'unclosed'
  | 'empty-name'
  | 'illegal-name'
  | 'too-many-braces'
  | 'cursor-repeated'
  | 'missing'
  | 'bad-value';

/** One problem, at UTF-16 offsets [start, end) of the template, with a message in both locales. */
export interface VariableIssue {
  code: VariableIssueCode;
  start: number;
  end: number;
  /** 1-based line and column of `start`, for the message. */
  line: number;
  column: number;
  name?: string;
  zh: string;
  en: string;
}

/** A template cut into literal text and variables. */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string; start: number; end: number };

/** The result of filling a template: the text and where the caret goes, or every issue found. */
export type FillResult = { ok: true; text: string; caret: number } | { ok: false; issues: VariableIssue[] };

/** What a variable name may be: 1–20 letters (汉字 included), digits, `_`, `-` or `·`. */
export const VARIABLE_NAME = /^[\p{L}\p{N}_·-]{1,20}$/u;
const CURSOR = '光标';
const TODAY = '今天';
const YEAR = '年度';

function position(template: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = template.indexOf('\n'); i >= 0 && i < offset; i = template.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function issue(template: string, code: VariableIssueCode, start: number, end: number, name?: string): VariableIssue {
  const at = position(template, start);
  const where = `第${at.line}行第${at.column}个字符`;
  const whereEn = `line ${at.line}, column ${at.column}`;
  const token = template.slice(start, end);
  const messages: Record<VariableIssueCode, [string, string]> = {
    unclosed: [
      `${where}的“{{”没有配对的“}}”。如要输入“{{”本身，请写“\\{{”。`,
      `"{{" at ${whereEn} has no closing "}}" on its line. To write "{{" itself, type "\\{{".`,
    ],
    'empty-name': [`${where}的“${token}”中没有变量名。`, `"${token}" at ${whereEn} has no variable name.`],
    'illegal-name': [
      `${where}的变量名“${name}”不合规：只能用汉字、字母、数字、“_”“-”“·”，最多20个字。`,
      `The variable name "${name}" at ${whereEn} is not allowed: use letters, digits, "_", "-" or "·", at most 20.`,
    ],
    'too-many-braces': [
      `${where}连续出现三个以上“{”。如要输入“{{”本身，请写“\\{{”。`,
      `Three or more "{" in a row at ${whereEn}. To write "{{" itself, type "\\{{".`,
    ],
    'cursor-repeated': [
      `${where}又出现了“{{光标}}”，一段素材只能有一个光标位置。`,
      `A second "{{光标}}" (caret) at ${whereEn}: a snippet has one caret position.`,
    ],
    missing: [`还没有填写“${name}”（${where}）。`, `No value for "${name}" (${whereEn}).`],
    'bad-value': [
      `“${name}”的内容里不能有“{”或“}”（${where}）。`,
      `The value of "${name}" may not contain "{" or "}" (${whereEn}).`,
    ],
  };
  const [zh, en] = messages[code];
  return { code, start, end, ...at, ...(name === undefined ? {} : { name }), zh, en };
}

/** Cuts a template into text and variables, with every syntax issue (never throws). */
export function parseTemplate(template: string): { parts: TemplatePart[]; issues: VariableIssue[] } {
  const parts: TemplatePart[] = [];
  const issues: VariableIssue[] = [];
  let text = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open < 0) break;
    if (open > 0 && template.charAt(open - 1) === '\\') {
      text += `${template.slice(i, open - 1)}{{`;
      i = open + 2;
      continue;
    }
    text += template.slice(i, open);
    let runEnd = open + 2;
    while (template.charAt(runEnd) === '{') runEnd++;
    if (runEnd - open > 2) {
      issues.push(issue(template, 'too-many-braces', open, runEnd));
      i = runEnd;
      continue;
    }
    const close = template.indexOf('}}', runEnd);
    const lineEnd = template.indexOf('\n', runEnd);
    const nextOpen = template.indexOf('{{', runEnd);
    if (close < 0 || (lineEnd >= 0 && lineEnd < close) || (nextOpen >= 0 && nextOpen < close)) {
      const end = [lineEnd, nextOpen, template.length].filter((n) => n >= 0).reduce((a, b) => Math.min(a, b));
      issues.push(issue(template, 'unclosed', open, end));
      i = end;
      continue;
    }
    const end = close + 2;
    const name = template.slice(runEnd, close).trim();
    if (name === '') issues.push(issue(template, 'empty-name', open, end));
    else if (!VARIABLE_NAME.test(name)) issues.push(issue(template, 'illegal-name', open, end, name));
    else {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push({ kind: 'variable', name, start: open, end });
    }
    i = end;
  }
  text += template.slice(i);
  if (text) parts.push({ kind: 'text', text });
  return { parts, issues };
}

/** Names of the variables a template uses that a profile can fill (not 今天/光标), first use first. */
export function templateVariables(template: string): string[] {
  const names = new Set<string>();
  for (const part of parseTemplate(template).parts) {
    if (part.kind === 'variable' && part.name !== CURSOR && part.name !== TODAY) names.add(part.name);
  }
  return [...names];
}

/** The variables of a template that `profile` has no value for, for the UI to ask (年度 has a default). */
export function missingVariables(template: string, profile: Profile): string[] {
  return templateVariables(template).filter((name) => name !== YEAR && profileValue(profile, name) === undefined);
}

// Own properties only: `{{constructor}}` must not find Object.prototype.constructor.
function profileValue(profile: Profile, name: string): string | undefined {
  if (!Object.hasOwn(profile, name)) return undefined;
  const value = profile[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** `2026年11月29日`: the date form of Chinese official documents, in local time. */
export function chineseDate(now: Date): string {
  return `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
}

/** The year a report is usually about: last year until the end of March, else this year. */
export function reportYear(now: Date): string {
  return String(now.getMonth() < 3 ? now.getFullYear() - 1 : now.getFullYear());
}

/** Fills every variable from `profile`; the caret goes to `{{光标}}`, else the end. Never throws. */
export function fillTemplate(template: string, profile: Profile, now: Date = new Date()): FillResult {
  const { parts, issues } = parseTemplate(template);
  let text = '';
  let caret: number | undefined;
  for (const part of parts) {
    if (part.kind === 'text') {
      text += part.text;
      continue;
    }
    const { name, start, end } = part;
    if (name === CURSOR) {
      if (caret === undefined) caret = text.length;
      else issues.push(issue(template, 'cursor-repeated', start, end));
      continue;
    }
    const value =
      profileValue(profile, name) ?? (name === TODAY ? chineseDate(now) : name === YEAR ? reportYear(now) : undefined);
    if (value === undefined) issues.push(issue(template, 'missing', start, end, name));
    else if (/[{}]/.test(value)) issues.push(issue(template, 'bad-value', start, end, name));
    else text += value;
  }
  if (issues.length > 0) return { ok: false, issues: issues.sort((a, b) => a.start - b.start) };
  return { ok: true, text, caret: caret ?? text.length };
}

/** What inserting a snippet needs next: nothing (ready), answers for some variables, or a fix. */
export type Insertion =
  | { kind: 'ready'; text: string; caret: number }
  | { kind: 'ask'; names: string[] }
  | { kind: 'broken'; issues: VariableIssue[] };

/**
 * The panel's one call before inserting: the filled text and caret, or the variables to ask the
 * user for (when that is all that is wrong), or the issues to show.
 */
export function prepareInsertion(template: string, profile: Profile, now: Date = new Date()): Insertion {
  const result = fillTemplate(template, profile, now);
  if (result.ok) return { kind: 'ready', text: result.text, caret: result.caret };
  if (result.issues.every((i) => i.code === 'missing')) {
    return { kind: 'ask', names: [...new Set(result.issues.map((i) => i.name ?? ''))] };
  }
  return { kind: 'broken', issues: result.issues };
}

/** Turns plain text (e.g. saved from a page) into a template that fills back to exactly that text. */
export function escapeTemplateText(text: string): string {
  return text.replaceAll('{{', '\\{{');
}
