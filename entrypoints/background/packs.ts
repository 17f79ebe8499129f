import { followPolicy, loadPolicy } from '@/components/policy';
import { database } from '@/lib/db/tianbao';
import { installPack, loadPacks, removePack } from '@/lib/packs/install';
import { syncSiteScripts } from './sites';

/**
 * Keeps the unit pack IT policy names installed: at start-up and whenever the policy changes, a
 * newer version replaces the installed one; a pack policy installed and no longer names is
 * removed. Nothing is fetched: the pack's text is in the policy itself.
 */
export function keepPolicyPackInstalled(): void {
  void syncPolicyPack();
  followPolicy(() => void syncPolicyPack());
}

/** Installs (or removes) the policy's pack now; what a bad pack in the policy is, is not the writer's to fix. */
export async function syncPolicyPack(): Promise<void> {
  const { policy } = await loadPolicy();
  const db = database();
  try {
    const installed = policy.unitPack ? await installPack(db, policy.unitPack, 'policy') : undefined;
    const keep = installed?.ok ? installed.pack.id : undefined;
    for (const pack of await loadPacks(db)) {
      if (pack.source === 'policy' && pack.id !== keep) await removePack(db, pack.id);
    }
    await syncSiteScripts();
  } catch {
    // The database cannot be written now: tried again at the next start or policy change.
  }
}
