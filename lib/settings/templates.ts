import type { TianbaoDB } from '../db/tianbao';
import { guardWrite } from '../db/write-guard';
import { PACK_TEMPLATES_PREFIX } from '../packs/kinds';
import { decodeImport } from '../snippets/import-decode';
import { parseTemplate, type SchemaError, type Template } from '../structure';

// The user's own templates (their unit's format, or a changed built-in) live in one settings row,
// validated on the way in and again when read back.
const KEY = 'templates';

/** The largest template file accepted; real ones are a few kilobytes. */
export const MAX_TEMPLATE_BYTES = 512 * 1024;

/**
 * The user's templates, then those of installed unit packs (lib/packs) whose ids the user's own do
 * not take; a stored one that no longer validates is left out, not guessed at.
 */
export async function loadUserTemplates(db: TianbaoDB): Promise<Template[]> {
  const own = readTemplates((await db.settings.get(KEY))?.value);
  const fromPacks = (await db.settings.where('key').startsWith(PACK_TEMPLATES_PREFIX).toArray()).flatMap((row) =>
    readTemplates(row.value),
  );
  const ids = new Set(own.map((t) => t.id));
  return [...own, ...fromPacks.filter((t) => !ids.has(t.id))];
}

/** Only the writer's own templates (what saving and deleting change). */
async function loadOwnTemplates(db: TianbaoDB): Promise<Template[]> {
  return readTemplates((await db.settings.get(KEY))?.value);
}

function readTemplates(value: unknown): Template[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = parseTemplate(item);
    return parsed.ok ? [parsed.template] : [];
  });
}

/** The refusal of a template file of `size` bytes, or undefined; checked before the file is read. */
export function templateSizeError(size: number): SchemaError | undefined {
  if (size <= MAX_TEMPLATE_BYTES) return undefined;
  return {
    path: '(根)',
    zh: `文件太大（超过 ${MAX_TEMPLATE_BYTES / 1024} KB），不是模板文件。`,
    en: 'The file is too large to be a template.',
  };
}

/** What saving a template file did: saved (replacing one with the same id), or why not. */
export type SaveTemplateResult =
  | { ok: true; template: Template; replaced: boolean }
  | { ok: false; errors: SchemaError[] };

/**
 * Validates a template file (its bytes, decoded as strict UTF-8, or its text) and saves it,
 * replacing the user template with the same id. A malformed template is not saved; the errors name
 * each field and the problem.
 */
export async function saveUserTemplate(db: TianbaoDB, file: string | Uint8Array): Promise<SaveTemplateResult> {
  const tooLarge = templateSizeError(typeof file === 'string' ? file.length : file.byteLength);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  let json: string;
  if (typeof file === 'string') json = file;
  else {
    // GBK, UTF-16, binary or empty files are refused with the import's own messages.
    const decoded = decodeImport(file);
    if ('problem' in decoded)
      return { ok: false, errors: [{ path: '(根)', zh: decoded.problem.zh, en: decoded.problem.en }] };
    json = decoded.text;
  }
  const parsed = parseTemplate(json);
  if (!parsed.ok) return parsed;
  const template = parsed.template;
  let replaced = false;
  await guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const current = await loadOwnTemplates(db);
      replaced = current.some((t) => t.id === template.id);
      await db.settings.put({ key: KEY, value: [...current.filter((t) => t.id !== template.id), template] });
    }),
  );
  return { ok: true, template, replaced };
}

/** Removes the user template `id` (a changed built-in goes back to the built-in). */
export async function deleteUserTemplate(db: TianbaoDB, id: string): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const rest = (await loadOwnTemplates(db)).filter((t) => t.id !== id);
      await db.settings.put({ key: KEY, value: rest });
    }),
  );
}

/** A template as the JSON file a user downloads, edits and imports again. */
export function templateFile(template: Template): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
