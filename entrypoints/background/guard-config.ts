import { browser } from 'wxt/browser';
import { loadEffectivePreferences } from '@/components/policy';
import type { GuardConfig } from '@/lib/messages';
import { loadRuleSettings } from '@/lib/settings/rules';
import { loadSite } from '@/lib/settings/sites';
import { loadUserTemplates } from '@/lib/settings/templates';
import { database } from '@/lib/snippets/db';

/**
 * The writer's templates, rule settings and anonymisation marker, and the site's genre: the check
 * before 提交 on `site` judges as the panel's 检查 does.
 */
export async function guardConfig(site: string | null): Promise<GuardConfig> {
  const db = database();
  const [templates, rules, preferences, settings] = await Promise.all([
    loadUserTemplates(db).catch(() => []),
    loadRuleSettings(db).catch(() => ({})),
    loadEffectivePreferences(db),
    site ? loadSite(browser.storage.local, site).catch(() => undefined) : undefined,
  ]);
  const marker = preferences.anonymisationMarker;
  return { templates, rules, ...(marker ? { marker } : {}), ...(settings?.genre ? { genre: settings.genre } : {}) };
}
