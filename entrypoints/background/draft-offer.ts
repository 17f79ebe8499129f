import { t } from '@/components/i18n';
import type { DraftOffer } from '@/lib/messages';
import { type Caller, callReader } from './calls';
import { settingsLanguage } from './language';
import { draftAddress } from './panel-calls';

// Fields not found yet (editors and script-built forms appear after the page loaded) are looked
// for again after 1, 2 and 4 seconds.
const RETRIES = 3;

/**
 * Offers a page's saved drafts back when they are longer than what their fields hold. The frame's
 * reader reads its fields (`draftTexts`, which leaves out a key two fields share: never guessed);
 * the comparison and the prompt's words, in the language of the settings, are made here, and the
 * reader only shows the prompt and puts back what the writer accepts (`offerDrafts`).
 */
export async function offerDrafts(caller: Caller, offers: DraftOffer[]): Promise<void> {
  const address = draftAddress(caller.url);
  for (let attempt = 0; ; attempt++) {
    const [read] = await callReader(caller.tabId, [caller.frameId], 'draftTexts', { address });
    const texts = read?.result ?? {};
    const longer = offers.filter((draft) => draft.text.length > (texts[draft.field] ?? draft.text).length);
    if (longer.length > 0) {
      await settingsLanguage();
      const labels = longer.map((draft) => draft.label || t('draftUnnamedField'));
      const cut = longer.some((draft) => draft.cut !== undefined);
      await callReader(caller.tabId, [caller.frameId], 'offerDrafts', {
        text:
          t('draftOffer', [labels.join('、').slice(0, 120), String(longer.length)]) +
          (cut ? t('trust_draftOfferCut') : ''),
        restore: t('draftRestore'),
        dismiss: t('draftDismiss'),
        drafts: longer.map(({ field, text, cut }) => (cut === undefined ? { field, text } : { field, text, cut })),
      });
      return;
    }
    if (attempt >= RETRIES || offers.every((draft) => draft.field in texts)) return;
    await new Promise((next) => setTimeout(next, 1000 * 2 ** attempt));
  }
}

/** Tells the writer on the caller's page that drafts cannot be saved (`quota`: the disk is full). */
export async function warnDrafts(caller: Caller, code: 'quota' | 'unavailable'): Promise<void> {
  await settingsLanguage();
  await callReader(caller.tabId, [caller.frameId], 'warnDrafts', {
    text: t(code === 'quota' ? 'draftSaveQuota' : 'draftSaveUnavailable'),
    dismiss: t('draftDismiss'),
  });
}
