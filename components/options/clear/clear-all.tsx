import { useState } from 'react';
import { browser } from 'wxt/browser';
import { draftsDatabase } from '@/lib/db/drafts';
import { database } from '@/lib/db/tianbao';
import { t } from '../../i18n';

// Set in the address when the page reloads itself after clearing, to say so.
const CLEARED = '#cleared';

/**
 * Everything this extension keeps on this computer, gone: the library and settings database, the
 * drafts database, storage (site settings, language) and the sites' granted access. For a shared
 * office computer, or a writer leaving a post. What policy sets is the browser's, and stays.
 */
export async function clearEverything(): Promise<void> {
  await Promise.all([database().delete(), draftsDatabase().delete()]);
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  // Registered scripts follow the cleared site settings (background/sites.ts). A permission the
  // manifest itself requires cannot be removed: each is tried on its own.
  const { origins = [] } = await browser.permissions.getAll();
  for (const origin of origins) await browser.permissions.remove({ origins: [origin] }).catch(() => false);
}

/** Options page: 清除本机全部数据, asked once more before it happens. */
export function ClearAll() {
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(() =>
    location.hash === CLEARED ? { tone: 'ok', text: t('platform_clearDone') } : null,
  );
  const clear = async () => {
    setAsking(false);
    try {
      await clearEverything();
      // The page's open database handles are gone: start it afresh, as a new install would.
      location.hash = CLEARED;
      location.reload();
    } catch {
      setStatus({ tone: 'error', text: t('platform_clearFailed') });
    }
  };
  return (
    <section aria-labelledby="clear-heading" id="clear">
      <h2 id="clear-heading">{t('platform_clearHeading')}</h2>
      <p className="muted">{t('platform_clearHint')}</p>
      {asking ? (
        <div role="alertdialog" aria-labelledby="clear-confirm" className="toolbar-row">
          <p id="clear-confirm">{t('platform_clearConfirm')}</p>
          <button type="button" className="danger" onClick={() => void clear()}>
            {t('platform_clearConfirmButton')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('platform_clearCancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          {t('platform_clearButton')}
        </button>
      )}
      <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </div>
    </section>
  );
}
