import './sites.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { database } from '@/lib/db/tianbao';
import { loadPackSites } from '@/lib/packs/kinds';
import { broadGrantsOnlyFor } from '@/lib/settings/grant-narrowing';
import { applySitePolicy, sitesWithPolicy } from '@/lib/settings/policy';
import { forgetSite, loadSite, loadSites, SITE_KEY_PREFIX, type SiteSettings, updateSite } from '@/lib/settings/sites';
import { loadUserTemplates } from '@/lib/settings/templates';
import { withUserTemplates } from '@/lib/structure';
import { extensionAlive, listen } from '../../extension-events';
import { t } from '../../i18n';
import { usePolicy } from '../../policy';
import { grantPattern } from '../../site-pattern';

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** Calls `listener` whenever some site's settings change (in any extension page or script). */
function useSiteChanges(listener: () => void): void {
  useEffect(() => {
    const changed = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).some((key) => key.startsWith(SITE_KEY_PREFIX))) listener();
    };
    return listen(() => browser.storage.local.onChanged, changed);
  }, [listener]);
}

/**
 * The settings of `site`, kept current as the panel, the options page or another tab changes
 * them; undefined while loading or when there is no site. A load that finishes after the site
 * changed is dropped, so a slow read never shows the previous site's settings.
 */
export function useSiteSettings(site: string | null | undefined): SiteSettings | undefined {
  const [loaded, setLoaded] = useState<{ site: string; settings: SiteSettings }>();
  const live = useRef(site);
  live.current = site;
  const load = useCallback(() => {
    if (!site || !extensionAlive()) return;
    void loadSite(browser.storage.local, site).then((settings) => {
      if (live.current === site) setLoaded({ site, settings });
    });
  }, [site]);
  useEffect(load, [load]);
  useSiteChanges(load);
  return site && loaded?.site === site ? loaded.settings : undefined;
}

/**
 * Switches `site` to always on (with `change`), asking the browser for the site's permission
 * first: the browser shows its own prompt, and nothing changes if the writer declines. Must run
 * in the handler of the writer's click.
 */
export async function switchOn(site: string, change: Partial<SiteSettings>): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [grantPattern(site)] });
  if (!granted) return false;
  await updateSite(browser.storage.local, site, { ...change, alwaysOn: true, offered: true });
  return true;
}

/**
 * Whether the panel may write this site's settings on its own (a genre remembered, the one-time
 * offer answered): not in an incognito tab, which keeps nothing on the computer (site settings are
 * in `storage.local`, on disk, shared with the regular profile). The options page still can.
 */
export function keepsSiteSettings(): boolean {
  return browser.extension?.inIncognitoContext !== true;
}

/** The host of a site for display (`oa.example.gov.cn`, or with its port). */
export function siteName(site: string): string {
  return new URL(site).host;
}

/**
 * The panel's one-time offer on a site first used: keep the helper on here (the check before 提交
 * and draft saving on every visit), or not. Shown once per site; settings can change it later.
 */
export function SiteOffer({ site }: { site: string }) {
  const settings = useSiteSettings(site);
  const [status, setStatus] = useState<Status>(null);
  if (status) {
    return (
      <p className={`site-offer-done ${status.tone}`} role="status">
        {status.text}
      </p>
    );
  }
  if (!settings || settings.offered || settings.alwaysOn || !keepsSiteSettings()) return null;

  const accept = async () => {
    const on = await switchOn(site, { submitCheck: true }).catch(() => false);
    setStatus(
      on
        ? { tone: 'ok', text: t('siteOfferDone', siteName(site)) }
        : { tone: 'error', text: t('siteOfferDeclined', siteName(site)) },
    );
  };
  const decline = () => void updateSite(browser.storage.local, site, { offered: true });

  return (
    <section className="prompt site-offer" aria-labelledby="site-offer-title">
      <p className="prompt-title" id="site-offer-title">
        {t('siteOfferTitle', siteName(site))}
      </p>
      <p>{t('siteOfferText')}</p>
      <div className="prompt-actions">
        <button type="button" className="primary" onClick={() => void accept()}>
          {t('siteOfferAccept')}
        </button>
        <button type="button" onClick={decline}>
          {t('siteOfferDecline')}
        </button>
      </div>
    </section>
  );
}

/**
 * Options page: every site the writer has settings for, with its switches (always on, the check
 * before 提交, drafts, the genre remembered for its forms) and a way to revoke it entirely.
 */
