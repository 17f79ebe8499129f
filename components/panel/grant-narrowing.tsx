import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { database } from '@/lib/db/tianbao';
import { loadPackSites } from '@/lib/packs/kinds';
import { type OldGrant, oldGrants } from '@/lib/settings/grant-narrowing';
import { sitesWithPolicy } from '@/lib/settings/policy';
import { loadSites, updateSite } from '@/lib/settings/sites';
import { t } from '../i18n';
import { siteName } from '../options/sites/site-settings';
import { loadPolicy } from '../policy';
import { grantPattern } from '../site-pattern';

/** The old broad grants covering `site` (lib/settings/grant-narrowing.ts), as the browser holds them now. */
async function oldGrantsOver(site: string): Promise<OldGrant[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const packed = await loadPackSites(database()).catch(() => []);
  const sites = sitesWithPolicy(await loadSites(browser.storage.local), (await loadPolicy()).policy, packed);
  const alwaysOn = sites.filter(([, settings]) => settings.alwaysOn).map(([s]) => s);
  const required = browser.runtime.getManifest().host_permissions ?? [];
  return oldGrants({ granted: origins, required, alwaysOn }).filter((grant) => grant.sites.includes(site));
}

/**
 * Narrows the old grants in `grants` on the writer's click: each is removed (which in Chromium also
 * removes the exact grants it contains), then the exact origins of every always-on site under
 * them are asked for in one browser prompt. Declined, those sites are switched off, as the browser
 * no longer lets the extension in. Whether the sites are granted again.
 */
export async function narrowGrants(grants: OldGrant[]): Promise<boolean> {
  const sites = [...new Set(grants.flatMap((grant) => grant.sites))];
  // Asked for before anything is removed: the prompt needs the click's user activation.
  const asked = browser.permissions.request({ origins: sites.map(grantPattern) });
  for (const { pattern } of grants) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  const exact = { origins: sites.map(grantPattern) };
  const answered = await asked.catch(() => false);
  let held = answered && (await browser.permissions.contains(exact));
  // Granted at once (the old grant still covered them), nothing was added: ask again, now it is gone.
  if (answered && !held) {
    held = (await browser.permissions.request(exact).catch(() => false)) && (await browser.permissions.contains(exact));
  }
  if (!held) {
    for (const site of sites) await updateSite(browser.storage.local, site, { alwaysOn: false, submitCheck: false });
  }
  return held;
}

/**
 * The panel's note on a site whose access an older version granted for every port of its host
 * (Chrome and Edge: Firefox cannot grant one port). Its button narrows the grant to this site's
 * exact origin, with the browser's prompt.
 */
export function GrantNarrowOffer({ site }: { site: string }) {
  const [grants, setGrants] = useState<OldGrant[]>([]);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const load = useCallback(() => {
    if (!import.meta.env.FIREFOX) void oldGrantsOver(site).then(setGrants, () => setGrants([]));
  }, [site]);
  useEffect(load, [load]);
  if (status) {
    return (
      <p className={`site-offer-done ${status.tone}`} role="status">
        {status.text}
      </p>
    );
  }
  const [first] = grants;
  if (!first) return null;
  const narrow = async () => {
    const ok = await narrowGrants(grants).catch(() => false);
    setStatus(
      ok
        ? { tone: 'ok', text: t('trust2_grantNarrowed', siteName(site)) }
        : { tone: 'error', text: t('trust2_grantNarrowDeclined', siteName(site)) },
    );
  };
  return (
    <section className="prompt site-offer" aria-labelledby="grant-narrow-title">
      <p className="prompt-title" id="grant-narrow-title">
        {t('trust2_grantBroadTitle', new URL(site).hostname)}
      </p>
      <p>{t('trust2_grantBroadText', siteName(site))}</p>
      <div className="prompt-actions">
        <button type="button" className="primary" onClick={() => void narrow()}>
          {t('trust2_grantNarrow')}
        </button>
      </div>
    </section>
  );
}
