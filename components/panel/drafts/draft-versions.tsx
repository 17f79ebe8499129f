import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { DraftVersion } from '@/lib/db/drafts';
import { compareTexts } from '@/lib/drafts/history';
import { type SiteSettings, updateSite } from '@/lib/settings/sites';
import { t } from '../../i18n';

const PREVIEW_CHARS = 120;

/** The per-site switch: drafts saved automatically, always, or never. */
export function DraftModeSelect({ site, settings }: { site: string; settings: SiteSettings | undefined }) {
  return (
    <label className="draft-mode">
      {t('draftsMode')}{' '}
      <select
        value={settings?.drafts ?? 'auto'}
        disabled={!settings}
        onChange={(e) =>
          void updateSite(browser.storage.local, site, { drafts: e.target.value as SiteSettings['drafts'] })
        }
      >
        <option value="auto">{t('draftsModeAuto')}</option>
        <option value="on">{t('draftsModeOn')}</option>
        <option value="off">{t('draftsModeOff')}</option>
      </select>
    </label>
  );
}

/** Adds or removes `field` from the site's fields that are never saved. */
export function setExcluded(site: string, settings: SiteSettings, field: string, excluded: boolean): Promise<unknown> {
  const others = settings.excludedFields.filter((f) => f !== field);
  return updateSite(browser.storage.local, site, { excludedFields: excluded ? [...others, field] : others });
}

/** Copies `text` to the clipboard; false when the browser refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

interface VersionProps {
  version: DraftVersion;
  /** The field's text now, when the page is open (the panel): what differs is shown. */
  current?: string;
  onCopy(): void;
  onRestore?: () => void;
  onDelete(): void;
}

/** One saved version: when, how long, its opening, how it differs from the field, and actions. */
export function DraftVersionRow({ version, current, onCopy, onRestore, onDelete }: VersionProps) {
  const compared = current === undefined ? null : compareTexts(version.text, current);
  const time = new Date(version.savedAt).toLocaleString(t('uiLang'), { hour12: false });
  const preview = version.text.length > PREVIEW_CHARS ? `${version.text.slice(0, PREVIEW_CHARS)}…` : version.text;
  return (
    <li className="draft-version" data-version-id={version.id}>
      <div className="draft-meta">{t('draftsVersionMeta', [time, String(version.text.length)])}</div>
      {version.cut !== undefined && (
        <div className="draft-meta">{t('trust_draftCut', [String(version.text.length), String(version.cut)])}</div>
      )}
      <p className="draft-preview">{preview}</p>
      {compared && (
        <div className="draft-diff">
          {compared.same ? t('draftsSame') : t('draftsDiff', [String(compared.added), String(compared.removed)])}
        </div>
      )}
      <div className="draft-actions">
        <button type="button" onClick={onCopy}>
          {t('draftsCopy')}
        </button>
        {onRestore && (
          <button type="button" onClick={onRestore} disabled={compared?.same === true}>
            {t('draftsRestoreVersion')}
          </button>
        )}
        <button type="button" onClick={onDelete}>
          {t('draftsDelete')}
        </button>
      </div>
    </li>
  );
}

/** A destructive button that asks once more, inline, before it acts. */
export function ConfirmButton({ label, question, onConfirm }: { label: string; question: string; onConfirm(): void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <fieldset className="confirm">
      <legend>{question}</legend>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('draftsDelete')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('panelCancel')}
      </button>
    </fieldset>
  );
}
