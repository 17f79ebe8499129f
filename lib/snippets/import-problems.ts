import type * as z from 'zod';
import { formatPath } from '../format-path';

/** Why an import file was refused; each has a message in Chinese and English. */
export type ImportProblemCode =
  | 'too-large'
  | 'empty'
  | 'not-utf8'
  | 'binary'
  | 'not-json'
  | 'not-csv'
  | 'truncated'
  | 'too-deep'
  | 'forbidden-key'
  | 'wrong-format'
  | 'wrong-version'
  | 'invalid-field'
  | 'duplicate-id'
  | 'unknown-type'
  /** A .docx that cannot be read (an old .doc, encrypted or damaged). */
  | 'not-docx';

/** One reason a file was refused; `path` names the field (`snippets[3].title`) when it is one. */
export interface ImportProblem {
  code: ImportProblemCode;
  path?: string;
  zh: string;
  en: string;
}

/** The most problems listed for one file; a file with more says how many were left out. */
export const MAX_PROBLEMS = 20;

// "第4条素材的 title" reads better than "snippets[3].title" for a user; the path stays for the UI.
function describePath(path: readonly PropertyKey[]): { zh: string; en: string } {
  const [root, index, ...rest] = path;
  if (root === 'snippets' && typeof index === 'number') {
    const field = formatPath(rest);
    return {
      zh: `第${index + 1}条素材${field ? `的“${field}”` : ''}`,
      en: `snippet ${index + 1}${field ? `, field "${field}"` : ''}`,
    };
  }
  const field = formatPath(path) || '(根)';
  return { zh: `“${field}”`, en: `"${formatPath(path) || '(root)'}"` };
}

/** A problem with its bilingual message; `path` is included when the problem is at a field. */
export function problem(code: ImportProblemCode, zh: string, en: string, path?: readonly PropertyKey[]): ImportProblem {
  return { code, zh, en, ...(path === undefined ? {} : { path: formatPath(path) }) };
}

const TYPE_ZH: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true/false',
  array: '列表',
  object: '对象',
  int: '整数',
};

function reason(issue: z.core.$ZodIssue): { zh: string; en: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { zh: `应为${TYPE_ZH[issue.expected] ?? issue.expected}`, en: `expected ${issue.expected}` };
    case 'too_big':
      return { zh: `超过上限（${String(issue.maximum)}）`, en: `more than the limit (${String(issue.maximum)})` };
    case 'too_small':
      return { zh: '为空或太短', en: 'empty or too short' };
    case 'invalid_value':
      return {
        zh: `只能是 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}`,
        en: `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`,
      };
    case 'unrecognized_keys':
      return { zh: `有不认识的字段：${issue.keys.join('、')}`, en: `unknown fields: ${issue.keys.join(', ')}` };
    default:
      return { zh: '格式不对', en: 'is not valid' };
  }
}

/** Turns zod's issues into problems naming the entry and field at fault, at most MAX_PROBLEMS. */
export function fieldProblems(issues: readonly z.core.$ZodIssue[]): ImportProblem[] {
  const out = issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const where = describePath(issue.path);
    const why = reason(issue);
    return problem('invalid-field', `${where.zh}${why.zh}。`, `${where.en}: ${why.en}.`, issue.path);
  });
  if (issues.length > MAX_PROBLEMS) {
    const more = issues.length - MAX_PROBLEMS;
    out.push(problem('invalid-field', `另有${more}处问题未列出。`, `${more} more problems not listed.`));
  }
  return out;
}
