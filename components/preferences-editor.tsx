import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LANGUAGE_KEY, Language, readLanguage } from '@/lib/settings/language';
import { isMarker, loadPreferences, type Preferences, setPreference } from '@/lib/settings/preferences';
import { loadUserTemplates } from '@/lib/settings/templates';
import { database } from '@/lib/snippets/db';
import { StoreError } from '@/lib/snippets/store';
import { withUserTemplates } from '@/lib/structure';
import { type MessageKey, storeErrorMessage, t } from './i18n';

const LANGUAGES: Record<Language, MessageKey> = {
  auto: 'prefsLanguageAuto',
  zh_CN: 'prefsLanguageZh',
  en: 'prefsLanguageEn',
};

/**
 * Options page, 常规设置: the language of the extension's pages (storage.local, read by every
 * page), the genre the outline starts from, and the anonymisation marker the check allows.
 */
export function PreferencesEditor() {
  const preferences = useLiveQuery(() => loadPreferences(database()), []);
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
                {t('prefsDefaultGenreHint')}
              </small>
            </label>
            <MarkerField
              key={preferences.anonymisationMarker ?? ''}
              saved={preferences.anonymisationMarker ?? ''}
              onSave={(marker) => void save('anonymisationMarker', marker || undefined, t('prefsMarker'))}
            />
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
        {Language.options.map((value) => (
          <option key={value} value={value}>
            {t(LANGUAGES[value])}
          </option>
        ))}
      </select>
    </label>
  );
}

// Saved when it is one character (or emptied); anything else is explained beside the field.
function MarkerField({ saved, onSave }: { saved: string; onSave(marker: string): void }) {
  const [value, setValue] = useState(saved);
  const valid = value === '' || isMarker(value);
  return (
    <label>
      <span>{t('prefsMarker')}</span>
      <input
        className="marker"
        value={value}
        aria-invalid={!valid}
        aria-describedby="marker-hint"
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          if (next === '' || isMarker(next)) onSave(next);
        }}
      />
      <small id="marker-hint" className={valid ? 'muted' : 'field-error'}>
        {valid ? t('prefsMarkerHint') : t('prefsMarkerInvalid')}
      </small>
    </label>
  );
}
