import { decodeText, ENCODING_ALIASES, encodingLabel, encodingNamed, type TextEncodingName } from '../decode-text';
import { type CheckResult, check } from './check';
import type { Finding } from './finding';
import { BUILTIN_TEMPLATES } from './templates';

// The command line, as pure logic: arguments and input bytes in, output and exit code out. The thin
// bin/tianbao.mjs does the reading and writing.

/** What the command line may read: a file's bytes, or standard input's. Either may throw. */
export interface CliInput {
  readFile(path: string): Uint8Array;
  readStdin(): Uint8Array;
}

/** What the command line prints and how it exits (0 clean, 1 errors found, 2 bad usage or input). */
export interface CliOutput {
  stdout: string;
  stderr: string;
  code: 0 | 1 | 2;
}

const USAGE = `用法 / usage:
  tianbao check FILE [--genre ID] [--json] [--max-length N] [--marker C] [--year YYYY] [--encoding E]
  tianbao templates
FILE 为文本文件（自动识别 UTF-8、UTF-16、GB18030/GBK），“-”表示标准输入。
FILE is a text file (UTF-8, UTF-16 or GB18030/GBK, detected), or - for standard input.
--encoding E  指定编码（utf-8、utf-16le、utf-16be、gbk、gb18030）。 force an encoding.
--marker C  匿名化标记（如 *），其连写不算占位符。 anonymisation marker, never a placeholder.
--year YYYY 报告所属年度（默认从标题读取），用于有年份限制的提法。 the year the report is about.`;

const usage = (problem: string): CliOutput => ({ stdout: '', stderr: `${problem}\n\n${USAGE}\n`, code: 2 });

