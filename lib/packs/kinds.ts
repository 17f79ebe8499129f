import * as z from 'zod/mini';
import type { Snippet, TianbaoDB } from '../db/tianbao';
import { parseInput, StoreError } from '../snippets/store';
import { parseTemplate, parseUnitWording } from '../structure';
import type { PackProblem } from './pack-file';

/**
 * One kind of item a unit pack carries. Adding a kind (the unit's wording lists, say) is one entry
 * in PACK_KINDS: how an item is checked, installed under a pack and removed with it. Every kind
 * runs inside the one transaction of an install or a removal, over the `snippets` and `settings`
 * tables, and touches only rows of its pack: the writer's own are never read for writing.
 */
export interface PackKind {
  /** The key of these items in a pack file's `items`. */
  key: string;
  /** The problems of item `index` (none when it is sound). */
  check(item: unknown, index: number): PackProblem[];
  /** Writes `items` (already checked) as pack `packId`'s; the pack's old items are already removed. */
  install(db: TianbaoDB, packId: string, items: unknown[], now: number): Promise<void>;
  /** Removes every item of pack `packId`. */
  remove(db: TianbaoDB, packId: string): Promise<void>;
}

const PackSnippet = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
  title: z.string(),
  body: z.string(),
  tags: z.optional(z.array(z.string())),
});

/** The key of settings rows holding a pack's templates. */
export const PACK_TEMPLATES_PREFIX = 'packTemplates:';

/** The key of settings rows holding a pack's unit wording lists (统一口径). */
export const PACK_WORDING_PREFIX = 'packWording:';

/** The key of settings rows holding a pack's sites. */
export const PACK_SITES_PREFIX = 'packSites:';

/** A site a pack keeps on: its origin, and the check before 提交 and genre it starts with. */
export const PackSite = z.object({
  site: z.string().check(z.regex(/^https?:\/\/[^/\s]+$/)),
  submitCheck: z.optional(z.boolean()),
  genre: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});
export type PackSite = z.infer<typeof PackSite>;

/** The sites of every installed pack (read back through the schema). */
export async function loadPackSites(db: TianbaoDB): Promise<PackSite[]> {
  const rows = await db.settings.where('key').startsWith(PACK_SITES_PREFIX).toArray();
  return rows.flatMap((row) =>
    Array.isArray(row.value)
      ? row.value.flatMap((v) => {
          const parsed = z.safeParse(PackSite, v);
          return parsed.success ? [parsed.data] : [];
        })
      : [],
  );
}

/** The item kinds a pack may carry. */
export const PACK_KINDS: PackKind[] = [
  {
    key: 'snippets',
    check(item, index) {
      const parsed = z.safeParse(PackSnippet, item);
      const where = { zh: `第 ${index + 1} 条素材`, en: `snippet ${index + 1}` };
      if (!parsed.success)
        return [{ zh: `${where.zh}缺少 id、标题或正文。`, en: `${where.en} lacks an id, title or body.` }];
      try {
        parseInput({ title: parsed.data.title, body: parsed.data.body, tags: parsed.data.tags ?? [] });
        return [];
      } catch (error) {
        const code = error instanceof StoreError ? error.code : 'invalid';
        return [{ zh: `${where.zh}无效（${code}）。`, en: `${where.en} is invalid (${code}).` }];
      }
    },
    async install(db, packId, items, now) {
      const rows: Snippet[] = items.map((item) => {
        const s = z.parse(PackSnippet, item);
        const fields = parseInput({ title: s.title, body: s.body, tags: s.tags ?? [] });
        return {
          // Namespaced: a pack's ids never meet the writer's own.
          id: `pack:${packId}:${s.id}`,
          title: fields.title,
          body: fields.body,
          tags: fields.tags,
          genres: [],
          sections: [],
          favorite: 0,
          starter: false,
          pack: packId,
          createdAt: now,
          updatedAt: now,
          useCount: 0,
          lastUsedAt: 0,
        };
      });
      await db.snippets.bulkPut(rows);
    },
    async remove(db, packId) {
      await db.snippets.filter((s) => s.pack === packId).delete();
    },
  },
  {
    key: 'templates',
    check(item, index) {
      const parsed = parseTemplate(item);
      if (parsed.ok) return [];
      const first = parsed.errors[0];
      return [
        {
          zh: `第 ${index + 1} 个模板无效：${first?.path ?? ''} ${first?.zh ?? ''}`,
          en: `Template ${index + 1} is invalid: ${first?.path ?? ''} ${first?.en ?? ''}`,
        },
      ];
    },
    async install(db, packId, items) {
      await db.settings.put({ key: PACK_TEMPLATES_PREFIX + packId, value: items });
    },
    async remove(db, packId) {
      await db.settings.delete(PACK_TEMPLATES_PREFIX + packId);
    },
  },
  {
    // The unit's 统一口径 (lib/structure/data/unit-wording.ts): checked like an imported wording
    // file, stored as read back, used by the check beside the writer's own lists.
    key: 'wording',
    check(item, index) {
      const read = parseUnitWording(item);
      if (read.ok) return [];
      const first = read.errors[0];
      return [
        {
          zh: `第 ${index + 1} 个统一口径无效：${first?.path ?? ''} ${first?.zh ?? ''}`,
          en: `Wording list ${index + 1} is invalid: ${first?.path ?? ''} ${first?.en ?? ''}`,
        },
      ];
    },
    async install(db, packId, items) {
      const lists = items.flatMap((item) => {
        const read = parseUnitWording(item);
        return read.ok ? [read.list] : [];
      });
      await db.settings.put({ key: PACK_WORDING_PREFIX + packId, value: lists });
    },
    async remove(db, packId) {
      await db.settings.delete(PACK_WORDING_PREFIX + packId);
    },
  },
  {
    // Sites the office uses: kept on (once the writer grants access, offered on the first visit)
    // with these switches, unless the writer has settings of their own for the site.
    key: 'sites',
    check(item, index) {
      return z.safeParse(PackSite, item).success
        ? []
        : [{ zh: `第 ${index + 1} 个网站无效（应为 {"site": "https://…"}）。`, en: `Site ${index + 1} is invalid.` }];
    },
    async install(db, packId, items) {
      await db.settings.put({ key: PACK_SITES_PREFIX + packId, value: items });
    },
    async remove(db, packId) {
      await db.settings.delete(PACK_SITES_PREFIX + packId);
    },
  },
];
