import { type CliInput, type CliOutput, lineColumn, runCli } from '../structure/cli';
import { formatDate } from './blocks';
import { DocxError } from './ooxml';
import { docxText, readDocx } from './read';

// The command line's Word commands: `docx` writes a report as a 公文 .docx, and `check` takes .docx
// files (many at once, with a summary) by reading their paragraphs and handing the text to the one
// `check` of lib/structure/cli.ts, so options and findings are exactly those of a text file.

/** What the Word commands may read and write. */
export interface WordCliIo extends CliInput {
  writeFile(path: string, bytes: Uint8Array): void;
}

const USAGE = `  tianbao docx FILE [-o OUT.docx] [--title 标题] [--date 2025-12-26]
  tianbao check FILE.docx… [--json] [其余选项同上 / other options as above]
docx：把文本（.txt 或 .docx）排成公文格式（GB/T 9704）的 Word 文件。 writes the report as a .docx in 公文 layout.
check 可一次检查多个 .docx（或 .txt），逐个给出结果并汇总；行号即段落号。
  check takes many .docx (or .txt) files, one result each and a summary; line numbers are paragraph numbers.`;

const isDocx = (name: string) => /\.docx$/i.test(name);
const isFile = (name: string) => /\.(docx|txt)$/i.test(name);
const fail = (stderr: string, code: 1 | 2 = 2): CliOutput => ({ stdout: '', stderr, code });
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs the Word commands; returns undefined when `args` are not theirs (a `check` of one text file, or
 * another command), so that the caller runs lib/structure/cli.ts unchanged.
 */
export async function runWordCli(args: readonly string[], io: WordCliIo): Promise<CliOutput | undefined> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    const base = runCli(['--help'], io);
    return { ...base, stdout: `${base.stdout.trimEnd()}\n${USAGE}\n` };
  }
  if (command === 'docx') return docxCommand(rest, io);
  if (command !== 'check') return undefined;
  const files = rest.filter(isFile);
  if (!files.some(isDocx) && files.length <= 1) return undefined;
  return checkMany(
    files,
    rest.filter((a) => !isFile(a)),
    io,
  );
}

/** The text of a .docx (paragraph per line) or the bytes of a text file, or why it cannot be read. */
function readInput(file: string, io: CliInput): { bytes: Uint8Array; paragraphs?: number } | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? io.readStdin() : io.readFile(file);
  } catch (error) {
    return { error: `无法读取 / cannot read ${file}: ${reason(error)}` };
  }
  if (!isDocx(file)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { error: `不是 UTF-8 文本 / not UTF-8 text: ${file}` };
    }
    return { bytes };
  }
  try {
    const paragraphs = readDocx(bytes);
    return { bytes: new TextEncoder().encode(docxText(paragraphs)), paragraphs: paragraphs.length };
  } catch (error) {
    if (error instanceof DocxError) return { error: `${file}：${error.zh} / ${error.en}` };
    return { error: `${file}：无法读取 / cannot read: ${reason(error)}` };
  }
}

async function docxCommand(args: readonly string[], io: WordCliIo): Promise<CliOutput> {
  let input: string | undefined;
  let out: string | undefined;
  let title: string | undefined;
  let date: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = args[i + 1];
    if (arg === '-o' || arg === '--output' || arg === '--title' || arg === '--date') {
      if (value === undefined || value === '') return fail(`${arg} 需要一个值 / ${arg} needs a value\n`);
      i++;
      if (arg === '--title') title = value;
      else if (arg === '--date') {
        date = formatDate(value);
        if (!date) return fail(`--date 不是有效日期 / not a valid date: ${value}（如 / e.g. 2025-12-26）\n`);
      } else out = value;
    } else if (arg.startsWith('-') && arg !== '-') return fail(`未知选项 / unknown option: ${arg}\n`);
    else if (input === undefined) input = arg;
    else return fail(`只能转换一个文件 / one file at a time: ${arg}\n`);
  }
  if (input === undefined) return fail(`缺少文件 / missing FILE\n\n${USAGE}\n`);
  const target = out ?? (input === '-' ? undefined : `${input.replace(/\.[^./\\]*$/, '')}.docx`);
  if (!target) return fail('从标准输入读取时须用 -o 指定输出文件 / reading standard input needs -o OUT.docx\n');
  if (!isDocx(target)) return fail(`输出文件须以 .docx 结尾 / the output must end in .docx: ${target}\n`);
  if (target === input) return fail(`输出会覆盖输入 / the output would overwrite the input: ${target}\n`);
  const read = readInput(input, io);
  if ('error' in read) return fail(`${read.error}\n`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return fail(`不是 UTF-8 文本 / not UTF-8 text: ${input}\n`);
  }
  if (text.trim() === '') return fail(`文件里没有文字 / the file has no text: ${input}\n`);
  // The writer is loaded only for this command, so `check` starts as fast as before.
  const { exportDocx } = await import('./export');
  const bytes = await exportDocx(text, { ...(title ? { title } : {}), ...(date ? { date } : {}) });
  try {
    io.writeFile(target, bytes);
  } catch (error) {
    return fail(`无法写入 / cannot write ${target}: ${reason(error)}\n`);
  }
  return { stdout: `已生成 / written: ${target}（${bytes.length} 字节 / bytes）\n`, stderr: '', code: 0 };
}

