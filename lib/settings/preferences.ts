import * as z from 'zod/mini';
import type { TianbaoDB } from '../db/tianbao';
import { guardWrite } from '../db/write-guard';

// The writer's general choices for the panel, one settings row read back field by field through
// the schema: a damaged field means its default, and the other fields are kept.
const KEY = 'preferences';

/** One character (a code point) that is not a space: what stands for removed names, e.g. `*`. */
export const Marker = z
  .string()
  .check(z.refine((value) => [...value].length === 1 && value.trim() === value, 'one character, not a space'));

/** How long drafts are kept when neither the writer nor policy said otherwise. */
export const DEFAULT_RETENTION_DAYS = 30;

/** Whether `value` can be the anonymisation marker. */
export const isMarker = (value: string): boolean => z.safeParse(Marker, value).success;

/** The panel's general settings. */
export const Preferences = z.object({
  /** The genre (template id) the outline starts from when the form tells nothing. */
  defaultGenre: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** The character that stands for removed names in the writer's reports; its runs are no placeholders. */
  anonymisationMarker: z.optional(Marker),
  /** Drafts older than this many days are removed (shared office computers); DEFAULT_RETENTION_DAYS when absent. */
  draftRetentionDays: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(3650))),
});
export type Preferences = z.infer<typeof Preferences>;

/** The saved preferences; a field that is absent or does not validate is left out (its default). */
export async function loadPreferences(db: TianbaoDB): Promise<Preferences> {
  const row = await db.settings.get(KEY);
  return readPreferences(row?.value);
}

/** Preferences read back from stored data of any shape. */
export function readPreferences(stored: unknown): Preferences {
  if (typeof stored !== 'object' || stored === null) return {};
  const out: Preferences = {};
  for (const name of ['defaultGenre', 'anonymisationMarker', 'draftRetentionDays'] as const) {
    const field = Preferences.shape[name];
    const parsed = z.safeParse(field, (stored as Record<string, unknown>)[name]);
    if (parsed.success && parsed.data !== undefined) (out as Record<string, unknown>)[name] = parsed.data;
  }
  return out;
}

/**
 * Sets or clears (`undefined`) one preference; the others are kept. Throws RangeError on a value
 * the schema refuses (the editor checks first), StoreError when the write fails.
 */
export async function setPreference<K extends keyof Preferences>(
  db: TianbaoDB,
  name: K,
  value: Preferences[K] | undefined,
): Promise<void> {
  if (value !== undefined && !z.safeParse(Preferences.shape[name], value).success) {
    throw new RangeError(`invalid ${name}`);
  }
  await guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const next = { ...(await loadPreferences(db)) };
      if (value === undefined) delete next[name];
      else next[name] = value;
      await db.settings.put({ key: KEY, value: next });
    }),
  );
}
