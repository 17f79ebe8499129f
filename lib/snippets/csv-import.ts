import type { Snippet } from '../db/tianbao';
import { type ImportProblem, MAX_PROBLEMS, problem } from './import-problems';
import { splitTags } from './tags';
import { MAX_BODY, MAX_IMPORT_ROWS, MAX_TITLE, newSnippet, type TextImportResult, tooManyRows } from './text-import';

/** Cells of RFC 4180 CSV (quoted cells, "" for a quote, CRLF or LF), or undefined if a quote is left open. */
export function parseCsv(text: string): string[][] | undefined {
  const scanned = scanCsv(text);
  return 'rows' in scanned ? scanned.rows : undefined;
}

// The rows, or the 1-based line where a quote that is never closed opens, or `tooMany` as soon as
// there are more rows than an import takes (a header row aside): a 30 MB file is not split whole.
function scanCsv(text: string): { rows: string[][] } | { openLine: number } | { tooMany: true } {
  const rows: string[][] = [];
  let line = 1;
  let openLine = 1;
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n' || (c === '\r' && text.charAt(i + 1) !== '\n')) line++;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '') {
      quoted = true;
      openLine = line;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text.charAt(i + 1) === '\n') {
        i++;
        line++;
      }
      row.push(cell);
      if (row.some((v) => v.trim() !== '')) rows.push(row);
      if (rows.length > MAX_IMPORT_ROWS + 1) return { tooMany: true };
      row = [];
      cell = '';
    } else cell += c;
  }
  if (quoted) return { openLine };
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return { rows: rows.filter((r) => r.some((v) => v.trim() !== '')) };
}

const HEADERS: Record<string, 'title' | 'body' | 'tags'> = {
  title: 'title',
  标题: 'title',
  body: 'body',
  正文: 'body',
  内容: 'body',
  tags: 'tags',
  标签: 'tags',
};

/**
 * Reads CSV with the columns title, body, tags (in that order, or named by a header row such as
 * `标题,正文,标签`). Rows missing a title or body, or too long, are refused with their row number.
 */
export function parseCsvSnippets(text: string, options: { now?: number; newId?: () => string } = {}): TextImportResult {
  const now = options.now ?? Date.now();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const scanned = scanCsv(text);
  if ('tooMany' in scanned) return { ok: false, problems: [tooManyRows('rows')] };
  if (!('rows' in scanned)) {
    const at = scanned.openLine;
    return {
      ok: false,
      problems: [
        problem(
          'not-csv',
          `CSV 文件第${at}行的双引号没有配对，之后的内容都被当作同一格。请检查该行的引号（格内的引号要写成两个 ""）。`,
          `The double quote on line ${at} of the CSV file is never closed. Check the quotes on that line (a quote inside a cell is written "").`,
          ['rows', at - 1],
        ),
      ],
    };
  }
  const rows = scanned.rows;
  const header = rows[0]?.map((cell) => HEADERS[cell.trim().toLowerCase()]);
  const named = header?.includes('title') && header.includes('body');
  const column = (name: 'title' | 'body' | 'tags') =>
    named && header ? header.indexOf(name) : ['title', 'body', 'tags'].indexOf(name);
  const problems: ImportProblem[] = [];
  const snippets: Snippet[] = [];
  const first = named ? 1 : 0;
  rows.slice(first).forEach((row, i) => {
    const line = i + first + 1;
    const title = (row[column('title')] ?? '').trim();
    const body = row[column('body')] ?? '';
    const tags = splitTags(row[column('tags')] ?? '').filter((t) => t.length <= 50);
    const bad =
      title === ''
        ? ['title', '标题为空', 'the title is empty']
        : body.trim() === ''
          ? ['body', '正文为空', 'the body is empty']
          : title.length > MAX_TITLE
            ? ['title', `标题超过${MAX_TITLE}字`, `the title is longer than ${MAX_TITLE}`]
            : body.length > MAX_BODY
              ? ['body', `正文超过${MAX_BODY}字`, `the body is longer than ${MAX_BODY}`]
              : undefined;
    if (!bad) snippets.push(newSnippet(newId(), title, body, tags, now));
    else if (problems.length < MAX_PROBLEMS) {
      problems.push(
        problem('invalid-field', `第${line}行：${bad[1]}。`, `Row ${line}: ${bad[2]}.`, [
          'rows',
          line - 1,
          String(bad[0]),
        ]),
      );
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  if (snippets.length === 0)
    return { ok: false, problems: [problem('empty', '文件里没有素材。', 'The file has no snippets.')] };
  return { ok: true, snippets };
}
