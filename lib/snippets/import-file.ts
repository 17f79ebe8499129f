import type { Snippet, TianbaoDB } from '../db/tianbao';
import type { TextEncodingName } from '../decode-text';
import { parseCsvSnippets } from './csv-import';
import { applyImport, type ImportPolicy, type ImportReport } from './import-apply';
import { decodeImport } from './import-decode';
import { type ImportProblem, problem } from './import-problems';
import { parsePlainText } from './text-import';
import { parseExportFile } from './transfer';

/** An import file read and checked: its snippets (and profile, from a JSON export), or why not. */
export type ImportFileResult =
  | { ok: true; snippets: Snippet[]; profile?: Record<string, string>; encoding?: TextEncodingName }
  | { ok: false; problems: ImportProblem[] };

/**
 * Reads a file the user picked, by its extension: `.json` is an export file, `.txt` plain text, `.csv` title/body/tags.
 * Size, encoding (detected, or `options.encoding`) and content are checked; nothing is written. Never throws.
 */
export function readImportFile(
  name: string,
  content: Uint8Array | ArrayBuffer | string,
  options: { now?: number; newId?: () => string; encoding?: TextEncodingName } = {},
): ImportFileResult {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1];
  if (extension === 'json') {
    const result = parseExportFile(content);
    if (!result.ok) return result;
    const { snippets, profile } = result.file;
    return profile ? { ok: true, snippets, profile } : { ok: true, snippets };
  }
  if (extension === 'txt' || extension === 'csv') {
    const decoded = decodeImport(content, options.encoding);
    if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
    const read = extension === 'csv' ? parseCsvSnippets(decoded.text, options) : parsePlainText(decoded.text, options);
    return read.ok ? { ...read, encoding: decoded.encoding } : read;
  }
  return {
    ok: false,
    problems: [
      problem(
        'unknown-type',
        '只能导入 .json（素材库导出文件）、.txt（纯文本）、.csv（标题,正文,标签）或 .docx（Word）文件。',
        'Only .json (library export), .txt (plain text), .csv (title, body, tags) and .docx (Word) files can be imported.',
      ),
    ],
  };
}

/**
 * Reads a file and imports it under `policy` in one transaction. A refused file writes nothing and
 * returns its problems; a database failure throws StoreError with nothing written.
 */
export async function importFile(
  db: TianbaoDB,
  name: string,
  content: Uint8Array | ArrayBuffer | string,
  policy: ImportPolicy = 'skip',
): Promise<
  { ok: true; report: ImportReport; profile?: Record<string, string> } | { ok: false; problems: ImportProblem[] }
> {
  const read = readImportFile(name, content);
  if (!read.ok) return read;
  const report = await applyImport(db, read.snippets, policy);
  return read.profile ? { ok: true, report, profile: read.profile } : { ok: true, report };
}
