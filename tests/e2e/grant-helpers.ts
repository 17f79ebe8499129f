import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../../scripts/browser';
import type { Extension } from './fixtures';

// Host permissions granted the way an older version's 始终启用 left them in the profile. Headless
// Chromium cannot answer the permission prompt of `permissions.request` (the call never settles),
// and chrome://extensions' developerPrivate.addHostPermission takes no optional host; so the
// grant is written where Chromium keeps it, the profile's Preferences
// (`extensions.settings.<id>.granted_permissions` / `active_permissions`, `explicit_host`), with
// the browser closed. Measured in Chromium 156: it is read back at the next start as a grant like
// any other (`permissions.getAll`, `contains`, and `permissions.remove` takes it away).

/** A browser on a profile of its own whose extension holds `grants` and has `sites` set (storage.local, `site:<origin>`). */
export async function launchWithOldGrants(
  sites: Record<string, object>,
  grants: string[],
): Promise<{ extension: Extension; close(): Promise<void> }> {
  const profileDir = mkdtempSync(join(tmpdir(), 'tianbao-grants-'));
  let { context, worker } = await launchWithExtension(profileDir);
  const id = new URL(worker.url()).host;
  await worker.evaluate(
    (items) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set(items),
    Object.fromEntries(Object.entries(sites).map(([site, settings]) => [`site:${site}`, settings])),
  );
  await context.close();
  grantInProfile(profileDir, id, grants);
  ({ context, worker } = await launchWithExtension(profileDir));
  const extension: Extension = {
    get context() {
      return context;
    },
    get worker() {
      return worker;
    },
    id,
    async restart() {
      await context.close();
      ({ context, worker } = await launchWithExtension(profileDir));
    },
  };
  return {
    extension,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Adds host permission `grants` to the extension `id` in the (closed) profile at `profileDir`. */
function grantInProfile(profileDir: string, id: string, grants: string[]): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const settings = prefs.extensions?.settings?.[id];
  if (!settings) throw new Error(`no settings for extension ${id} in ${file}`);
  for (const set of ['granted_permissions', 'active_permissions']) {
    settings[set] ??= {};
    settings[set].explicit_host = [...new Set([...(settings[set].explicit_host ?? []), ...grants])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/** The host permissions the extension holds now. */
export async function grantedOrigins(extension: Extension): Promise<string[]> {
  return extension.worker.evaluate(async () => {
    type Permissions = { getAll(): Promise<{ origins?: string[] }> };
    const all = await (globalThis as unknown as { chrome: { permissions: Permissions } }).chrome.permissions.getAll();
    return (all.origins ?? []).sort();
  });
}
