import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TianbaoDB } from '../db/tianbao';
import { check } from '../structure';
import { loadRuleSettings, setRuleSetting } from './rules';

let n = 0;
const opened: TianbaoDB[] = [];
const fresh = () => {
  const db = new TianbaoDB(`rules-test-${++n}`);
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('rule settings', () => {
  it('switch a rule off or change its severity, and the check follows', async () => {
    const db = fresh();
    const text = '学习不够深入,调研不够经常。';
    expect(check(text, { rules: await loadRuleSettings(db) }).findings.map((f) => [f.rule, f.severity])).toContainEqual(
      ['punctuation/half-width', 'error'],
    );
    await setRuleSetting(db, 'punctuation/half-width', 'warning');
    expect(check(text, { rules: await loadRuleSettings(db) }).findings.map((f) => [f.rule, f.severity])).toContainEqual(
      ['punctuation/half-width', 'warning'],
    );
    await setRuleSetting(db, 'punctuation/half-width', 'off');
    expect(check(text, { rules: await loadRuleSettings(db) }).findings.map((f) => f.rule)).not.toContain(
      'punctuation/half-width',
    );
    await setRuleSetting(db, 'punctuation/half-width', undefined);
    expect(await loadRuleSettings(db)).toEqual({});
  });

  it('refuses an unknown rule and ignores a damaged stored row', async () => {
    const db = fresh();
    await expect(setRuleSetting(db, 'no/such-rule', 'off')).rejects.toThrow(RangeError);
    await db.settings.put({ key: 'rules', value: { 'punctuation/half-width': 'loud' } });
    expect(await loadRuleSettings(db)).toEqual({});
  });
});
