import type { TianbaoDB } from '../db/tianbao';
import { guardWrite } from '../db/write-guard';
import { RULES, type RuleSetting, RuleSettings } from '../structure';

// The writer's switches and severities for the check's rules, in one settings row, checked when
// read back (a damaged row means the defaults, not a crash).
const KEY = 'rules';

/** The saved rule settings; empty (all defaults) when none are saved or they do not validate. */
export async function loadRuleSettings(db: TianbaoDB): Promise<RuleSettings> {
  const row = await db.settings.get(KEY);
  const parsed = RuleSettings.safeParse(row?.value);
  return parsed.success ? parsed.data : {};
}

/** Sets one rule to off, a severity, or back to its default (`undefined`); others are kept. */
export async function setRuleSetting(db: TianbaoDB, rule: string, setting: RuleSetting | undefined): Promise<void> {
  if (!(rule in RULES)) throw new RangeError(`unknown rule ${rule}`);
  await guardWrite(() =>
    db.transaction('rw', db.settings, async () => {
      const current = await loadRuleSettings(db);
      const next = { ...current };
      if (setting === undefined) delete next[rule];
      else next[rule] = setting;
      await db.settings.put({ key: KEY, value: next });
    }),
  );
}
