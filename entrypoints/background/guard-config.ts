import type { GuardConfig } from '@/lib/messages';
import { loadRuleSettings } from '@/lib/settings/rules';
import { loadUserTemplates } from '@/lib/settings/templates';
import { database } from '@/lib/snippets/db';

/** The writer's templates and rule settings, for the check before 提交 in a page. */
export async function guardConfig(): Promise<GuardConfig> {
  const db = database();
  const [templates, rules] = await Promise.all([
    loadUserTemplates(db).catch(() => []),
    loadRuleSettings(db).catch(() => ({})),
  ]);
  return { templates, rules };
}
