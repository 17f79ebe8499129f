import * as z from 'zod/mini';
import { DEFAULT_RETENTION_DAYS, Marker, type Preferences } from './preferences';
import { type SiteSettings, siteDefaults, siteOf } from './sites';

/**
 * What an office's IT staff set for every writer through the browser's policy (`storage.managed`,
 * described to the browser by public/managed_schema.json; examples in docs/policy.md). Policy wins
 * over the writer's own choice, and the options page shows those settings locked. Read field by field:
 * a field that does not validate is ignored (and reported), the others still apply.
 */
export const Policy = z.object({
  /** Sites (origins) kept on for every writer: the scripts load there once the site is granted. */
  sites: z.optional(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(1000))),
  /** The check before 提交 is on on every site that is kept on, and cannot be switched off. */
  submitCheck: z.optional(z.boolean()),
  /** The anonymisation marker (one character). */
  anonymisationMarker: z.optional(Marker),
  /** The genre (template id) the outline starts from when the form tells nothing. */
  defaultGenre: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** false: no drafts are saved anywhere. */
  drafts: z.optional(z.boolean()),
  /** Drafts older than this many days are removed. */
  draftRetentionDays: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(3650))),
  /** A unit pack (snippets, templates…) to install, as its JSON text; see lib/packs. */
  unitPack: z.optional(z.string().check(z.maxLength(8 * 1024 * 1024))),
});
export type Policy = z.infer<typeof Policy>;

/** A policy as read: the fields that validated, and the names of those that did not. */
export interface ReadPolicy {
  policy: Policy;
  invalid: string[];
}

const FIELDS = Object.keys(Policy.shape) as (keyof Policy)[];

/** Reads what `storage.managed` holds, of any shape; unknown keys are ignored. */
export function readPolicy(stored: unknown): ReadPolicy {
  const policy: Record<string, unknown> = {};
  const invalid: string[] = [];
  if (typeof stored !== 'object' || stored === null) return { policy: {}, invalid };
  for (const name of FIELDS) {
    const value = (stored as Record<string, unknown>)[name];
    if (value === undefined) continue;
    const parsed = z.safeParse(Policy.shape[name], value);
    if (parsed.success) policy[name] = parsed.data;
    else invalid.push(name);
  }
  // Sites are origins; anything else (a path, a pattern) is left out rather than guessed at.
  if (Array.isArray(policy.sites)) {
    const sites = (policy.sites as string[]).map((s) => siteOf(s.trim())).filter((s): s is string => s !== null);
    policy.sites = [...new Set(sites)];
  }
  return { policy: policy as Policy, invalid };
}

/** The preferences policy can set, and so lock in the options page. */
export type PolicyPreference = 'anonymisationMarker' | 'defaultGenre' | 'draftRetentionDays';

/** The writer's preferences with policy applied, the retention always set, and which ones policy locked. */
export function effectivePreferences(
  own: Preferences,
  policy: Policy,
): { preferences: Preferences & { draftRetentionDays: number }; locked: PolicyPreference[] } {
  const locked = (['anonymisationMarker', 'defaultGenre', 'draftRetentionDays'] as const).filter(
    (name) => policy[name] !== undefined,
  );
  const preferences = { ...own, draftRetentionDays: own.draftRetentionDays ?? DEFAULT_RETENTION_DAYS };
  for (const name of locked) (preferences as Record<string, unknown>)[name] = policy[name];
  return { preferences, locked };
}

/** The parts of a site's settings policy decides, to show them locked. */
export type LockedSiteSetting = 'alwaysOn' | 'submitCheck' | 'drafts';

/** `settings` of `site` with policy applied, and which of them policy locked. */
export function applySitePolicy(
  site: string,
  settings: SiteSettings,
  policy: Policy,
): { settings: SiteSettings; locked: LockedSiteSetting[] } {
  const next = { ...settings };
  const locked: LockedSiteSetting[] = [];
  if (policy.sites?.includes(site)) {
    next.alwaysOn = true;
    locked.push('alwaysOn');
  }
  if (policy.submitCheck && next.alwaysOn) {
    next.submitCheck = true;
    locked.push('submitCheck');
  }
  if (policy.drafts === false) {
    next.drafts = 'off';
    locked.push('drafts');
  }
  return { settings: next, locked };
}

/** A site a unit pack keeps on, with the switches it starts with. */
export interface PackedSite {
  site: string;
  submitCheck?: boolean;
  genre?: string;
}

/**
 * Every site of `own` (origin → settings), the sites of installed unit packs the writer has no
 * settings for (kept on, with the pack's switches), and the policy's sites, each with policy applied.
 */
export function sitesWithPolicy(
  own: [string, SiteSettings][],
  policy: Policy,
  packed: readonly PackedSite[] = [],
): [string, SiteSettings][] {
  const all = new Map(own);
  for (const { site, submitCheck, genre } of packed) {
    if (all.has(site)) continue;
    all.set(site, {
      ...siteDefaults(),
      alwaysOn: true,
      submitCheck: submitCheck ?? false,
      ...(genre ? { genre } : {}),
    });
  }
  for (const site of policy.sites ?? []) if (!all.has(site)) all.set(site, siteDefaults());
  return [...all.entries()]
    .map(([site, settings]): [string, SiteSettings] => [site, applySitePolicy(site, settings, policy).settings])
    .sort(([a], [b]) => a.localeCompare(b));
}
