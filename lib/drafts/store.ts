import type { DraftsDB, DraftVersion } from '../db/drafts';
import { isQuotaError } from '../db/write-guard';
import { DEFAULT_RULES, type HistoryRules, sizeOf, startsNewVersion } from './history';

/** Session-storage key of the last failed save (`{ code, at }`), shown by the 草稿 tab and options. */
export const DRAFTS_ERROR_KEY = 'draftsError';

/** What one save carries: where the text was typed, and the text (cut: lib/drafts/autosave.ts). */
export type DraftInput = Pick<DraftVersion, 'site' | 'page' | 'field' | 'label' | 'title' | 'text' | 'cut'>;

/** Why drafts could not be written: the disk or the browser's quota is full, or the database is gone. */
export type DraftErrorCode = 'quota' | 'unavailable';

/** A save that did not happen; what was stored before is unchanged. */
export class DraftError extends Error {
  constructor(readonly code: DraftErrorCode) {
    super(code);
    this.name = 'DraftError';
  }
}

/** What a save did: grew the latest version, started a new one, or nothing (same text). */
export type SaveOutcome = 'merged' | 'added' | 'unchanged';

/**
 * Saves `input` as the newest text of its field: grows the latest version for a small edit, else
 * adds a version; then evicts the oldest versions beyond the per-field and total limits, never the
 * one just written. A full quota first evicts older versions to make room and tries once more;
 * if that fails too it throws DraftError('quota') with the database as it was.
 */
export async function saveDraft(
  db: DraftsDB,
  input: DraftInput,
  now = Date.now(),
  rules: HistoryRules = DEFAULT_RULES,
): Promise<SaveOutcome> {
  try {
    return await write(db, input, now, rules);
  } catch (error) {
    if (!isQuotaError(error)) throw asDraftError(error);
  }
  try {
    // Make room: the oldest quarter of the versions that are not a field's newest.
    await evictOlder(db, Math.max(1, Math.ceil((await db.versions.count()) / 4)));
    return await write(db, input, now, rules);
  } catch (error) {
    throw asDraftError(error);
  }
}

async function write(db: DraftsDB, input: DraftInput, now: number, rules: HistoryRules): Promise<SaveOutcome> {
  const key: [string, string, string] = [input.site, input.page, input.field];
  return db.transaction('rw', db.versions, async () => {
    const versions = await db.versions.where('[site+page+field]').equals(key).sortBy('savedAt');
    const latest = versions.at(-1);
    if (latest && latest.text === input.text) return 'unchanged';
    // An emptied field has nothing to recover: its earlier versions stay as they are.
    if (input.text.trim() === '') return 'unchanged';
    const size = sizeOf(input.text);
    let written: number;
    let outcome: SaveOutcome;
    if (latest?.id !== undefined && !startsNewVersion(latest, input.text, now, rules)) {
      await db.versions.update(latest.id, {
        text: input.text,
        size,
        savedAt: now,
        label: input.label,
        title: input.title,
        cut: input.cut,
      });
      written = latest.id;
      outcome = 'merged';
    } else {
      written = (await db.versions.add({ ...input, size, createdAt: now, savedAt: now })) as number;
      versions.push({ ...input, id: written, size, createdAt: now, savedAt: now });
      outcome = 'added';
    }
    const extra = versions.length - rules.versionsPerField;
    if (extra > 0) await db.versions.bulkDelete(versions.slice(0, extra).map((v) => v.id as number));
    await evictOverTotal(db, rules.totalBytes, written);
    return outcome;
  });
}

// Deletes the oldest versions (by last save) until the total fits, sparing `keep`.
async function evictOverTotal(db: DraftsDB, totalBytes: number, keep: number): Promise<void> {
  let total = await usedBytes(db);
  if (total <= totalBytes) return;
  const doomed: number[] = [];
  await db.versions
    .orderBy('savedAt')
    .until(() => total <= totalBytes)
    .each((v) => {
      if (v.id === keep || v.id === undefined) return;
      doomed.push(v.id);
      total -= v.size;
    });
  await db.versions.bulkDelete(doomed);
}

