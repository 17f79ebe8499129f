import type { ImportProblemCode } from '../../lib/snippets/import-problems';
import { exportLibrary, serializeExport } from '../../lib/snippets/transfer';
import { sampleLibrary } from './snippets';

// The corpus of bad import files (bad-input.test.ts): each is generated here, never committed, and
// names the refusal it must get. Imported by tests only.

/** One bad file: its name (the extension picks the reader), its bytes, and the refusal expected. */
export interface BadInput {
  name: string;
  file: string;
  content: () => Uint8Array | string;
  code: ImportProblemCode;
  /** What the Chinese message must say, beyond being Chinese. */
  zh?: RegExp;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const MB = 1024 * 1024;

/** A valid export of the sample library, as text. */
export function validExport(): string {
  return serializeExport(exportLibrary(sampleLibrary(), { now: Date.UTC(2026, 10, 29) }));
}

// A valid export with `edit` applied to its parsed value.
function edited(edit: (file: Record<string, unknown> & { snippets: Record<string, unknown>[] }) => unknown): string {
  const file = JSON.parse(validExport());
  const out = edit(file);
  return JSON.stringify(out === undefined ? file : out);
}

// 50 MB of export-looking text: refused by its size before it is decoded or parsed.
function huge(): Uint8Array {
  const out = new Uint8Array(50 * MB);
  const unit = utf8(`{"title":"标题","body":"${'正文'.repeat(100)}"},`);
  for (let at = 0; at + unit.length <= out.length; at += unit.length) out.set(unit, at);
  return out;
}
const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}${close.repeat(depth)}`;
const randomBytes = (n: number, seed: number) => {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
};

const SNIPPET_TYPES: [field: string, value: unknown][] = [
  ['title', 42],
  ['title', ''],
  ['title', 'x'.repeat(201)],
  ['body', null],
  ['body', 'x'.repeat(100_001)],
  ['tags', '开头'],
  ['tags', [1, 2]],
  ['favorite', true],
  ['starter', 'yes'],
  ['createdAt', '2026-01-01'],
  ['useCount', -1],
  ['useCount', 1.5],
  ['lastUsedAt', 1e20],
  ['id', ''],
  ['extra', 'x'],
];

/** Every bad file, generated. */
export function badInputs(): BadInput[] {
  const valid = validExport();
  const list: BadInput[] = [];
  const add = (name: string, file: string, content: () => Uint8Array | string, code: ImportProblemCode, zh?: RegExp) =>
    list.push({ name, file, content, code, ...(zh ? { zh } : {}) });

  // Truncated: cut anywhere inside, as an interrupted download or copy leaves it.
  for (const share of [0.1, 0.5, 0.9]) {
    add(
      `truncated at ${share * 100}%`,
      'library.json',
      () => valid.slice(0, Math.floor(valid.length * share)),
      'truncated',
      /截断/,
    );
  }
  add('truncated before the last brace', 'library.json', () => valid.trimEnd().slice(0, -1), 'truncated', /截断/);
  add('truncated to one brace', 'library.json', () => '{', 'truncated', /截断/);
  // Huge.
  for (const file of ['library.json', 'notes.txt', 'table.csv'])
    add(`50 MB ${file}`, file, huge, 'too-large', /太大.*50 MB/);
  // (GBK and UTF-16 files are read, not refused: lib/decode-text.test.ts.)
  // Wrong format or version.
  add(
    'another format',
    'library.json',
    () => edited((f) => ({ ...f, format: 'other-app' })),
    'wrong-format',
    /不是填报助手/,
  );
  add('no format', 'library.json', () => edited((f) => ({ ...f, format: undefined })), 'wrong-format');
  add('a JSON array', 'library.json', () => '[1,2,3]', 'wrong-format');
  add('JSON null', 'library.json', () => 'null', 'wrong-format');
  add('a JSON string', 'library.json', () => '"tianbao-snippets"', 'wrong-format');
  add('a newer version', 'library.json', () => edited((f) => ({ ...f, version: 2 })), 'wrong-version', /升级/);
  add('version as text', 'library.json', () => edited((f) => ({ ...f, version: '1' })), 'wrong-version');
  add('version 0', 'library.json', () => edited((f) => ({ ...f, version: 0 })), 'wrong-version');
  add('no version', 'library.json', () => edited((f) => ({ ...f, version: undefined })), 'wrong-version');
  // Wrong types, each naming the snippet and the field.
  for (const [field, value] of SNIPPET_TYPES) {
    add(
      `snippet ${field} = ${JSON.stringify(value).slice(0, 20)}`,
      'library.json',
      () => edited((f) => void Object.assign(f.snippets[1] ?? {}, { [field]: value })),
      'invalid-field',
      /第2条素材/,
    );
  }
  add(
    'snippets is an object',
    'library.json',
    () => edited((f) => ({ ...f, snippets: {} })),
    'invalid-field',
    /snippets/,
  );
  add(
    'exportedAt not a date',
    'library.json',
    () => edited((f) => ({ ...f, exportedAt: 'yesterday' })),
    'invalid-field',
  );
  add('profile with a number', 'library.json', () => edited((f) => ({ ...f, profile: { 姓名: 3 } })), 'invalid-field');
  add(
    'two snippets with one id',
    'library.json',
    () => edited((f) => void f.snippets.push({ ...f.snippets[0] })),
    'duplicate-id',
    /id 相同/,
  );
  // Deeply nested.
  add('10,000 nested arrays', 'library.json', () => nested(10_000, '[', ']'), 'too-deep', /嵌套/);
  add(
    '10,000 nested objects',
    'library.json',
    () => `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
    'too-deep',
    /嵌套/,
  );
  add(
    'nesting inside a snippet',
    'library.json',
    () => edited((f) => void Object.assign(f.snippets[0] ?? {}, { tags: [[[[[[['x']]]]]]] })),
    'too-deep',
  );
  // Prototype keys.
  const proto = (key: string) => valid.replace('"title"', `"${key}": {"polluted": true}, "title"`);
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    add(`${key} in a snippet`, 'library.json', () => proto(key), 'forbidden-key', new RegExp(`不允许的键“${key}”`));
  }
  add(
    '__proto__ at the top',
    'library.json',
    () => `{"__proto__": {"polluted": true}, ${valid.slice(1)}`,
    'forbidden-key',
  );
  add(
    'constructor.prototype in the profile',
    'library.json',
    () => edited((f) => ({ ...f, profile: JSON.parse('{"constructor":{"prototype":{"polluted":1}}}') })),
    'forbidden-key',
  );
  // Not JSON at all.
  add('trailing comma', 'library.json', () => valid.replace(/\n}\n$/, ',\n}\n'), 'not-json', /不是有效的 JSON/);
  add('single quotes', 'library.json', () => "{'format': 'tianbao-snippets'}", 'not-json');
  add('NaN', 'library.json', () => valid.replace('"useCount": 17', '"useCount": NaN'), 'not-json');
  add('a CSV named .json', 'library.json', () => '标题,正文\n开头,一年来', 'not-json');
  // CSV.
  add('CSV with an unclosed quote', 'table.csv', () => '标题,正文\n开头,"一年来，\n结尾,以上', 'not-csv', /引号/);
  add('CSV with a quote left open at the end', 'table.csv', () => 'a,"b', 'not-csv', /引号/);
  add('CSV row without a body', 'table.csv', () => '标题,正文\n开头,\n', 'invalid-field', /第/);
  add('CSV title over 200 characters', 'table.csv', () => `${'长'.repeat(201)},正文`, 'invalid-field');
  // Plain text.
  add(
    'text block with a 201-character title',
    'notes.txt',
    () => `${'长'.repeat(201)}\n正文`,
    'invalid-field',
    /第1段/,
  );
  // Empty.
  for (const file of ['library.json', 'notes.txt', 'table.csv']) {
    add(`empty ${file}`, file, () => new Uint8Array(0), 'empty', /空/);
    add(`blank ${file}`, file, () => ' \r\n\t\u3000\n', 'empty', /空/);
    add(`BOM only ${file}`, file, () => new Uint8Array([0xef, 0xbb, 0xbf]), 'empty', /空/);
  }
  // Binary.
  for (const file of ['library.json', 'notes.txt', 'table.csv']) {
    add(`random bytes ${file}`, file, () => randomBytes(4096, 7), 'binary', /二进制/);
    add(`NUL-laden ASCII ${file}`, file, () => utf8('abc\u0000\u0000def\u0000'), 'binary', /二进制/);
    add(
      `a .docx renamed ${file}`,
      file,
      () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]),
      'binary',
      /Word/,
    );
    add(
      `a PNG renamed ${file}`,
      file,
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'binary',
      /图片/,
    );
  }
  add(
    'old Word .doc as .txt',
    'notes.txt',
    () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    'binary',
    /Word/,
  );
  add('PDF as .txt', 'notes.txt', () => utf8('%PDF-1.7\n%âãÏÓ\n'), 'binary', /PDF/);
  // Not a file kind we read.
  for (const file of ['report.docx', 'table.xlsx', 'library', 'image.png'])
    add(`file named ${file}`, file, () => valid, 'unknown-type', /只能导入/);
  return list;
}

