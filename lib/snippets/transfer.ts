import * as z from 'zod';
import type { Snippet } from '../db/tianbao';
import { jsonDepth } from '../structure/schema-errors';
import { decodeImport } from './import-decode';
import { fieldProblems, type ImportProblem, MAX_PROBLEMS, problem } from './import-problems';
import { ProfileSchema } from './profile';

/*
 * The library's file format, version 1 (UTF-8 JSON):
 *   { "format": "tianbao-snippets", "version": 1, "exportedAt": ISO date,
 *     "snippets": [every field of Snippet, nothing else], "profile"?: { 名称: 值 } }
 * Export then import gives back every field exactly. A file is refused whole, before anything is
 * written, when it is too large, not UTF-8, not JSON, nested deeper than MAX_DEPTH, carries a
 * prototype key anywhere, names another format or version, or has any invalid field (each listed
 * with its path) or a repeated id. How accepted snippets merge is in import-apply.ts.
 */

/** The name of the format in every export file; a file without it is refused. */
export const FORMAT = 'tianbao-snippets';
/** The format version this code writes and reads. */
export const VERSION = 1;
/** Deepest nesting of arrays and objects a file may have; the format needs 4. */
export const MAX_DEPTH = 8;
/** Keys that are refused anywhere in a file, since they can reach object prototypes. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const text = (max: number) => z.string().max(max);
const time = z.number().int().min(0).max(8.64e15);

/** One snippet as a file carries it: every field of `Snippet`, checked, nothing more. */
export const SnippetRecord = z.strictObject({
  id: text(100).min(1),
  title: text(200).refine((s) => s.trim() !== '', 'empty'),
  body: text(100_000).min(1),
  tags: z.array(text(50).min(1)).max(50),
  genres: z.array(text(100).min(1)).max(100),
  sections: z.array(text(100).min(1)).max(100),
  favorite: z.literal([0, 1]),
  starter: z.boolean(),
  createdAt: time,
  updatedAt: time,
  useCount: z.number().int().min(0).max(1e9),
  lastUsedAt: time,
});

/** The export file, version 1. `profile` (variable values) is optional. */
export const ExportFile = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  snippets: z.array(SnippetRecord).max(100_000),
  profile: ProfileSchema.optional(),
});
export type ExportFile = z.infer<typeof ExportFile>;

/** A file read and checked, or the reasons it was refused. */
export type ParseResult = { ok: true; file: ExportFile } | { ok: false; problems: ImportProblem[] };

/** The export of `snippets` (and optionally the profile), field by field so nothing else leaks in. */
export function exportLibrary(
  snippets: readonly Snippet[],
  options: { now?: number; profile?: Readonly<Record<string, string>> } = {},
): ExportFile {
  const file: ExportFile = {
    format: FORMAT,
    version: VERSION,
    exportedAt: new Date(options.now ?? Date.now()).toISOString(),
    snippets: snippets.map((s) => ({
      id: s.id,
      title: s.title,
      body: s.body,
      tags: [...s.tags],
      genres: [...s.genres],
      sections: [...s.sections],
      favorite: s.favorite,
      starter: s.starter,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      useCount: s.useCount,
      lastUsedAt: s.lastUsedAt,
    })),
  };
  if (options.profile) file.profile = { ...options.profile };
  return file;
}

/** The file's text: indented JSON, UTF-8 when saved. */
export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `tianbao-snippets-2026-11-29.json`, for the download. */
export function exportFileName(now = Date.now()): string {
  return `${FORMAT}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

// The first forbidden key anywhere in a parsed value, with its path.
function forbiddenKey(value: unknown): PropertyKey[] | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    const isArray = Array.isArray(item.value);
    for (const key of Object.keys(item.value)) {
      const path = [...item.path, isArray ? Number(key) : key];
      if (!isArray && FORBIDDEN_KEYS.includes(key)) return path;
      stack.push({ value: (item.value as Record<string, unknown>)[key], path });
    }
  }
  return undefined;
}

function notJson(error: unknown, text: string): ImportProblem {
  const message = error instanceof Error ? error.message : '';
  const at = /position (\d+)/.exec(message)?.[1];
  // The parser stopped at the end of the text: the file was cut off, not written wrong.
  const atEnd = at !== undefined && Number(at) >= text.trimEnd().length;
  if (atEnd || /end of (JSON )?input|Unterminated/i.test(message)) {
    return problem(
      'truncated',
      '文件不完整，可能在保存、下载或复制时被截断。请重新导出或重新下载后再导入。',
      'The file is incomplete; it may have been cut off while saving, downloading or copying. Export or download it again.',
    );
  }
  const where = at === undefined ? '' : `（第${Number(at) + 1}个字符处）`;
  const whereEn = at === undefined ? '' : ` (at character ${Number(at) + 1})`;
  return problem(
    'not-json',
    `文件不是有效的 JSON${where}，不是填报助手导出的素材库文件，或已被改坏。`,
    `The file is not valid JSON${whereEn}: not a Tianbao library export, or damaged.`,
  );
}

/** Reads an export file: refused with every problem found, or returned checked. Never throws. */
export function parseExportFile(input: string | Uint8Array | ArrayBuffer): ParseResult {
  const decoded = decodeImport(input);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  if (jsonDepth(decoded.text) > MAX_DEPTH) {
    return {
      ok: false,
      problems: [
        problem(
          'too-deep',
          `文件嵌套超过${MAX_DEPTH}层，不是素材库文件。`,
          `The file nests deeper than ${MAX_DEPTH} levels.`,
        ),
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return { ok: false, problems: [notJson(error, decoded.text)] };
  }
  const bad = forbiddenKey(value);
  if (bad) {
    const key = String(bad[bad.length - 1]);
    return {
      ok: false,
      problems: [
        problem('forbidden-key', `文件含有不允许的键“${key}”。`, `The file contains the forbidden key "${key}".`, bad),
      ],
    };
  }
  const head = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (head.format !== FORMAT) {
    return {
      ok: false,
      problems: [
        problem('wrong-format', '这不是填报助手导出的素材库文件。', 'This is not a Tianbao snippet library file.', [
          'format',
        ]),
      ],
    };
  }
  if (head.version !== VERSION) {
    const newer = typeof head.version === 'number' && head.version > VERSION;
    return {
      ok: false,
      problems: [
        newer
          ? problem(
              'wrong-version',
              '文件来自更新版本的填报助手，请先升级。',
              'The file is from a newer Tianbao; update first.',
              ['version'],
            )
          : problem('wrong-version', '文件的版本号不对。', 'The file has an unknown version.', ['version']),
      ],
    };
  }
  const parsed = ExportFile.safeParse(value);
  if (!parsed.success) return { ok: false, problems: fieldProblems(parsed.error.issues) };
  const duplicates = duplicateIds(parsed.data.snippets);
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  return { ok: true, file: parsed.data };
}

function duplicateIds(snippets: readonly { id: string }[]): ImportProblem[] {
  const seen = new Map<string, number>();
  const out: ImportProblem[] = [];
  snippets.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first === undefined) seen.set(s.id, i);
    else if (out.length < MAX_PROBLEMS) {
      out.push(
        problem(
          'duplicate-id',
          `第${i + 1}条素材与第${first + 1}条的 id 相同。`,
          `Snippet ${i + 1} has the same id as snippet ${first + 1}.`,
          ['snippets', i, 'id'],
        ),
      );
    }
  });
  return out;
}
