import { useLiveQuery } from 'dexie-react-hooks';
import { type ChangeEvent, useState } from 'react';
import { browser } from 'wxt/browser';
import { database } from '@/lib/db/tianbao';
import { installPack, loadPacks, PACKS_CHANGED_KEY, removePack } from '@/lib/packs/install';
import type { PackProblem } from '@/lib/packs/pack-file';
import { StoreError } from '@/lib/snippets/store';
import { storeErrorMessage, t } from '../../i18n';

// The background registers the packs' sites' scripts again when told (it cannot watch IndexedDB).
const packsChanged = () => browser.storage.local.set({ [PACKS_CHANGED_KEY]: Date.now() });

interface Outcome {
  tone: 'ok' | 'error';
  text: string;
  problems?: PackProblem[];
}

/**
 * Options page, 单位素材包: install a pack file the office handed out, see what is installed (and
 * what policy installed), remove a pack with only its items.
 */
export function PackManager() {
  const packs = useLiveQuery(() => loadPacks(database()).catch(() => []), []);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const zh = t('uiLang').startsWith('zh');

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const result = await installPack(database(), new Uint8Array(await file.arrayBuffer()), 'file');
      if (!result.ok) {
        setOutcome({ tone: 'error', text: t('platform_packRefused', file.name), problems: result.problems });
        return;
      }
      await packsChanged();
      const { name, version } = result.pack;
      const text = result.unchanged
        ? t('platform_packUnchanged', [name, version])
        : result.replaced
          ? t('platform_packReplaced', [name, result.replaced, version])
          : t('platform_packInstalled', [name, version]);
      setOutcome({ tone: 'ok', text });
    } catch (error) {
      setOutcome({ tone: 'error', text: storeErrorMessage(error instanceof StoreError ? error.code : 'unavailable') });
    }
  };

  const remove = async (id: string, name: string) => {
    try {
      await removePack(database(), id);
      await packsChanged();
      setOutcome({ tone: 'ok', text: t('platform_packRemoved', name) });
    } catch (error) {
      setOutcome({ tone: 'error', text: storeErrorMessage(error instanceof StoreError ? error.code : 'unavailable') });
    }
  };

  return (
    <section aria-labelledby="packs-heading" id="packs">
      <h2 id="packs-heading">{t('platform_packsHeading')}</h2>
      <p className="muted">{t('platform_packsIntro')}</p>
      <label className="file-button">
        {t('platform_packsInstall')}
        <input type="file" accept=".json,application/json" onChange={(e) => void pick(e)} />
      </label>
      <div className={`status ${outcome?.tone ?? ''}`} role="status" aria-live="polite">
        {outcome?.text}
        {outcome?.problems && (
          <ul>
            {outcome.problems.map((p) => (
              <li key={p.zh}>{zh ? p.zh : p.en}</li>
            ))}
          </ul>
        )}
      </div>
      {packs?.length === 0 && <p className="muted">{t('platform_packsNone')}</p>}
      <ul className="packs">
        {packs?.map((p) => (
          <li key={p.id} aria-label={p.name}>
            <strong>{p.name}</strong>{' '}
            <span className="muted">
              {t('platform_packLine', [
                p.version,
                p.publisher,
                String(p.counts.snippets ?? 0),
                String(p.counts.templates ?? 0),
              ])}
            </span>
            {p.source === 'policy' ? (
              <span className="badge">{t('platform_packFromPolicy')}</span>
            ) : (
              <button type="button" className="danger" onClick={() => void remove(p.id, p.name)}>
                {t('platform_packRemove', p.name)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