/** One bad template file (options page, 模板), with what its first message must say. */
export interface BadTemplate {
  name: string;
  content: () => Uint8Array | string;
  zh: RegExp;
}

/** Every bad template file, generated from a valid one (`base`, a template's JSON). */
export function badTemplates(base: string): BadTemplate[] {
  const deepChildren = base.replace(
    '"children":[]',
    `"children":${'[{"children":'.repeat(5_000)}[]${'}]'.repeat(5_000)}`,
  );
  return [
    { name: 'truncated', content: () => base.slice(0, base.length / 2), zh: /截断|不是有效的 JSON/ },
    { name: 'truncated before the last brace', content: () => base.slice(0, -1), zh: /截断/ },
    { name: '50 MB', content: huge, zh: /太大/ },
    { name: '600 KB of text', content: () => ' '.repeat(600 * 1024), zh: /太大/ },
    { name: '10,000 nested arrays', content: () => nested(10_000, '[', ']'), zh: /嵌套/ },
    { name: 'sections nested 5,000 deep', content: () => deepChildren, zh: /嵌套/ },
    {
      name: '__proto__ key',
      content: () => base.replace('"id"', '"__proto__":{"polluted":true},"id"'),
      zh: /__proto__/,
    },
    {
      name: 'constructor key',
      content: () => base.replace('"id"', '"constructor":{"prototype":{}},"id"'),
      zh: /constructor/,
    },
    { name: 'required as text', content: () => base.replace('"required":true', '"required":"yes"'), zh: /required/ },
    {
      name: 'no sections',
      content: () => base.replace(/"sections":\[.*\],"openings"/s, '"sections":[],"openings"'),
      zh: /sections/,
    },
    { name: 'a pattern-looking id', content: () => base.replace(/"id":"[^"]*"/, '"id":"(a+)+$"'), zh: /编号/ },
    { name: 'empty', content: () => new Uint8Array(0), zh: /空/ },
    { name: 'binary', content: () => randomBytes(2048, 3), zh: /二进制/ },
    { name: 'a .docx', content: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), zh: /Word/ },
    { name: 'not JSON', content: () => '模板：述职报告', zh: /不是有效的 JSON/ },
    { name: 'JSON null', content: () => 'null', zh: /应为对象|类型/ },
  ];
}
