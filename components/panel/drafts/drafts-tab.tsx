import './drafts.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import type { DraftVersion } from '@/lib/db/drafts';
import { draftsDatabase } from '@/lib/db/drafts';
import { formatBytes } from '@/lib/drafts/history';
import { clearSite, deleteVersion, pageVersions, usedBytes } from '@/lib/drafts/store';
import { DraftPage, type FromPanel, parseMessage } from '@/lib/messages';
import { insertFailureMessage, t } from '../../i18n';
import { useSiteSettings } from '../../options/sites/site-settings';
import { ConfirmButton, copyText, DraftModeSelect, DraftVersionRow, setExcluded } from './draft-versions';
import { DraftsError } from './drafts-error';

type Status = { tone: 'ok' | 'error'; text: string; undo?: () => void } | null;

// What a restore returns from the page: the insertion's result and the field's text before it.
type Restored = { ok: boolean; previous?: string; reason?: string };

/**
 * 草稿: the drafts of the page in this tab, by field, newest first, each compared with what the
 * field holds now; copy, restore (undoable here and with Ctrl+Z in the page) or delete a version;
 * the site's switch, fields not to save, and clearing the site's drafts.
 */
export function DraftsTab({ send, edits = 0 }: { send: (message: FromPanel) => Promise<unknown>; edits?: number }) {
  const [here, setHere] = useState<DraftPage | null>();
  const [status, setStatus] = useState<Status>(null);
  const settings = useSiteSettings(here?.site);
  const db = draftsDatabase();

  const refresh = useCallback(async () => {
    setHere(parseMessage(DraftPage, await send({ type: 'drafts:page' }).catch(() => null)) ?? null);
  }, [send]);
  // Read again each time the writer pauses typing in the page (`edits` counts those pauses), so
  // the comparison with what each field holds stays true.
  // biome-ignore lint/correctness/useExhaustiveDependencies: edits is the trigger, not read.
  useEffect(() => {
    void refresh();
  }, [refresh, edits]);

  const versions = useLiveQuery(
    () => (here ? pageVersions(db, here.site, here.page) : Promise.resolve([])),
    [here?.site, here?.page],
  );
  const usage = useLiveQuery(async () => ({ count: await db.versions.count(), bytes: await usedBytes(db) }), []);

  const restore = async (version: DraftVersion, text: string, undoing: boolean) => {
    // A cut draft never replaces a field that holds more: the rest of the writer's text would go.
    const now = here?.current[version.field];
    if (!undoing && version.cut !== undefined && now !== undefined && now.length > text.length) {
      setStatus({ tone: 'error', text: t('trust_draftCutRefused') });
      return;
    }
    const reply = (await send({ type: 'drafts:restore', field: version.field, text }).catch(
      () => null,
    )) as Restored | null;
    if (!reply?.ok) {
      setStatus({
        tone: 'error',
        text: reply?.reason === 'too-long' ? insertFailureMessage({ reason: 'too-long' }) : t('draftsRestoreFailed'),
      });
      return;
    }
    const previous = reply.previous;
    setStatus(
      undoing
        ? { tone: 'ok', text: t('draftsUndone') }
        : {
            tone: 'ok',
            text: t('draftsRestored', version.label || version.field),
            undo: previous === undefined ? undefined : () => void restore(version, previous, true),
          },
    );
    await refresh();
  };

  if (here === undefined) return <p className="muted pad">{t('draftsLoading')}</p>;
  if (here === null) return <p className="muted pad">{t('draftsNoPage')}</p>;

  const byField = new Map<string, DraftVersion[]>();
  for (const v of versions ?? []) byField.set(v.field, [...(byField.get(v.field) ?? []), v]);
  return (
    <div className="drafts" data-drafts-ready={versions !== undefined}>
      <DraftsError />
      <div className="drafts-head">
        <DraftModeSelect site={here.site} settings={settings} />
        {usage && <span className="muted">{t('draftsUsage', [String(usage.count), formatBytes(usage.bytes)])}</span>}
      </div>
      <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
        {status?.text}
        {status?.undo && (
          <button type="button" className="link" onClick={status.undo}>
            {t('draftsUndo')}
          </button>
        )}
      </div>
      {versions !== undefined && byField.size === 0 && <p className="muted">{t('draftsEmpty')}</p>}
      {[...byField].map(([field, list]) => {
        const current = here.current[field];
        const label = list[0]?.label || field;
        return (
          <section key={field} className="draft-field" aria-label={label}>
            <h3>{label}</h3>
            <div className="muted">
              {current === undefined ? t('draftsFieldMissing') : t('draftsCurrent', String(current.length))}
            </div>
            {settings && (
              <label className="remember">
                <input
                  type="checkbox"
                  checked={settings.excludedFields.includes(field)}
                  onChange={(e) => void setExcluded(here.site, settings, field, e.target.checked)}
                />
                {t('draftsExclude')}
              </label>
            )}
            <ol className="draft-versions">
              {list.map((version) => (
                <DraftVersionRow
                  key={version.id}
                  version={version}
                  current={current}
                  onCopy={() =>
                    void copyText(version.text).then((ok) =>
                      setStatus(
                        ok ? { tone: 'ok', text: t('draftsCopied') } : { tone: 'error', text: t('draftsCopyFailed') },
                      ),
                    )
                  }
                  onRestore={current === undefined ? undefined : () => void restore(version, version.text, false)}
                  onDelete={() =>
                    void deleteVersion(db, version.id as number).then(() =>
                      setStatus({ tone: 'ok', text: t('draftsDeleted') }),
                    )
                  }
                />
              ))}
            </ol>
          </section>
        );
      })}
      <div className="drafts-foot">
        <ConfirmButton
          label={t('draftsClearSite')}
          question={t('draftsClearSiteConfirm', here.site)}
          onConfirm={() =>
            void clearSite(db, here.site).then((count) =>
              setStatus({ tone: 'ok', text: t('draftsCleared', String(count)) }),
            )
          }
        />
      </div>
    </div>
  );
}
