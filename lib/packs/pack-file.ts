import * as z from 'zod/mini';
import { decodeImport } from '../snippets/import-decode';
import { PACK_KINDS } from './kinds';

/** The `format` of a unit pack file. */
export const PACK_FORMAT = 'tianbao-pack';

/** A pack version: up to four dot-separated numbers (`2026.2`, `1.4.0`). */
const Version = z.string().check(z.regex(/^\d{1,9}(\.\d{1,9}){0,3}$/));

/** Who made a pack and which one it is: what the options page lists. */
export const PackMeta = z.object({
  /** A stable id across versions: a newer version replaces the items of an older one. */
  id: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  version: Version,
  publisher: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
});
export type PackMeta = z.infer<typeof PackMeta>;

/** A unit pack file: its identity and its items by kind (each kind's items checked by that kind). */
const PackFile = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(1),
  ...PackMeta.shape,
  items: z.record(z.string(), z.array(z.unknown())),
});

/** A problem with a pack file, in both languages. */
export interface PackProblem {
  zh: string;
  en: string;
}

/** A pack read and checked: its identity and its items by kind, or what is wrong. */
export type ReadPack =
  | { ok: true; meta: PackMeta; items: Record<string, unknown[]> }
  | { ok: false; problems: PackProblem[] };

/** Reads a pack file (bytes in any encoding lib/decode-text reads, or text); nothing is written. */
export function readPack(input: string | Uint8Array): ReadPack {
  const decoded = decodeImport(input);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch {
    return {
      ok: false,
      problems: [{ zh: '文件不是有效的 JSON，不是单位素材包。', en: 'The file is not valid JSON: not a unit pack.' }],
    };
  }
  const parsed = z.safeParse(PackFile, json);
  if (!parsed.success) {
    const where = parsed.error.issues
      .map((i) => i.path.join('.') || '(根)')
      .slice(0, 5)
      .join('、');
    return {
      ok: false,
      problems: [{ zh: `不是有效的单位素材包（${where}）。`, en: `Not a valid unit pack (${where}).` }],
    };
  }
  const { items, format: _f, formatVersion: _v, ...meta } = parsed.data;
  const problems: PackProblem[] = [];
  for (const [key, list] of Object.entries(items)) {
    const kind = PACK_KINDS.find((k) => k.key === key);
    if (!kind) problems.push({ zh: `不认识的内容类型“${key}”。`, en: `Unknown kind of item "${key}".` });
    else problems.push(...list.flatMap((item, i) => kind.check(item, i)));
  }
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, 20) } : { ok: true, meta, items };
}

/** -1, 0 or 1 as version `a` is older than, the same as or newer than `b` (`2026.10` > `2026.9`). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
