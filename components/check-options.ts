import { browser } from 'wxt/browser';
import type { FormCheckOptions } from '@/lib/analysis/form-check';
import { database } from '@/lib/db/tianbao';
import { loadRuleSettings } from '@/lib/settings/rules';
import { loadSite } from '@/lib/settings/sites';
import { loadUserTemplates } from '@/lib/settings/templates';
import { loadAcceptedWords, loadUnitWording, profileYear } from '@/lib/settings/wording';
import { loadProfile } from '@/lib/snippets/profile';
import { withUserTemplates } from '@/lib/structure';
import { loadEffectivePreferences } from './policy';

/**
 * What a check of a form on `site` judges by: the writer's templates, rule settings, anonymisation
 * marker, word list, unit wording lists and 年度, and the genre the writer chose for the site. The
 * one place they are read, each as stored and validated by its loader, for the panel's 检查 and
 * for the check before 提交 (in the worker), so that both judge alike.
 */
export async function loadCheckOptions(site: string | null): Promise<FormCheckOptions> {
  const db = database();
  const [templates, rules, preferences, settings, accepted, units, profile] = await Promise.all([
    loadUserTemplates(db).catch(() => []),
    loadRuleSettings(db).catch(() => ({})),
    loadEffectivePreferences(db),
    site ? loadSite(browser.storage.local, site).catch(() => undefined) : undefined,
    loadAcceptedWords(db).catch(() => []),
    loadUnitWording(db).catch(() => []),
    loadProfile(db).catch(() => ({})),
  ]);
  const marker = preferences.anonymisationMarker;
  const year = profileYear(profile);
  return {
    templates: withUserTemplates(templates),
    rules,
    ...(marker ? { anonymisationMarker: marker } : {}),
    ...(settings?.genre ? { genre: settings.genre } : {}),
    accepted,
    units,
    ...(year !== undefined ? { year } : {}),
  };
}
