import * as z from 'zod/mini';
import type { TianbaoDB } from '../db/tianbao';
import { guardWrite } from '../db/write-guard';
import { PACK_KINDS } from './kinds';
import { compareVersions, PackMeta, type PackProblem, readPack } from './pack-file';

/**
 * A `storage.local` key the options page stamps after installing or removing a pack: the
 * background then registers the scripts of the packs' sites again (it cannot watch IndexedDB).
 */
export const PACKS_CHANGED_KEY = 'packsChangedAt';

// The installed packs, one settings row: who made each, which version, where it came from.
const KEY = 'packs';

/** An installed pack: its identity, where it came from, and how many items of each kind it put in. */
export const InstalledPack = z.object({
  ...PackMeta.shape,
  /** `policy`: installed by IT policy, and removed only by it. */
  source: z.enum(['file', 'policy']),
  installedAt: z.number(),
  counts: z.record(z.string(), z.number()),
});
export type InstalledPack = z.infer<typeof InstalledPack>;

/** The installed packs (a damaged entry is left out). */
export async function loadPacks(db: TianbaoDB): Promise<InstalledPack[]> {
  const row = await db.settings.get(KEY);
  if (!Array.isArray(row?.value)) return [];
  return row.value.flatMap((v) => {
    const parsed = z.safeParse(InstalledPack, v);
    return parsed.success ? [parsed.data] : [];
  });
}

/** What installing a pack did: installed (replacing `replaced`, an older version), nothing (the same version), or why not. */
export type InstallResult =
  | { ok: true; pack: InstalledPack; replaced?: string; unchanged?: true }
  | { ok: false; problems: PackProblem[] };

/**
 * Installs a pack file: a newer version of an installed pack replaces that pack's items, in one
 * transaction; the writer's own items are never touched. The same version again changes nothing;
 * an older one is refused. Throws StoreError when the database cannot be written (nothing is).
 */
export async function installPack(
  db: TianbaoDB,
  file: string | Uint8Array,
  source: InstalledPack['source'],
  now = Date.now(),
): Promise<InstallResult> {
  const read = readPack(file);
  if (!read.ok) return read;
  const { meta, items } = read;
  return guardWrite(() =>
    db.transaction('rw', db.snippets, db.settings, async (): Promise<InstallResult> => {
      const packs = await loadPacks(db);
      const old = packs.find((p) => p.id === meta.id);
      if (old) {
        const order = compareVersions(meta.version, old.version);
        if (order === 0) return { ok: true, pack: old, unchanged: true };
        if (order < 0)
          return {
            ok: false,
            problems: [
              {
                zh: `已安装“${old.name}”的更新版本 ${old.version}，不能换成旧版本 ${meta.version}。`,
                en: `A newer version ${old.version} of "${old.name}" is installed; ${meta.version} is older.`,
              },
            ],
          };
        for (const kind of PACK_KINDS) await kind.remove(db, meta.id);
      }
      const counts: Record<string, number> = {};
      for (const kind of PACK_KINDS) {
        const list = items[kind.key] ?? [];
        counts[kind.key] = list.length;
        if (list.length > 0) await kind.install(db, meta.id, list, now);
      }
      const pack: InstalledPack = { ...meta, source, installedAt: now, counts };
      await db.settings.put({ key: KEY, value: [...packs.filter((p) => p.id !== meta.id), pack] });
      return old ? { ok: true, pack, replaced: old.version } : { ok: true, pack };
    }),
  );
}

/** Removes pack `id` and only its items; whether it was installed. */
export async function removePack(db: TianbaoDB, id: string): Promise<boolean> {
  return guardWrite(() =>
    db.transaction('rw', db.snippets, db.settings, async () => {
      const packs = await loadPacks(db);
      if (!packs.some((p) => p.id === id)) return false;
      for (const kind of PACK_KINDS) await kind.remove(db, id);
      await db.settings.put({ key: KEY, value: packs.filter((p) => p.id !== id) });
      return true;
    }),
  );
}
