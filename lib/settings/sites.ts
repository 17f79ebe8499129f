/**
 * What the writer chose for one site (an origin such as `https://oa.example.gov.cn`): kept in
 * `storage.local`, one key per site, because the form script hears changes to its site's key
 * there (and then asks the worker for the settings: `draft:offer`), and because one key per site
 * keeps two writers of different sites from overwriting each other. Read back through `readSite`:
 * a damaged entry means the defaults.
 */
export interface SiteSettings {
  /** The extension holds this site's host permission and its scripts load on every page there. */
  alwaysOn: boolean;
  /** Check the form before it is submitted (提交, 上报, 报送) and list its errors. */
  submitCheck: boolean;
  /** The genre the writer picked for this site's forms (a template id); detected when absent. */
  genre?: string;
  /**
   * Draft saving here: `auto` saves while the panel is open on the tab (and always on a site that
   * is always on), `on` saves on every visit the scripts run, `off` never saves.
   */
  drafts: 'auto' | 'on' | 'off';
  /** Field identities (lib/drafts) the writer excluded from draft saving on this site (at most 1,000). */
  excludedFields: string[];
  /** The panel has offered this site's switches once; it does not ask again. */
  offered: boolean;
}

/**
 * What the form script needs of its site's settings to save drafts, as the worker tells it (the
 * IT policy applied): the page never reads or parses stored settings itself.
 */
export type DraftSettings = Pick<SiteSettings, 'drafts' | 'alwaysOn' | 'excludedFields'>;

/** The key prefix of site entries in `storage.local`. */
export const SITE_KEY_PREFIX = 'site:';

/** The part of `chrome.storage.local` this module uses, so tests can pass a plain stand-in. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The site of a page address: its origin for http(s) pages, else null (no settings there). */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * The host permission pattern that covers exactly `site`, port included (`https://a.gov.cn:443/*`):
 * a pattern without a port covers every port of the host, so turning on `http://host:8080` would
 * also grant the other services that host runs.
 */
export function sitePattern(site: string, { port: withPort = true }: { port?: boolean } = {}): string {
  const { protocol, hostname, port } = new URL(site);
  // Firefox's match patterns cannot name a port (its bugs 1362809 and 1468162): there a site's
  // pattern is its host's, every port included.
  if (!withPort) return `${protocol}//${hostname}/*`;
  // The default port is written out too: left out, it would mean "any port".
  return `${protocol}//${hostname}:${port || (protocol === 'https:' ? '443' : '80')}/*`;
}

/** The settings of `site` (the defaults when none are saved or the saved ones are damaged). */
export async function loadSite(area: KeyValueArea, site: string): Promise<SiteSettings> {
  const key = SITE_KEY_PREFIX + site;
  const stored = await area.get(key);
  return readSite(stored[key]);
}

/** Every site with saved settings, by origin, sorted by origin. */
export async function loadSites(area: KeyValueArea): Promise<[string, SiteSettings][]> {
  const all = await area.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(SITE_KEY_PREFIX))
    .map(([key, value]): [string, SiteSettings] => [key.slice(SITE_KEY_PREFIX.length), readSite(value)])
    .sort(([a], [b]) => a.localeCompare(b));
}

/** Changes some of `site`'s settings, keeping the others; returns the settings now saved. */
export async function updateSite(
  area: KeyValueArea,
  site: string,
  change: Partial<SiteSettings>,
): Promise<SiteSettings> {
  const next = readSite({ ...(await loadSite(area, site)), ...change });
  await area.set({ [SITE_KEY_PREFIX + site]: next });
  return next;
}

/** Forgets everything about `site` (the caller also revokes its host permission). */
export async function forgetSite(area: KeyValueArea, site: string): Promise<void> {
  await area.remove(SITE_KEY_PREFIX + site);
}

/** The settings of a site the writer never changed. */
export function siteDefaults(): SiteSettings {
  return { alwaysOn: false, submitCheck: false, drafts: 'auto', excludedFields: [], offered: false };
}

// Checked by hand rather than with a zod schema (these settings were once read in the page, which
// carries no zod). Every key is checked as a schema would: one that is wrong makes the whole entry
// the defaults.
function readSite(value: unknown): SiteSettings {
  const defaults = siteDefaults();
  if (value === undefined || value === null) return defaults;
  if (typeof value !== 'object' || Array.isArray(value)) return defaults;
  const v = value as Record<string, unknown>;
  const flag = (key: string) => v[key] === undefined || typeof v[key] === 'boolean';
  const text = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
  const excluded = v.excludedFields;
  const valid =
    flag('alwaysOn') &&
    flag('submitCheck') &&
    flag('offered') &&
    (v.genre === undefined || text(v.genre, 100)) &&
    (v.drafts === undefined || v.drafts === 'auto' || v.drafts === 'on' || v.drafts === 'off') &&
    (excluded === undefined ||
      (Array.isArray(excluded) && excluded.length <= 1000 && excluded.every((key) => text(key, 400))));
  if (!valid) return defaults;
  return {
    alwaysOn: v.alwaysOn === true,
    submitCheck: v.submitCheck === true,
    ...(v.genre !== undefined ? { genre: v.genre as string } : {}),
    drafts: (v.drafts as SiteSettings['drafts'] | undefined) ?? 'auto',
    excludedFields: [...((excluded as string[] | undefined) ?? [])],
    offered: v.offered === true,
  };
}

/** A `KeyValueArea` in memory, for unit tests. */
export function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea {
  const items = new Map(Object.entries(structuredClone(initial)));
  return {
    async get(keys) {
      const wanted = keys === null ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => items.has(k)).map((k) => [k, structuredClone(items.get(k))]));
    },
    async set(values) {
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) items.delete(k);
    },
  };
}
