import { useLiveQuery } from 'dexie-react-hooks';
import { type ChangeEvent, useState } from 'react';
import { database } from '@/lib/db/tianbao';
import { loadPacks } from '@/lib/packs/install';
import {
  importUnitWording,
  loadAcceptedWords,
  loadUnitWordingSources,
  removeAcceptedWord,
  removeUnitWording,
} from '@/lib/settings/wording';
import { StoreError } from '@/lib/snippets/store';
import { exportUnitWording, type UnitWording } from '@/lib/structure';
import { downloadText } from '../../download';
import { storeErrorMessage, t } from '../../i18n';
import { type Status, StatusLine } from '../../status-line';

/**
 * Options page: the writer's word list (words the check never flags, added from a finding) and the
 * unit wording lists (统一口径), imported from a file whole or not at all, exported back to one.
 */
export function WordingSettings() {
  const db = database();
  const accepted = useLiveQuery(() => loadAcceptedWords(db), []);
  const units = useLiveQuery(() => loadUnitWordingSources(db), []);
  const packs = useLiveQuery(() => loadPacks(db), []);
  const [status, setStatus] = useState<Status | null>(null);
  const zh = t('uiLang').startsWith('zh');

  const guarded = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      setStatus({ tone: 'error', text: storeErrorMessage(error instanceof StoreError ? error.code : 'unavailable') });
    }
  };

  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void guarded(async () => {
      const result = await importUnitWording(db, new Uint8Array(await file.arrayBuffer()));
      if (!result.ok) {
        const details = result.errors.map((e) => (zh ? e.zh : e.en));
        setStatus({ tone: 'error', text: t('check_unitRejected'), details });
        return;
      }
      const counts = [result.list.name, String(result.list.forbidden.length), String(result.list.required.length)];
      setStatus({ tone: 'ok', text: t(result.replaced ? 'check_unitReplaced' : 'check_unitImported', counts) });
    });
  };

  const exportList = (list: UnitWording) => downloadText(`tianbao-wording-${list.name}.json`, exportUnitWording(list));

  return (
    <section aria-labelledby="wording-heading" id="wording">
      <h2 id="wording-heading">{t('check_wordingHeading')}</h2>
      <p className="muted">{t('check_wordingIntro')}</p>
      <StatusLine status={status} />
      <h3>{t('check_unitHeading')}</h3>
      <label className="file-button">
        {t('check_unitImport')}
        <input type="file" accept=".json,application/json" onChange={importFile} />
      </label>
      {units && units.length > 0 ? (
        <ul className="manager-list" aria-label={t('check_unitHeading')}>
          {units.map(({ list, pack }) => (
            <li key={`${pack ?? ''}\n${list.name}`}>
              <div>
                <strong>{list.name}</strong>
                {pack && (
                  <span className="badge pack" title={t('platform_readOnly')}>
                    {t('platform_packBadge', packs?.find((p) => p.id === pack)?.name ?? pack)}
                  </span>
                )}
                <p>{t('check_unitCounts', [String(list.forbidden.length), String(list.required.length)])}</p>
              </div>
              <div className="row-actions">
                <button type="button" onClick={() => exportList(list)}>
                  {t('check_unitExport')}
                </button>
                {/* A pack's list goes with its pack (单位素材包), not on its own. */}
                {!pack && (
                  <button
                    type="button"
                    aria-label={t('check_unitRemoveLabel', list.name)}
                    onClick={() =>
                      void guarded(async () => {
                        await removeUnitWording(db, list.name);
                        setStatus({ tone: 'ok', text: t('check_unitRemoved', list.name) });
                      })
                    }
                  >
                    {t('check_remove')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('check_unitNone')}</p>
      )}
      <h3>{t('check_wordListHeading')}</h3>
      {accepted && accepted.length > 0 ? (
        <ul className="word-list" aria-label={t('check_wordListHeading')}>
          {accepted.map((word) => (
            <li key={word}>
              {word}
              <button
                type="button"
                className="link"
                aria-label={t('check_wordRemoveLabel', word)}
                onClick={() =>
                  void guarded(async () => {
                    await removeAcceptedWord(db, word);
                    setStatus({ tone: 'ok', text: t('check_wordRemoved', word) });
                  })
                }
              >
                {t('check_remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('check_wordListNone')}</p>
      )}
    </section>
  );
}
