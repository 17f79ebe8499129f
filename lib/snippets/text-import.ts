import type { Snippet } from '../db/tianbao';
import { type ImportProblem, MAX_PROBLEMS, problem } from './import-problems';

/** Longest title and body a snippet may have (as in store.ts). */
export const MAX_TITLE = 200;
export const MAX_BODY = 100_000;

/** The most snippets one CSV or TXT file may hold, as for a JSON library file (transfer.ts). */
export const MAX_IMPORT_ROWS = 100_000;

/** The refusal of a file with more than MAX_IMPORT_ROWS rows (CSV) or blocks (TXT). */
export function tooManyRows(unit: 'rows' | 'blocks'): ImportProblem {
  const [zh, en] = unit === 'rows' ? ['行', 'rows'] : ['段', 'blocks'];
  return problem(
    'too-large',
    `文件超过${MAX_IMPORT_ROWS}${zh}，一次最多导入${MAX_IMPORT_ROWS}条素材。请把它分成几个较小的文件再导入；素材库没有改动。`,
    `The file has more than ${MAX_IMPORT_ROWS} ${en}; one import takes at most ${MAX_IMPORT_ROWS} snippets. Split it into smaller files; the library was not changed.`,
  );
}

/** A snippet made from imported text: not starred, never used, created `now`. */
export function newSnippet(id: string, title: string, body: string, tags: string[], now: number): Snippet {
  return {
    id,
    title,
    body,
    tags,
    genres: [],
    sections: [],
    favorite: 0,
    starter: false,
    createdAt: now,
    updatedAt: now,
    useCount: 0,
    lastUsedAt: 0,
  };
}

/** Snippets read from a text file, or the reasons it was refused. */
export type TextImportResult = { ok: true; snippets: Snippet[] } | { ok: false; problems: ImportProblem[] };

/**
 * Reads plain text as snippets: blocks separated by one or more blank lines, the first line of a
 * block its title and the rest its body. A one-line block becomes a snippet whose title and body
 * are that line. Titles longer than 200 characters are refused, naming the block. Never throws.
 */
export function parsePlainText(text: string, options: { now?: number; newId?: () => string } = {}): TextImportResult {
  const now = options.now ?? Date.now();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u3000]*\n/)
    .map((block) => block.replace(/^\s*\n/, '').trimEnd())
    .filter((block) => block.trim() !== '');
  if (blocks.length > MAX_IMPORT_ROWS) return { ok: false, problems: [tooManyRows('blocks')] };
  const problems: ImportProblem[] = [];
  const snippets: Snippet[] = [];
  blocks.forEach((block, i) => {
    const newline = block.indexOf('\n');
    const title = (newline < 0 ? block : block.slice(0, newline)).trim();
    const body = newline < 0 ? title : block.slice(newline + 1);
    if (title.length > MAX_TITLE || body.length > MAX_BODY) {
      if (problems.length < MAX_PROBLEMS) {
        const what = title.length > MAX_TITLE ? ['标题', 'title', MAX_TITLE] : ['正文', 'body', MAX_BODY];
        problems.push(
          problem(
            'invalid-field',
            `第${i + 1}段的${what[0]}超过${what[2]}字。`,
            `Block ${i + 1}: the ${what[1]} is longer than ${what[2]} characters.`,
            ['blocks', i, String(what[1])],
          ),
        );
      }
      return;
    }
    snippets.push(newSnippet(newId(), title, body, [], now));
  });
  if (problems.length > 0) return { ok: false, problems };
  if (snippets.length === 0)
    return { ok: false, problems: [problem('empty', '文件里没有文字。', 'The file has no text.')] };
  return { ok: true, snippets };
}
