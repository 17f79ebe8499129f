import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DRAFTS_ERROR_KEY } from '@/lib/drafts/store';
import { listen } from '../../extension-events';
import { t } from '../../i18n';

/** Says, while it lasts, that the newest drafts could not be saved (a full disk) and what to do. */
export function DraftsError() {
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    const read = (value: unknown) => setCode((value as { code?: string } | undefined)?.code ?? null);
    void browser.storage.session.get(DRAFTS_ERROR_KEY).then((stored) => read(stored[DRAFTS_ERROR_KEY]));
    const follow = (changes: Record<string, { newValue?: unknown }>) => {
      if (DRAFTS_ERROR_KEY in changes) read(changes[DRAFTS_ERROR_KEY]?.newValue);
    };
    return listen(() => browser.storage.session.onChanged, follow);
  }, []);
  if (!code) return null;
  return (
    <p className="error" role="alert">
      {t(code === 'quota' ? 'draftsErrorQuota' : 'draftsErrorUnavailable')}
    </p>
  );
}