/** One file's result in `check --json`. */
export interface FileResult {
  file: string;
  /** Paragraphs read from a .docx; absent for a text file. */
  paragraphs?: number;
  /** Present when the file could not be read: nothing else is. */
  error?: string;
  counts?: { error: number; warning: number; info: number };
  genre?: { id: string; confidence: number } | null;
  sections?: unknown[];
  findings?: { rule: string; severity: 'error' | 'warning' | 'info'; start: number; line: number }[];
}

function checkMany(files: readonly string[], options: readonly string[], io: WordCliIo): CliOutput {
  const json = options.includes('--json');
  const results: FileResult[] = [];
  const human: string[] = [];
  let code: 0 | 1 | 2 = 0;
  for (const file of files) {
    const read = readInput(file, io);
    if ('error' in read) {
      results.push({ file, error: read.error });
      human.push(`== ${file}\n${read.error}\n`);
      code = 2;
      continue;
    }
    const stdin = { readFile: io.readFile, readStdin: () => read.bytes };
    const asJson = runCli(['check', '-', ...options.filter((o) => o !== '--json'), '--json'], stdin);
    // Files were read above, so a refusal here is of the options, the same for every file: said once.
    if (asJson.code === 2 && !asJson.stdout) return asJson;
    const text = new TextDecoder().decode(read.bytes);
    const parsed = JSON.parse(asJson.stdout) as Required<Pick<FileResult, 'genre' | 'sections'>> & {
      findings: { rule: string; severity: 'error' | 'warning' | 'info'; start: number }[];
    };
    const count = (s: string) => parsed.findings.filter((f) => f.severity === s).length;
    const result: FileResult = {
      file,
      ...(read.paragraphs !== undefined ? { paragraphs: read.paragraphs } : {}),
      counts: { error: count('error'), warning: count('warning'), info: count('info') },
      genre: parsed.genre,
      sections: parsed.sections,
      findings: parsed.findings.map((f) => ({ ...f, line: lineColumn(text, f.start).line })),
    };
    results.push(result);
    if (asJson.code === 1 && code === 0) code = 1;
    if (!json) {
      const detail = runCli(['check', '-', ...options], stdin);
      const shape = read.paragraphs !== undefined ? `（${read.paragraphs} 段，行号即段落号）` : '';
      human.push(`== ${file}${shape}\n${detail.stdout}`);
    }
  }
  const summary = {
    files: results.length,
    withErrors: results.filter((r) => r.counts && r.counts.error > 0).length,
    unreadable: results.filter((r) => r.error).length,
  };
  if (json) return { stdout: `${JSON.stringify({ files: results, summary })}\n`, stderr: '', code };
  const table = results.length > 1 ? `\n${summaryTable(results)}` : '';
  return { stdout: `${human.join('\n')}${table}`, stderr: '', code };
}

// Terminal columns a string takes: CJK and full-width characters take two.
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

/** The summary of a `check` of many files: one row per file, then the totals. */
export function summaryTable(results: readonly FileResult[]): string {
  const header = ['文件 file', '文种 genre', '错误', '警告', '提示', '结论 verdict'];
  const rows = results.map((r) =>
    r.error || !r.counts
      ? [r.file, '—', '—', '—', '—', '无法读取 unreadable']
      : [
          r.file,
          r.genre?.id ?? '未识别',
          String(r.counts.error),
          String(r.counts.warning),
          String(r.counts.info),
          r.counts.error > 0 ? '有错误 errors' : '通过 ok',
        ],
  );
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const bad = results.filter((r) => r.counts && r.counts.error > 0).length;
  const unreadable = results.filter((r) => r.error).length;
  return `${['汇总 / summary:', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join(
    '\n',
  )}\n共 ${results.length} 个文件，${bad} 个有错误，${unreadable} 个无法读取。 ${results.length} files, ${bad} with errors, ${unreadable} unreadable.\n`;
}