/** Runs `tianbao` with `args` (without node and the script path). */
export function runCli(args: readonly string[], input: CliInput): CliOutput {
  const [command, ...rest] = args;
  if (command === 'templates')
    return rest.length ? usage(`多余的参数 / unexpected arguments: ${rest.join(' ')}`) : templates();
  if (command === '--help' || command === '-h' || command === 'help')
    return { stdout: `${USAGE}\n`, stderr: '', code: 0 };
  if (command !== 'check')
    return usage(command ? `未知命令 / unknown command: ${command}` : '缺少命令 / missing command');
  const options = readOptions(rest);
  if (typeof options === 'string') return usage(options);
  let bytes: Uint8Array;
  try {
    bytes = options.file === '-' ? input.readStdin() : input.readFile(options.file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { stdout: '', stderr: `无法读取 / cannot read ${options.file}: ${reason}\n`, code: 2 };
  }
  const decoded = decodeText(bytes, options.encoding);
  if (!decoded) {
    const as = options.encoding ? encodingLabel(options.encoding) : 'UTF-8、UTF-16、GB18030/GBK';
    return {
      stdout: '',
      stderr: `不是 ${as} 文本 / not ${as.replaceAll('、', ', ')} text: ${options.file}\n`,
      code: 2,
    };
  }
  // A UTF-8 BOM is kept so that offsets count every UTF-16 unit of the input, as before.
  const bom = decoded.encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = bom ? `\ufeff${decoded.text}` : decoded.text;
  const result = check(text, {
    ...(options.genre ? { genre: options.genre } : {}),
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
    ...(options.marker ? { anonymisationMarker: options.marker } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
  });
  const code = result.findings.some((f) => f.severity === 'error') ? 1 : 0;
  return { stdout: options.json ? `${JSON.stringify(toJson(text, result))}\n` : human(text, result), stderr: '', code };
}

interface Options {
  file: string;
  genre?: string;
  json: boolean;
  maxLength?: number;
  marker?: string;
  year?: number;
  encoding?: TextEncodingName;
}

function readOptions(args: readonly string[]): Options | string {
  const options: Options = { file: '', json: false };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = () => args[++i];
    if (arg === '--json') options.json = true;
    else if (arg === '--genre') {
      const id = value();
      if (!id) return '--genre 需要文种编号 / --genre needs an id';
      if (!BUILTIN_TEMPLATES.some((t) => t.id === id))
        return `未知文种 / unknown genre: ${id}（可用 / known: ${BUILTIN_TEMPLATES.map((t) => t.id).join(', ')}）`;
      options.genre = id;
    } else if (arg === '--max-length') {
      const n = value();
      if (!n || !/^[1-9]\d{0,8}$/.test(n)) return `--max-length 需要正整数 / needs a positive integer: ${n ?? ''}`;
      options.maxLength = Number(n);
    } else if (arg === '--marker') {
      const c = value();
      if (!c || [...c].length !== 1) return '--marker 需要一个字符 / --marker needs one character';
      options.marker = c;
    } else if (arg === '--year') {
      const y = value();
      if (!y || !/^(19|20)\d{2}$/.test(y)) return `--year 需要四位年份 / --year needs a year like 2025: ${y ?? ''}`;
      options.year = Number(y);
    } else if (arg === '--encoding') {
      const name = value() ?? '';
      const encoding = encodingNamed(name);
      if (!encoding)
        return `未知编码 / unknown encoding: ${name}（可用 / known: ${Object.keys(ENCODING_ALIASES).join(', ')}）`;
      options.encoding = encoding;
    } else if (arg.startsWith('--')) return `未知选项 / unknown option: ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return files.length ? `只能检查一个文件 / one file at a time` : '缺少文件 / missing FILE';
  options.file = files[0] ?? '';
  return options;
}

function templates(): CliOutput {
  const width = Math.max(...BUILTIN_TEMPLATES.map((t) => t.id.length));
  const lines = BUILTIN_TEMPLATES.map(
    (t) =>
      `${t.id.padEnd(width)}  ${t.name.zh}  ${t.name.en}\n${' '.repeat(width + 2)}${t.sections.map((s) => s.title.zh).join(' → ')}`,
  );
  return { stdout: `${lines.join('\n')}\n`, stderr: '', code: 0 };
}

/** The --json shape: offsets are UTF-16 code units of the input. */
export function toJson(text: string, result: CheckResult) {
  return {
    genre: result.genre ? { id: result.genre.id, confidence: result.genre.confidence } : null,
    sections: result.sections.map((s) => ({
      id: s.id,
      role: s.role,
      heading: s.heading ? text.slice(s.heading.start, s.heading.end) : null,
      start: s.start,
      end: s.end,
      found: s.found,
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      fix: f.fix ?? null,
    })),
  };
}

/** 1-based line and column (in UTF-16 units) of an offset; CRLF, LF and CR all end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

function human(text: string, result: CheckResult): string {
  const out: string[] = [];
  const template = result.template;
  out.push(
    template && result.genre
      ? `文种：${template.name.zh}（${template.id}），把握度 ${result.genre.confidence}`
      : '文种：未能识别（可用 --genre 指定）',
  );
  if (result.sections.length) out.push('提纲：');
  for (const s of result.sections) {
    const status = s.found ? '✓' : s.required ? '✗' : '·';
    const where = s.heading
      ? `  ← ${text.slice(s.heading.start, s.heading.end)}（第${lineColumn(text, s.heading.start).line}行）`
      : '';
    const note = s.found ? '' : s.required ? '  缺少' : '  可选，未写';
    out.push(`  ${status} ${s.title}${where}${note}`);
  }
  const count = (severity: Finding['severity']) => result.findings.filter((f) => f.severity === severity).length;
  out.push(
    result.findings.length
      ? `发现 ${result.findings.length} 处（错误 ${count('error')}，警告 ${count('warning')}，提示 ${count('info')}）：`
      : '未发现问题。',
  );
  for (const f of result.findings) {
    const { line, column } = lineColumn(text, f.start);
    const excerpt = text.slice(f.start, Math.min(f.end, f.start + 20)).replace(/\r?\n|\r/g, '⏎');
    const fix = f.fix ? `  建议：${f.fix.text ? `改为“${f.fix.text}”` : '删除'}` : '';
    out.push(
      `  ${line}:${column}  ${LABEL[f.severity]}  ${f.rule}  ${f.message.zh}${excerpt ? `  “${excerpt}”` : ''}${fix}`,
    );
  }
  return `${out.join('\n')}\n`;
}
