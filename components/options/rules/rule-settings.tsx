import './rules.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { database } from '@/lib/db/tianbao';
import { loadRuleSettings, setRuleSetting } from '@/lib/settings/rules';
import { StoreError } from '@/lib/snippets/store';
import { OFF_BY_DEFAULT, RULES, type RuleSetting, type Severity } from '@/lib/structure';
import { type MessageKey, storeErrorMessage, t } from '../../i18n';

const SEVERITIES: Record<Severity, MessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** Options page: every check rule with a switch for its severity, or off. */
export function RuleSettingsEditor() {
  const settings = useLiveQuery(() => loadRuleSettings(database()), []);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const zh = t('uiLang').startsWith('zh');
  if (settings === undefined) return null;

  const change = async (rule: string, label: string, value: string) => {
    const setting = value === 'default' ? undefined : (value as RuleSetting);
    try {
      await setRuleSetting(database(), rule, setting);
      setStatus({ tone: 'ok', text: t('rulesSaved', label) });
    } catch (error) {
      setStatus({ tone: 'error', text: storeErrorMessage(error instanceof StoreError ? error.code : 'invalid') });
    }
  };

  return (
    <section aria-labelledby="rules-heading" id="rules">
      <h2 id="rules-heading">{t('rulesHeading')}</h2>
      <p className="muted">{t('rulesIntro')}</p>
      <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </div>
      <table className="rules">
        <tbody>
          {Object.entries(RULES).map(([rule, [severity, labelZh, labelEn]]) => {
            const label = zh ? labelZh : labelEn;
            const current = settings[rule];
            const value = typeof current === 'string' ? current : 'default';
            return (
              <tr key={rule}>
                <td>
                  {label}
                  <code>{rule}</code>
                </td>
                <td>
                  <select aria-label={label} value={value} onChange={(e) => void change(rule, label, e.target.value)}>
                    <option value="default">
                      {t('rulesDefault', OFF_BY_DEFAULT.has(rule) ? t('rulesOff') : t(SEVERITIES[severity]))}
                    </option>
                    <option value="error">{t('severityError')}</option>
                    <option value="warning">{t('severityWarning')}</option>
                    <option value="info">{t('severityInfo')}</option>
                    <option value="off">{t('rulesOff')}</option>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
