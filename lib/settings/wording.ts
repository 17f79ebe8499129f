import type { TianbaoDB } from '../db/tianbao';
import { guardWrite } from '../db/write-guard';
import { PACK_WORDING_PREFIX } from '../packs/kinds';
import { decodeImport } from '../snippets/import-decode';
import { parseUnitWording, type SchemaError, type UnitWording, type UnitWordingResult } from '../structure';
import { AcceptedWords, MAX_ACCEPTED, UnitWordingLists } from './wording-schema';

export { GuardWording, MAX_ACCEPTED } from './wording-schema';

// The writer's word list (添加到我的词表: words the check never flags again) and the unit wording
// lists (统一口径) imported from files, in one settings row each, checked when read back (a damaged
// row reads as empty, never as a crash).

const ACCEPTED_KEY = 'wording-accepted';
const UNITS_KEY = 'wording-units';
/** The largest unit wording file accepted. */
export const MAX_WORDING_BYTES = 1024 * 1024;

const Accepted = AcceptedWords;
const Units = UnitWordingLists;

/** The writer's word list. */
export async function loadAcceptedWords(db: Pick<TianbaoDB, 'settings'>): Promise<string[]> {
  const parsed = Accepted.safeParse((await db.settings.get(ACCEPTED_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

/** Adds a word (trimmed) to the writer's list; a word already there or empty changes nothing. */
export async function addAcceptedWord(db: TianbaoDB, word: string): Promise<string[]> {
  const trimmed = word.trim().slice(0, 60);
  return guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const words = await loadAcceptedWords(db);
      if (!trimmed || words.includes(trimmed)) return words;
      const next = [...words, trimmed].slice(-MAX_ACCEPTED);
      await db.settings.put({ key: ACCEPTED_KEY, value: next });
      return next;
    }),
  );
}

/** Removes a word from the writer's list. */
export async function removeAcceptedWord(db: TianbaoDB, word: string): Promise<string[]> {
  return guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const next = (await loadAcceptedWords(db)).filter((w) => w !== word);
      await db.settings.put({ key: ACCEPTED_KEY, value: next });
      return next;
    }),
  );
}

/** The unit wording lists the writer imported, in the order they were imported. */
export async function loadOwnUnitWording(db: Pick<TianbaoDB, 'settings'>): Promise<UnitWording[]> {
  const parsed = Units.safeParse((await db.settings.get(UNITS_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

/** A unit wording list and, for one a unit pack installed, that pack's id (read-only then). */
export interface UnitWordingSource {
  list: UnitWording;
  pack?: string;
}

/** Every unit wording list: the writer's imports first, then those of installed unit packs. */
export async function loadUnitWordingSources(db: Pick<TianbaoDB, 'settings'>): Promise<UnitWordingSource[]> {
  const own = (await loadOwnUnitWording(db)).map((list) => ({ list }));
  const rows = await db.settings.where('key').startsWith(PACK_WORDING_PREFIX).toArray();
  const fromPacks = rows.flatMap((row) => {
    const parsed = Units.safeParse(row.value);
    const pack = row.key.slice(PACK_WORDING_PREFIX.length);
    return parsed.success ? parsed.data.map((list) => ({ list, pack })) : [];
  });
  return [...own, ...fromPacks];
}

/** Every unit wording list the check applies: the writer's imports and those of unit packs. */
export async function loadUnitWording(db: Pick<TianbaoDB, 'settings'>): Promise<UnitWording[]> {
  return (await loadUnitWordingSources(db)).map((source) => source.list);
}

/**
 * Imports a unit wording file: the whole file is checked first and refused with every problem when
 * any entry is wrong (nothing is written); a list of the same name is replaced, another is added.
 */
export async function importUnitWording(
  db: TianbaoDB,
  file: string | Uint8Array,
): Promise<UnitWordingResult & { replaced?: boolean }> {
  const size = typeof file === 'string' ? new TextEncoder().encode(file).length : file.byteLength;
  if (size > MAX_WORDING_BYTES) return { ok: false, errors: [tooLarge(size)] };
  let json = typeof file === 'string' ? file : '';
  if (typeof file !== 'string') {
    // Encodings and binary files are refused with the snippet import's own messages.
    const decoded = decodeImport(file);
    if ('problem' in decoded)
      return { ok: false, errors: [{ path: '(根)', zh: decoded.problem.zh, en: decoded.problem.en }] };
    json = decoded.text;
  }
  const read = parseUnitWording(json);
  if (!read.ok) return read;
  const replaced = await guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const lists = await loadOwnUnitWording(db);
      const at = lists.findIndex((l) => l.name === read.list.name);
      const next = at >= 0 ? lists.map((l, i) => (i === at ? read.list : l)) : [...lists, read.list];
      await db.settings.put({ key: UNITS_KEY, value: next });
      return at >= 0;
    }),
  );
  return { ...read, replaced };
}

/** Removes the unit wording list of this name. */
export async function removeUnitWording(db: TianbaoDB, name: string): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const next = (await loadOwnUnitWording(db)).filter((l) => l.name !== name);
      await db.settings.put({ key: UNITS_KEY, value: next });
    }),
  );
}

function tooLarge(size: number): SchemaError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    path: '(根)',
    zh: `文件过大（${mb(size)} MB），统一口径文件不超过 ${mb(MAX_WORDING_BYTES)} MB。`,
    en: `the file is too large (${mb(size)} MB); a wording list file is at most ${mb(MAX_WORDING_BYTES)} MB.`,
  };
}

/** The year the profile's 年度 names (2025 or 2025年度), for wording that is right only for some years. */
export function profileYear(profile: Readonly<Record<string, string>>): number | undefined {
  const m = /^\s*((?:19|20)\d{2})\s*年?度?\s*$/.exec(profile['年度'] ?? '');
  return m ? Number(m[1]) : undefined;
}
