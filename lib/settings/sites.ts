import * as z from 'zod/mini';

/**
 * What the writer chose for one site (an origin such as `https://oa.example.gov.cn`): kept in
 * `storage.local`, one key per site, because the form content script must read it (it cannot open
 * the extension's IndexedDB) and because one key per site keeps two writers of different sites
 * from overwriting each other. Read back through the schema: a damaged entry means the defaults.
 */
export const SiteSettings = z.object({
  /** The extension holds this site's host permission and its scripts load on every page there. */
  alwaysOn: z._default(z.boolean(), false),
  /** Check the form before it is submitted (提交, 上报, 报送) and list its errors. */
  submitCheck: z._default(z.boolean(), false),
  /** The genre the writer picked for this site's forms (a template id); detected when absent. */
  genre: z.optional(z.string().check(z.maxLength(100))),
  /**
   * Draft saving here: `auto` saves while the panel is open on the tab (and always on a site that
   * is always on), `on` saves on every visit the scripts run, `off` never saves.
   */
  drafts: z._default(z.enum(['auto', 'on', 'off']), 'auto'),
  /** Field identities (lib/drafts) the writer excluded from draft saving on this site. */
  excludedFields: z._default(z.array(z.string().check(z.maxLength(400))).check(z.maxLength(1000)), []),
  /** The panel has offered this site's switches once; it does not ask again. */
  offered: z._default(z.boolean(), false),
});
export type SiteSettings = z.infer<typeof SiteSettings>;

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

function readSite(value: unknown): SiteSettings {
  const parsed = z.safeParse(SiteSettings, value ?? {});
  return parsed.success ? parsed.data : z.parse(SiteSettings, {});
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
