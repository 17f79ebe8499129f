import type * as z from 'zod';
import { formatPath } from '../format-path';

/** One problem in user-supplied data: the field path and what is wrong with it, in both locales. */
export interface SchemaError {
  path: string;
  zh: string;
  en: string;
}

// Custom refinement codes raised by our own schemas, with their wording.
const CUSTOM: Record<string, [zh: string, en: string]> = {
  'duplicate-id': ['编号重复，每个章节的编号必须唯一', 'duplicate id; every section id must be unique'],
  'min-over-max': ['最小长度大于最大长度', 'minimum length is greater than maximum length'],
  'quotes-only': ['只有引号，至少要有一个字', 'only quote marks; at least one other character is needed'],
  'duplicate-text': ['条目重复', 'a repeated entry'],
  'unknown-section': ['没有这个编号的部分', 'no section has this id'],
  'layout-order': ['布局中的部分须按文种的顺序排列', 'a layout lists its sections in the genre’s order'],
  'lowercase-id': [
    '编号只能用小写字母、数字和连字符，并以字母开头',
    'an id uses lowercase letters, digits and hyphens, starting with a letter',
  ],
};

/** Turns one zod issue into a message a user can act on, in Chinese and English. */
export function describeIssue(issue: z.core.$ZodIssue): SchemaError {
  const path = formatPath(issue.path) || '(根)';
  const [zh, en] = explain(issue);
  return { path, zh: `${path}：${zh}`, en: `${path}: ${en}` };
}

// How a user who edits JSON by hand reads zod's type names.
const TYPE_NAMES: Record<string, string> = {
  boolean: ' true 或 false',
  string: '文字（用引号括起）',
  number: '数字',
  array: '列表 [ … ]',
  object: '对象 { … }',
};

function explain(issue: z.core.$ZodIssue): [string, string] {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? ['缺少必填项', 'required field is missing']
        : [`类型错误，应为${TYPE_NAMES[issue.expected] ?? issue.expected}`, `wrong type, expected ${issue.expected}`];
    case 'too_small':
      return issue.origin === 'string'
        ? [`至少 ${issue.minimum} 个字符`, `at least ${issue.minimum} characters`]
        : issue.origin === 'array'
          ? [`至少 ${issue.minimum} 项`, `at least ${issue.minimum} items`]
          : [`不能小于 ${issue.minimum}`, `must be at least ${issue.minimum}`];
    case 'too_big':
      return issue.origin === 'string'
        ? [`最多 ${issue.maximum} 个字符`, `at most ${issue.maximum} characters`]
        : issue.origin === 'array'
          ? [`最多 ${issue.maximum} 项`, `at most ${issue.maximum} items`]
          : [`不能大于 ${issue.maximum}`, `must be at most ${issue.maximum}`];
    case 'unrecognized_keys':
      return [`不认识的字段：${issue.keys.join('、')}`, `unknown field(s): ${issue.keys.join(', ')}`];
    case 'invalid_value':
      return [
        `取值应为 ${issue.values.map(String).join(' / ')} 之一`,
        `must be one of ${issue.values.map(String).join(' / ')}`,
      ];
    case 'invalid_format':
      return CUSTOM[issue.message] ?? ['格式不正确', `invalid format (${issue.format})`];
    case 'custom':
      return CUSTOM[issue.message] ?? [issue.message, issue.message];
    default:
      return ['取值不正确', issue.message];
  }
}

/**
 * Validates `input` (JSON text or an already parsed value) with `schema`: the value, or the errors
 * naming each bad field (text that is not JSON at all is one error at the root).
 */
export function parseWithSchema<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; errors: SchemaError[] } {
  let value = input;
  const tooDeep: SchemaError = {
    path: '(根)',
    zh: `嵌套超过${MAX_DEPTH}层，不是有效的模板或规则文件。`,
    en: `nested deeper than ${MAX_DEPTH} levels; not a valid template or rule file.`,
  };
  if (typeof input === 'string') {
    // Counted before parsing: a file nested thousands deep would exhaust the stack of the schema.
    if (jsonDepth(input) > MAX_DEPTH) return { ok: false, errors: [tooDeep] };
    try {
      value = JSON.parse(input);
    } catch (error) {
      const at = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
      const cut = at === undefined ? /end of/i.test(String(error)) : Number(at) >= input.trimEnd().length;
      return {
        ok: false,
        errors: [
          cut
            ? {
                path: '(根)',
                zh: '不是有效的 JSON：文件不完整，可能被截断了。',
                en: 'not valid JSON: the file is incomplete; it may have been cut off.',
              }
            : {
                path: '(根)',
                zh: `不是有效的 JSON${at === undefined ? '' : `（第${Number(at) + 1}个字符处）`}。`,
                en: `not valid JSON${at === undefined ? '' : ` (at character ${Number(at) + 1})`}.`,
              },
        ],
      };
    }
  } else if (valueDepth(input) > MAX_DEPTH) return { ok: false, errors: [tooDeep] };
  // reportInput lets the message tell a missing field from a wrong one.
  const result = schema.safeParse(value, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: result.error.issues.map(describeIssue) };
}

/** Deepest nesting of objects and arrays a template or rule file may have (a template needs about 12). */
export const MAX_DEPTH = 40;

/** Nesting depth of JSON text, counted without parsing it (so an absurdly deep file cannot exhaust the stack). */
export function jsonDepth(json: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

// Nesting depth of a parsed value, walked without recursion; stops counting past MAX_DEPTH.
function valueDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [v, depth] = item;
    if (typeof v !== 'object' || v === null) continue;
    max = Math.max(max, depth + 1);
    if (max > MAX_DEPTH) return max;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return max;
}
