import { browser } from 'wxt/browser';
import type { GuardConfig } from '@/lib/messages';
import { loadRuleSettings } from '@/lib/settings/rules';
import { loadSite } from '@/lib/settings/sites';
import { loadUserTemplates } from '@/lib/settings/templates';
import { database } from '@/lib/snippets/db';

/** The writer's templates, rule settings and the site's genre, for the check before 提交 on `site`. */
export async function guardConfig(site: string | null): Promise<GuardConfig> {
  const db = database();
  const [templates, rules, settings] = await Promise.all([
    loadUserTemplates(db).catch(() => []),
    loadRuleSettings(db).catch(() => ({})),
    site ? loadSite(browser.storage.local, site).catch(() => undefined) : undefined,
  ]);
  return { templates, rules, ...(settings?.genre ? { genre: settings.genre } : {}) };
}
