import { browser } from 'wxt/browser';
import { loadEffectivePreferences } from '@/components/policy';
import type { GuardConfig } from '@/lib/messages';
import { loadRuleSettings } from '@/lib/settings/rules';
import { loadSite } from '@/lib/settings/sites';
import { loadUserTemplates } from '@/lib/settings/templates';
import { loadAcceptedWords, loadUnitWording, profileYear } from '@/lib/settings/wording';
import { database } from '@/lib/snippets/db';
import { loadProfile } from '@/lib/snippets/profile';

/**
 * The writer's templates, rule settings, anonymisation marker, word list, unit wording lists and
 * 年度, and the site's genre: the check
 * before 提交 on `site` judges as the panel's 检查 does.
 */
export async function guardConfig(site: string | null): Promise<GuardConfig> {
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
    templates,
    rules,
    ...(marker ? { marker } : {}),
    ...(settings?.genre ? { genre: settings.genre } : {}),
    wording: { accepted, units, ...(year !== undefined ? { year } : {}) },
  };
}