// Deletes the `count` oldest versions that are not the newest of their field.
async function evictOlder(db: DraftsDB, count: number): Promise<void> {
  const newest = new Map<string, number>();
  const all = await db.versions.orderBy('savedAt').toArray();
  for (const v of all) newest.set(`${v.site}\n${v.page}\n${v.field}`, v.id as number);
  const keep = new Set(newest.values());
  const doomed = all.filter((v) => !keep.has(v.id as number)).slice(0, count);
  await db.versions.bulkDelete(doomed.map((v) => v.id as number));
}

/** Bytes all drafts take, read from the size index without loading any text. */
export async function usedBytes(db: DraftsDB): Promise<number> {
  const sizes = (await db.versions.orderBy('size').keys()) as number[];
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** Every version of a page's fields, newest first. */
export async function pageVersions(db: DraftsDB, site: string, page: string): Promise<DraftVersion[]> {
  const rows = await db.versions.where('[site+page]').equals([site, page]).toArray();
  return rows.sort((a, b) => b.savedAt - a.savedAt);
}

/** The newest version of each field of a page. */
export async function latestByField(db: DraftsDB, site: string, page: string): Promise<DraftVersion[]> {
  const latest = new Map<string, DraftVersion>();
  for (const v of await pageVersions(db, site, page)) if (!latest.has(v.field)) latest.set(v.field, v);
  return [...latest.values()];
}

/** Every version, newest first (the options page, export). */
export async function allVersions(db: DraftsDB): Promise<DraftVersion[]> {
  return (await db.versions.orderBy('savedAt').reverse().toArray()) as DraftVersion[];
}

/** Deletes one version. */
export function deleteVersion(db: DraftsDB, id: number): Promise<void> {
  return db.versions.delete(id);
}

/** Deletes every draft of `site`; returns how many versions went. */
export function clearSite(db: DraftsDB, site: string): Promise<number> {
  return db.versions.where('site').equals(site).delete();
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Retention on shared office computers: deletes every version last saved more than `days` days
 * before `now`, a field's newest included (an old draft is what the next user of the computer
 * should not find). Returns how many versions went.
 */
export function pruneOlderThan(db: DraftsDB, days: number, now = Date.now()): Promise<number> {
  return db.versions
    .where('savedAt')
    .below(now - days * DAY_MS)
    .delete();
}

/** Deletes every draft. */
export function clearAll(db: DraftsDB): Promise<void> {
  return db.versions.clear();
}

/** Versions grouped by site, then page, then field, keeping their order (newest first). */
export function groupVersions(versions: DraftVersion[]): Map<string, Map<string, Map<string, DraftVersion[]>>> {
  const sites = new Map<string, Map<string, Map<string, DraftVersion[]>>>();
  for (const v of versions) {
    const pages = sites.get(v.site) ?? new Map<string, Map<string, DraftVersion[]>>();
    sites.set(v.site, pages);
    const fields = pages.get(v.page) ?? new Map<string, DraftVersion[]>();
    pages.set(v.page, fields);
    const list = fields.get(v.field) ?? [];
    fields.set(v.field, list);
    list.push(v);
  }
  return sites;
}

/** All drafts as a JSON document the writer keeps (a last resort, in their own hands). */
export function exportDrafts(versions: DraftVersion[], now = Date.now()): string {
  const drafts = versions.map(({ id: _id, size: _size, ...v }) => ({
    ...v,
    createdAt: new Date(v.createdAt).toISOString(),
    savedAt: new Date(v.savedAt).toISOString(),
  }));
  return JSON.stringify(
    { format: 'tianbao-drafts', version: 1, exportedAt: new Date(now).toISOString(), drafts },
    null,
    2,
  );
}

function asDraftError(error: unknown): DraftError {
  if (error instanceof DraftError) return error;
  return new DraftError(isQuotaError(error) ? 'quota' : 'unavailable');
}
