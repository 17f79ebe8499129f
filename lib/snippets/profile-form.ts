import { BUILTIN_VARIABLES, type Profile, VARIABLE_NAME } from './variables';

/** One name/value row of the profile form, as typed. */
export interface ProfileRow {
  name: string;
  value: string;
}

/** What is wrong with one row, in both locales; `row` indexes the rows given. */
export interface ProfileRowError {
  row: number;
  field: 'name' | 'value';
  zh: string;
  en: string;
}

/** The variables the profile form always shows, in this order. */
export const PROFILE_FIELDS = ['姓名', '单位', '职务', '年度'] as const;

// Filled by the product at insertion, so a stored value would never be used.
const COMPUTED: readonly string[] = BUILTIN_VARIABLES.filter((name) => name === '今天' || name === '光标');
const RESERVED = ['__proto__', 'constructor', 'prototype'];
const MAX_VARIABLES = 200;

/** The profile form's rows for a saved profile: the fixed fields first, then the user's own. */
export function profileRows(profile: Profile): ProfileRow[] {
  const fixed: readonly string[] = PROFILE_FIELDS;
  const own = Object.keys(profile).filter((name) => !fixed.includes(name));
  return [...PROFILE_FIELDS, ...own].map((name) => ({ name, value: profile[name] ?? '' }));
}

type RowProblem = [field: ProfileRowError['field'], zh: string, en: string];

// The first problem of one row, or undefined; `seen` holds the names of the rows above.
function rowProblem(name: string, value: string, seen: ReadonlySet<string>): RowProblem | undefined {
  if (name === '') return ['name', '请填写变量名。', 'Enter a variable name.'];
  if (!VARIABLE_NAME.test(name) || RESERVED.includes(name)) {
    return [
      'name',
      `变量名“${name}”不可用：只能由1至20个汉字、字母、数字或 _ - · 组成。`,
      `"${name}" cannot be a variable name: use 1–20 letters, digits, _, - or ·.`,
    ];
  }
  if (COMPUTED.includes(name)) return ['name', `“${name}”由填报助手自动填写，不能设置。`, `"${name}" is automatic.`];
  if (seen.has(name)) return ['name', `变量名“${name}”重复了。`, `"${name}" appears twice.`];
  if (/[{}]/.test(value)) return ['value', `“${name}”的值中不能有 { 或 }。`, `"${name}" cannot contain { or }.`];
  if (value.length > 1000) return ['value', `“${name}”的值超过1000字。`, `"${name}" is over 1000 characters.`];
  if (name === '年度' && value !== '' && !/^\d{4}$/.test(value)) {
    return ['value', '年度应为四位数字，如 2026。', 'The year must be four digits, e.g. 2026.'];
  }
  return undefined;
}

/**
 * Checks the rows of the profile form. Rows with an empty value are left out (the variable is
 * unset); every problem is reported at once, with its row, so the form can mark each field.
 */
export function checkProfileRows(
  rows: readonly ProfileRow[],
): { ok: true; profile: Record<string, string> } | { ok: false; errors: ProfileRowError[] } {
  const errors: ProfileRowError[] = [];
  const seen = new Set<string>();
  const profile: Record<string, string> = {};
  for (const [row, entry] of rows.entries()) {
    const name = entry.name.trim();
    const value = entry.value.trim();
    if (name === '' && value === '') continue;
    const found = rowProblem(name, value, seen);
    seen.add(name);
    if (found) errors.push({ row, field: found[0], zh: found[1], en: found[2] });
    else if (value !== '') profile[name] = value;
  }
  if (Object.keys(profile).length > MAX_VARIABLES) {
    const at = rows.length - 1;
    errors.push({ row: at, field: 'name', zh: `变量不能超过${MAX_VARIABLES}个。`, en: `At most ${MAX_VARIABLES}.` });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, profile };
}
