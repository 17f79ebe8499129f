import './preferences.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { draftsDatabase } from '@/lib/db/drafts';
import { database } from '@/lib/db/tianbao';
import { pruneOlderThan } from '@/lib/drafts/store';
import { LANGUAGE_KEY, LANGUAGES, type Language, readLanguage } from '@/lib/settings/language';
import { effectivePreferences, type PolicyPreference } from '@/lib/settings/policy';
import { isMarker, loadPreferences, type Preferences, setPreference } from '@/lib/settings/preferences';
import { loadUserTemplates } from '@/lib/settings/templates';
import { StoreError } from '@/lib/snippets/store';
import { withUserTemplates } from '@/lib/structure';
import { type MessageKey, storeErrorMessage, t } from '../../i18n';
import { usePolicy } from '../../policy';

const LANGUAGE_NAMES: Record<Language, MessageKey> = {
  auto: 'prefsLanguageAuto',
  zh_CN: 'prefsLanguageZh',
  en: 'prefsLanguageEn',
};

/**
 * Options page, 常规设置: the language of the extension's pages (storage.local, read by every
 * page), the genre the outline starts from, and the anonymisation marker the check allows.
 */
export function PreferencesEditor() {
  const own = useLiveQuery(() => loadPreferences(database()), []);
  // What IT policy sets wins, and is shown locked.
  const policy = usePolicy();
  const effective = own && policy ? effectivePreferences(own, policy.policy) : undefined;
  const preferences = effective?.preferences;
  const locked = (name: PolicyPreference) => effective?.locked.includes(name) === true;
  const templates = useLiveQuery(async () => withUserTemplates(await loadUserTemplates(database())), []);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const zh = t('uiLang').startsWith('zh');

  const save = async <K extends keyof Preferences>(name: K, value: Preferences[K] | undefined, label: string) => {
    try {
      await setPreference(database(), name, value);
      setStatus({ tone: 'ok', text: t('prefsSaved', label) });
    } catch (error) {
      setStatus({ tone: 'error', text: storeErrorMessage(error instanceof StoreError ? error.code : 'invalid') });
    }
  };

  return (
    <section aria-labelledby="preferences-heading" id="preferences">
      <h2 id="preferences-heading">{t('prefsHeading')}</h2>
      <div className="preferences">
        <LanguageChoice />
        {preferences && templates && (
          <>
            <label>
              <span>{t('prefsDefaultGenre')}</span>
              <select
                value={preferences.defaultGenre ?? ''}
                disabled={locked('defaultGenre')}
                aria-describedby="default-genre-hint"
                onChange={(e) => void save('defaultGenre', e.target.value || undefined, t('prefsDefaultGenre'))}
              >
                <option value="">{t('prefsGenreNone')}</option>
                {templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {zh ? template.name.zh : template.name.en}
                  </option>
                ))}
              </select>
              <small id="default-genre-hint" className="muted">
                {locked('defaultGenre') ? t('platform_policyLocked') : t('prefsDefaultGenreHint')}
              </small>
            </label>
            <MarkerField
              key={preferences.anonymisationMarker ?? ''}
              saved={preferences.anonymisationMarker ?? ''}
              locked={locked('anonymisationMarker')}
              onSave={(marker) => void save('anonymisationMarker', marker || undefined, t('prefsMarker'))}
            />
            <RetentionField
              key={preferences.draftRetentionDays}
              saved={preferences.draftRetentionDays}
              locked={locked('draftRetentionDays')}
              onSave={async (days) => {
                await save('draftRetentionDays', days, t('platform_retentionLabel'));
                // Applied at once, not at the next save of a draft.
                await pruneOlderThan(draftsDatabase(), days).catch(() => 0);
              }}
            />
            {policy?.policy.drafts === false && <p className="muted policy-note">{t('platform_policyDraftsOff')}</p>}
            {policy && policy.invalid.length > 0 && (
              <p className="field-error">{t('platform_policyInvalid', policy.invalid.join(', '))}</p>
            )}
          </>
        )}
      </div>
      <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </div>
    </section>
  );
}

// The language lives in storage.local; every page of the extension follows a change at once.
function LanguageChoice() {
  const [language, setLanguage] = useState<Language>();
  useEffect(() => {
    void browser.storage.local.get(LANGUAGE_KEY).then((stored) => setLanguage(readLanguage(stored[LANGUAGE_KEY])));
  }, []);
  if (!language) return null;
  return (
    <label>
      <span>{t('prefsLanguage')}</span>
      <select
        value={language}
        onChange={(e) => {
          const next = readLanguage(e.target.value);
          setLanguage(next);
          void browser.storage.local.set({ [LANGUAGE_KEY]: next });
        }}
      >
        {LANGUAGES.map((value) => (
          <option key={value} value={value}>
            {t(LANGUAGE_NAMES[value])}
          </option>
        ))}
      </select>
    </label>
  );
}

// Saved when it is one character (or emptied); anything else is explained beside the field.
function MarkerField({ saved, locked, onSave }: { saved: string; locked: boolean; onSave(marker: string): void }) {
  const [value, setValue] = useState(saved);
  const valid = value === '' || isMarker(value);
  return (
    <label>
      <span>{t('prefsMarker')}</span>
      <input
        className="marker"
        value={value}
        disabled={locked}
        aria-invalid={!valid}
        aria-describedby="marker-hint"
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          if (next === '' || isMarker(next)) onSave(next);
        }}
      />
      <small id="marker-hint" className={valid ? 'muted' : 'field-error'}>
        {locked ? t('platform_policyLocked') : valid ? t('prefsMarkerHint') : t('prefsMarkerInvalid')}
      </small>
    </label>
  );
}

// Whole days from 1 to 3650; saved (and applied) when valid, explained beside the field when not.
function RetentionField({ saved, locked, onSave }: { saved: number; locked: boolean; onSave(days: number): void }) {
  const [value, setValue] = useState(String(saved));
  const valid = /^[1-9]\d{0,3}$/.test(value) && Number(value) <= 3650;
  return (
    <label>
      <span>{t('platform_retentionLabel')}</span>
      <input
        type="number"
        min={1}
        max={3650}
        className="retention"
        value={value}
        disabled={locked}
        aria-invalid={!valid}
        aria-describedby="retention-hint"
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => valid && Number(value) !== saved && onSave(Number(value))}
        onKeyDown={(e) => e.key === 'Enter' && valid && Number(value) !== saved && onSave(Number(value))}
      />
      <small id="retention-hint" className={valid ? 'muted' : 'field-error'}>
        {locked ? t('platform_policyLocked') : valid ? t('platform_retentionHint') : t('platform_retentionInvalid')}
      </small>
    </label>
  );
}
