import './profile.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useState } from 'react';
import { database } from '@/lib/db/tianbao';
import { loadProfile, saveProfile } from '@/lib/snippets/profile';
import {
  checkProfileRows,
  PROFILE_FIELDS,
  type ProfileRow,
  type ProfileRowError,
  profileRows,
} from '@/lib/snippets/profile-form';
import { StoreError } from '@/lib/snippets/store';
import type { Profile } from '@/lib/snippets/variables';
import { storeErrorMessage, t } from '../../i18n';

/** Options page: the profile that fills `{{姓名}}`, `{{单位}}`… in snippets, and the user's own variables. */
export function ProfileEditor() {
  const saved = useLiveQuery(() => loadProfile(database()), []);
  // Kept here, not in the form: the form is remounted whenever the stored profile changes
  // (a save, an import, another tab), and the message must outlive that.
  const [status, setStatus] = useState<Status>(null);
  return (
    <section aria-labelledby="profile-heading" id="profile">
      <h2 id="profile-heading">{t('mgrProfileHeading')}</h2>
      <p className="muted">{t('mgrProfileIntro')}</p>
      {saved === undefined ? (
        <p className="muted">{t('snippetsLoading')}</p>
      ) : (
        <ProfileForm key={JSON.stringify(saved)} saved={saved} status={status} onStatus={setStatus} />
      )}
    </section>
  );
}

type Status = { tone: 'ok' | 'error'; text: string; errors?: ProfileRowError[] } | null;
const FIXED = PROFILE_FIELDS.length;

function ProfileForm({
  saved,
  status,
  onStatus: setStatus,
}: {
  saved: Profile;
  status: Status;
  onStatus(s: Status): void;
}) {
  const [rows, setRows] = useState<ProfileRow[]>(() => profileRows(saved));
  const zh = t('uiLang').startsWith('zh');
  const errorAt = (row: number, field: ProfileRowError['field']) =>
    status?.errors?.some((e) => e.row === row && e.field === field) ?? false;
  const change = (index: number, patch: Partial<ProfileRow>) =>
    setRows((old) => old.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkProfileRows(rows);
    if (!checked.ok) {
      setStatus({ tone: 'error', text: t('mgrProfileInvalid'), errors: checked.errors });
      return;
    }
    try {
      await saveProfile(database(), checked.profile);
      setStatus({ tone: 'ok', text: t('mgrProfileSaved') });
    } catch (error) {
      setStatus({ tone: 'error', text: storeErrorMessage(error instanceof StoreError ? error.code : 'unavailable') });
    }
  };

  return (
    <form className="profile-form" onSubmit={save}>
      <div className="profile-grid">
        {rows.map((row, i) =>
          i < FIXED ? (
            <label key={row.name} className="profile-fixed">
              <span>{row.name}</span>
              <input
                value={row.value}
                aria-invalid={errorAt(i, 'value')}
                placeholder={row.name === '年度' ? String(new Date().getFullYear()) : ''}
                onChange={(e) => change(i, { value: e.target.value })}
              />
            </label>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; a row's name is being typed.
            <div key={i} className="profile-own">
              <input
                aria-label={t('mgrVariableName', String(i - FIXED + 1))}
                placeholder={t('mgrVariableNamePlaceholder')}
                value={row.name}
                aria-invalid={errorAt(i, 'name')}
                onChange={(e) => change(i, { name: e.target.value })}
              />
              <input
                aria-label={t('mgrVariableValue', String(i - FIXED + 1))}
                value={row.value}
                aria-invalid={errorAt(i, 'value')}
                onChange={(e) => change(i, { value: e.target.value })}
              />
              <button type="button" onClick={() => setRows((old) => old.filter((_, j) => j !== i))}>
                {t('mgrVariableRemove')}
              </button>
            </div>
          ),
        )}
      </div>
      <div className="form-actions">
        <button type="button" onClick={() => setRows((old) => [...old, { name: '', value: '' }])}>
          {t('mgrVariableAdd')}
        </button>
        <button type="submit" className="primary">
          {t('mgrProfileSave')}
        </button>
      </div>
      <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
        {status?.text}
        {status?.errors && (
          <ul>
            {status.errors.map((e) => (
              <li key={`${e.row}-${e.field}`}>{zh ? e.zh : e.en}</li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