export function SiteSettingsEditor() {
  const [own, setSites] = useState<[string, SiteSettings][]>();
  const [status, setStatus] = useState<Status>(null);
  const load = useCallback(() => void loadSites(browser.storage.local).then(setSites), []);
  // The IT policy's sites are listed too, and what policy decides is shown locked.
  const policy = usePolicy()?.policy;
  const packed = useLiveQuery(() => loadPackSites(database()).catch(() => []), []);
  const sites = own && policy && packed ? sitesWithPolicy(own, policy, packed) : undefined;
  const lockedOf = (site: string, settings: SiteSettings) =>
    policy ? applySitePolicy(site, settings, policy).locked : [];
  useEffect(load, [load]);
  useSiteChanges(load);
  const zh = t('uiLang').startsWith('zh');
  // The genres the panel offers, the writer's own among them.
  const user = useLiveQuery(() => loadUserTemplates(database()).catch(() => []), []);
  const templates = withUserTemplates(user ?? []);

  const change = async (site: string, next: Partial<SiteSettings>) => {
    try {
      const wantsAccess = (next.alwaysOn || next.submitCheck) && !sites?.find(([s]) => s === site)?.[1].alwaysOn;
      if (wantsAccess) {
        if (!(await switchOn(site, next))) {
          setStatus({ tone: 'error', text: t('siteOfferDeclined', siteName(site)) });
          return;
        }
      } else {
        // A site listed from a unit pack gets settings of its own, starting from what the pack set.
        const base = own?.some(([s]) => s === site) ? {} : (sites?.find(([s]) => s === site)?.[1] ?? {});
        const change = next.alwaysOn === false ? { ...next, submitCheck: false } : next;
        await updateSite(browser.storage.local, site, { ...base, ...change });
      }
      setStatus({ tone: 'ok', text: t('sitesSaved', siteName(site)) });
    } catch {
      setStatus({ tone: 'error', text: t('sitesFailed') });
    }
  };

  const revoke = async (site: string) => {
    await forgetSite(browser.storage.local, site);
    // A permission the manifest requires (the test build's) cannot be removed; the settings are gone.
    // An old all-port grant made for this site goes too, unless another of the writer's sites lies under it.
    const { origins = [] } = await browser.permissions.getAll();
    const others = (sites ?? []).map(([other]) => other);
    for (const pattern of [grantPattern(site), ...broadGrantsOnlyFor(site, origins, others)]) {
      await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    }
    setStatus({ tone: 'ok', text: t('sitesRevoked', siteName(site)) });
  };

  return (
    <section aria-labelledby="sites-heading" id="sites">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p className="muted">{t('sitesIntro')}</p>
      <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </div>
      {sites?.length === 0 && <p className="muted">{t('sitesNone')}</p>}
      <ul className="sites">
        {sites?.map(([site, settings]) => {
          const name = siteName(site);
          const locked = lockedOf(site, settings);
          return (
            <li key={site} className="site" aria-label={name}>
              <h3>{name}</h3>
              {locked.length > 0 && <p className="muted policy-note">{t('platform_policyLocked')}</p>}
              <label className="check">
                <input
                  type="checkbox"
                  disabled={locked.includes('alwaysOn')}
                  checked={settings.alwaysOn}
                  onChange={(e) => void change(site, { alwaysOn: e.target.checked })}
                />
                {t('sitesAlwaysOn')}
              </label>
              <label className="check">
                <input
                  type="checkbox"
                  disabled={locked.includes('submitCheck')}
                  checked={settings.alwaysOn && settings.submitCheck}
                  onChange={(e) => void change(site, { submitCheck: e.target.checked })}
                />
                {t('sitesSubmitCheck')}
              </label>
              <label>
                {t('sitesDrafts')}
                <select
                  disabled={locked.includes('drafts')}
                  value={settings.drafts}
                  onChange={(e) => void change(site, { drafts: e.target.value as SiteSettings['drafts'] })}
                >
                  <option value="auto">{t('sitesDraftsAuto')}</option>
                  <option value="on">{t('sitesDraftsOn')}</option>
                  <option value="off">{t('sitesDraftsOff')}</option>
                </select>
              </label>
              <label>
                {t('sitesGenre')}
                <select
                  value={settings.genre ?? ''}
                  onChange={(e) => void change(site, e.target.value ? { genre: e.target.value } : { genre: undefined })}
                >
                  <option value="">{t('sitesGenreDetect')}</option>
                  {templates.map((template) => (
                    <option key={template.id} value={template.id}>
                      {zh ? template.name.zh : template.name.en}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="danger"
                disabled={locked.includes('alwaysOn')}
                onClick={() => void revoke(site)}
              >
                {t('sitesRevoke')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
