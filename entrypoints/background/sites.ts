import { browser } from 'wxt/browser';
import { followPolicy, loadPolicy } from '@/components/policy';
import { grantPattern } from '@/components/site-pattern';
import { database } from '@/lib/db/tianbao';
import { PACKS_CHANGED_KEY } from '@/lib/packs/install';
import { loadPackSites } from '@/lib/packs/kinds';
import { sitesWithPolicy } from '@/lib/settings/policy';
import { loadSites, SITE_KEY_PREFIX, type SiteSettings, updateSite } from '@/lib/settings/sites';
import { ensureInjected, SCRIPT_FILES, type ScriptGlobal } from './inject';

/**
 * Our registered content scripts: the form script on sites that are always on, and the check
 * before 提交 on those of them where the writer switched it on, with the page's send starts
 * marked in the page's own world for it (lib/fields/page-sends.ts).
 */
const SCRIPTS = [
  {
    id: 'tianbao-always-on',
    global: '__tianbaoForm',
    wanted: (s: SiteSettings) => s.alwaysOn,
    runAt: 'document_idle',
  },
  {
    id: 'tianbao-submit-check',
    global: '__tianbaoGuard',
    wanted: (s: SiteSettings) => s.alwaysOn && s.submitCheck,
    // Before any page script: its listeners come after ours, so a page that submits in the
    // capture phase of a 提交 press cannot send before the check has seen it.
    runAt: 'document_start',
  },
  {
    id: 'tianbao-page-sends',
    global: '__tianbaoSends',
    wanted: (s: SiteSettings) => s.alwaysOn && s.submitCheck,
    // Before any page script, so that its fetch and forms are the ones we wrapped; in the page's
    // world (the isolated world cannot see them) and in its about:blank frames too.
    runAt: 'document_start',
    world: 'MAIN',
  },
] as const;

/**
 * Keeps the registered content scripts equal to the sites that are always on and whose host
 * permission the writer granted: the form script loads on every page of those sites (drafts, the
 * check before 提交) and nowhere else. Runs at start-up, when a site's settings change, and when a
 * permission is granted or revoked (also from the browser's own extension settings).
 */
export function keepSiteScriptsInSync(): void {
  void syncSiteScripts();
  browser.storage.local.onChanged.addListener((changes) => {
    if (Object.keys(changes).some((key) => key.startsWith(SITE_KEY_PREFIX) || key === PACKS_CHANGED_KEY))
      void syncSiteScripts();
  });
  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  followPolicy(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener((removed) => void forgetRevoked(removed.origins ?? []));
}

// One sync at a time, and one more after it when asked meanwhile: registration calls must not
// interleave (a second register with the same id fails).
let running: Promise<void> | null = null;
let again = false;

export async function syncSiteScripts(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await registerGrantedSites();
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}

async function registerGrantedSites(): Promise<void> {
  // The policy's sites are kept on as if the writer had switched them on (once granted).
  const packed = await loadPackSites(database()).catch(() => []);
  const sites = sitesWithPolicy(await loadSites(browser.storage.local), (await loadPolicy()).policy, packed);
  const granted = new Map<string, boolean>();
  for (const script of SCRIPTS) {
    const patterns: string[] = [];
    for (const [site, settings] of sites) {
      if (!script.wanted(settings)) continue;
      const pattern = grantPattern(site);
      if (!granted.has(pattern)) granted.set(pattern, await browser.permissions.contains({ origins: [pattern] }));
      if (granted.get(pattern)) patterns.push(pattern);
    }
    const matches = [...new Set(patterns)].sort();
    // (Registered by path without the leading slash, as the manifest writes it.)
    const js = SCRIPT_FILES[script.global].map((file) => file.slice(1));
    const world = 'world' in script ? script.world : 'ISOLATED';
    const registered = await register(script.id, js, matches, script.runAt, world);
    if (registered) await injectIntoOpenTabs(script.global, matches);
  }
}

/**
 * Registered scripts load with the next page: tabs of those sites that are already open (the site
 * was just switched on, or they were restored as the browser started, before the extension was
 * ready) get the script now, in the frames that lack it. A script that starts twice in a frame
 * leaves the first copy in place.
 */
async function injectIntoOpenTabs(global: ScriptGlobal, matches: string[]): Promise<void> {
  if (matches.length === 0) return;
  const tabs = await browser.tabs.query({ url: matches }).catch(() => []);
  for (const tab of tabs) {
    // A tab that closed or navigated meanwhile, or a frame of another site: it gets the script on
    // its next page, if it is one of these sites.
    if (tab.id !== undefined) await ensureInjected(tab.id, 'all', global).catch(() => undefined);
  }
}

/**
 * Registers `js` for exactly `matches` under `id` (none: unregistered), unless it already is;
 * whether it is registered now. A script for the page's own world also runs in the site's
 * about:blank and srcdoc frames where the browser can (`matchOriginAsFallback`, Chrome 119), and
 * is left out where the browser cannot register one (the check before 提交 then works as before).
 */
async function register(
  id: string,
  js: string[],
  matches: string[],
  runAt: 'document_start' | 'document_idle',
  world: 'ISOLATED' | 'MAIN',
): Promise<boolean> {
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  const same =
    current !== undefined &&
    JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify(matches) &&
    JSON.stringify(current.js) === JSON.stringify(js) &&
    (current.runAt ?? 'document_idle') === runAt &&
    (current.world ?? 'ISOLATED') === world;
  if (same) return true;
  if (current === undefined && matches.length === 0) return false;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [id] });
  if (matches.length === 0) return false;
  const script = { id, js, matches, allFrames: true, runAt, persistAcrossSessions: true };
  if (world === 'ISOLATED') {
    await browser.scripting.registerContentScripts([script]);
    return true;
  }
  // Each option the browser may lack is tried, then left out: an unknown one fails the call.
  for (const options of [{ world, matchOriginAsFallback: true }, { world }]) {
    try {
      // compat-ok: matchOriginAsFallback (Chrome 119) is tried, and left out where it fails.
      await browser.scripting.registerContentScripts([{ ...script, ...options }]);
      return true;
    } catch {
      // (Tried without it next, or not registered at all.)
    }
  }
  return false;
}

/** The writer revoked a site's access in the browser's settings: it is no longer always on. */
async function forgetRevoked(origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  for (const [site, settings] of await loadSites(browser.storage.local)) {
    if (settings.alwaysOn && origins.includes(grantPattern(site))) {
      await updateSite(browser.storage.local, site, { alwaysOn: false, submitCheck: false });
    }
  }
  await syncSiteScripts();
}

/**
 * The sites each of our isolated-world scripts is registered for, by script id (for tests; the
 * page's send starts follow `tianbao-submit-check`).
 */
export async function registeredSitePatterns(): Promise<Record<string, string[]>> {
  const isolated = SCRIPTS.filter((s) => !('world' in s));
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: isolated.map((s) => s.id) });
  return Object.fromEntries(isolated.map(({ id }) => [id, scripts.find((s) => s.id === id)?.matches ?? []]));
}
