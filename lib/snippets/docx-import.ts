import { check } from '../structure/check';
import type { Template } from '../structure/template-schema';
import type { DocxParagraph } from '../word/read';
import { type ImportFileResult, readImportFile } from './import-file';
import { problem } from './import-problems';
import { MAX_BODY, MAX_TITLE, newSnippet } from './text-import';

// Snippets from a Word report: each paragraph of its text becomes one, with the section its heading
// names (主要工作 → results) as the snippet's section hint. This is the "text in" point of the import:
// what it returns is planned, previewed and applied like any .txt or .json.

const TITLE_CHARS = 20;

/** Options as for the other importers, plus the file's name (kept as a tag, to find what came in). */
export interface DocxImportOptions {
  now?: number;
  newId?: () => string;
  source?: string;
  templates?: readonly Template[];
}

/**
 * Snippets from a .docx's paragraphs: headings, the title, signature and date are not snippets but
 * give the paragraphs under them their section; a paragraph opening with a topic sentence
 * （一）抓好学习。… is titled by it, others by their first words. Never throws.
 */
export function parseDocxSnippets(paragraphs: readonly DocxParagraph[], options: DocxImportOptions = {}) {
  const now = options.now ?? Date.now();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const lines = paragraphs.map((p) => p.text.replace(/[\r\n]+/g, ''));
  const text = lines.join('\n');
  const result = check(text, options.templates ? { templates: options.templates } : {});
  const { doc } = result;
  const skip = [doc.title, doc.signature, doc.date, doc.salutation].filter((s) => s !== undefined);
  const headings = new Map(doc.allHeadings.map((h) => [h.start, h]));
  const tag = options.source
    ?.replace(/\.docx$/i, '')
    .slice(0, 50)
    .trim();
  const snippets = [];
  let offset = 0;
  for (const [i, line] of lines.entries()) {
    const start = offset;
    offset += line.length + 1;
    const body = line.trim();
    // Word users' headings are styled as such even without a number the parser would see.
    if (body.length < 2 || paragraphs[i]?.outline !== undefined) continue;
    const at = start + line.indexOf(body);
    if (skip.some((s) => s.start <= at && at < s.end)) continue;
    const heading = headings.get(at);
    // A heading is no snippet; a list item the parser takes for one (（1）每天学习，…。) is.
    if (heading?.shape === 'standalone' && !/[，。！？；,;]/.test(body)) continue;
    if (body.length > MAX_BODY) continue;
    const section = result.sections.find((s) => s.found && s.start <= at && at < s.end);
    const topic = heading ? text.slice(heading.title.start, heading.title.end) : '';
    const title = (topic || (body.length > TITLE_CHARS ? `${body.slice(0, TITLE_CHARS)}…` : body)).slice(0, MAX_TITLE);
    const snippet = newSnippet(newId(), title, body, tag ? [tag] : [], now);
    if (section) snippet.sections = [section.id];
    snippets.push(snippet);
  }
  return snippets;
}

/**
 * Reads a file the user picked, as readImportFile does, and a .docx too: the Word reader is loaded
 * only then (a dynamic import), so pages that never import Word files never load it. Never throws.
 */
export async function readPickedFile(
  name: string,
  content: Uint8Array,
  options: DocxImportOptions = {},
): Promise<ImportFileResult> {
  if (!/\.docx$/i.test(name)) return readImportFile(name, content, options);
  const { readDocx } = await import('../word/read');
  let paragraphs: DocxParagraph[];
  try {
    paragraphs = readDocx(content);
  } catch (error) {
    const reason = error as { zh?: string; en?: string };
    return {
      ok: false,
      problems: [
        problem('not-docx', reason.zh ?? '无法读取这个 Word 文件。', reason.en ?? 'This Word file cannot be read.'),
      ],
    };
  }
  const snippets = parseDocxSnippets(paragraphs, { ...options, source: options.source ?? name });
  if (snippets.length === 0)
    return {
      ok: false,
      problems: [problem('empty', '文档里没有可导入的段落。', 'The document has no paragraphs to import.')],
    };
  return { ok: true, snippets };
}
