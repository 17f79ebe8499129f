import { browser } from 'wxt/browser';
import { loadSites, SITE_KEY_PREFIX, sitePattern, updateSite } from '@/lib/settings/sites';

/** The id of our registered content scripts (sites the writer switched to always on). */
const SCRIPT_ID = 'tianbao-always-on';
const CONTENT_SCRIPT = 'content-scripts/form.js';

/**
 * Keeps the registered content scripts equal to the sites that are always on and whose host
 * permission the writer granted: the form script loads on every page of those sites (drafts, the
 * check before 提交) and nowhere else. Runs at start-up, when a site's settings change, and when a
 * permission is granted or revoked (also from the browser's own extension settings).
 */
export function keepSiteScriptsInSync(): void {
  void syncSiteScripts();
  browser.storage.local.onChanged.addListener((changes) => {
    if (Object.keys(changes).some((key) => key.startsWith(SITE_KEY_PREFIX))) void syncSiteScripts();
  });
  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
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
  const sites = await loadSites(browser.storage.local);
  const patterns: string[] = [];
  for (const [site, settings] of sites) {
    if (!settings.alwaysOn) continue;
    const pattern = sitePattern(site);
    if (await browser.permissions.contains({ origins: [pattern] })) patterns.push(pattern);
  }
  const unique = [...new Set(patterns)].sort();
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const same =
    current !== undefined &&
    JSON.stringify([...(current.matches ?? [])].sort()) === JSON.stringify(unique) &&
    current.js?.[0] === CONTENT_SCRIPT;
  if (same || (current === undefined && unique.length === 0)) return;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (unique.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: [CONTENT_SCRIPT],
      matches: unique,
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** The writer revoked a site's access in the browser's settings: it is no longer always on. */
async function forgetRevoked(origins: string[]): Promise<void> {
  if (origins.length === 0) return;
  for (const [site, settings] of await loadSites(browser.storage.local)) {
    if (settings.alwaysOn && origins.includes(sitePattern(site))) {
      await updateSite(browser.storage.local, site, { alwaysOn: false, submitCheck: false });
    }
  }
  await syncSiteScripts();
}

/** The registered scripts' matches, for tests and the options page. */
export async function registeredSitePatterns(): Promise<string[]> {
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  return current?.matches ?? [];
}
