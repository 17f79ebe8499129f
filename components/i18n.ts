import { browser } from 'wxt/browser';
import type { InsertFailure } from '@/lib/messages';
import { type Catalogue, formatMessage, LANGUAGE_KEY, type Language, readLanguage } from '@/lib/settings/language';
import type { StoreErrorCode } from '@/lib/snippets/store';
import type zhCN from '../public/_locales/zh_CN/messages.json';
import { listen } from './extension-events';

/** A key of the message catalogue (public/_locales/zh_CN is the reference). */
export type MessageKey = keyof typeof zhCN;

// Loaded only when the writer chose a language other than the browser's: each catalogue is as large
// as a quarter of the panel's first paint, and `auto` (the default) needs neither.
const CATALOGUES: Record<Exclude<Language, 'auto'>, () => Promise<{ default: Catalogue }>> = {
  zh_CN: () => import('../public/_locales/zh_CN/messages.json'),
  en: () => import('../public/_locales/en/messages.json'),
};

// The catalogue the writer chose in settings; undefined follows the browser (chrome.i18n).
let chosen: Catalogue | undefined;
// The last choice asked for: a slower load of an earlier choice must not win over it.
let latest: Language = 'auto';

/** The UI string `key` in the language chosen in settings, else the browser's (zh_CN by default). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return chosen ? formatMessage(chosen, key, substitutions) : browser.i18n.getMessage(key, substitutions);
}

/** Uses `language` for every later `t()` call of this page, once its catalogue is loaded. */
export async function chooseCatalogue(language: Language): Promise<void> {
  latest = language;
  if (language === 'auto') {
    chosen = undefined;
    return;
  }
  const catalogue = (await CATALOGUES[language]()).default;
  if (latest === language) chosen = catalogue;
}

/** Reads the language setting so that `t()` speaks it; call before the first render. */
export async function loadLanguage(): Promise<void> {
  const stored = await browser.storage.local.get(LANGUAGE_KEY).catch(() => ({}) as Record<string, unknown>);
  await chooseCatalogue(readLanguage(stored[LANGUAGE_KEY]));
}

/**
 * Follows changes of the language setting made elsewhere (the options page): `t()` switches, then
 * `redraw` runs so the page draws itself again. Returns the function that stops following.
 */
export function followLanguage(redraw: () => void): () => void {
  let following = true;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LANGUAGE_KEY in changes)) return;
    void chooseCatalogue(readLanguage(changes[LANGUAGE_KEY]?.newValue)).then(() => following && redraw());
  };
  const stop = listen(() => browser.storage.onChanged, listener);
  return () => {
    following = false;
    stop();
  };
}

/** Sets `<html lang>` to the catalogue in use, so that fonts and screen readers match. */
export function applyDocumentLanguage(doc: Document): void {
  doc.documentElement.lang = t('uiLang');
}

const STORE_ERRORS: Record<StoreErrorCode, MessageKey> = {
  'title-empty': 'errorTitleEmpty',
  'title-too-long': 'errorTitleTooLong',
  'body-empty': 'errorBodyEmpty',
  'body-too-long': 'errorBodyTooLong',
  invalid: 'errorInvalid',
  'not-found': 'mgrErrorNotFound',
  'read-only': 'platform_readOnly',
  quota: 'errorQuota',
  unavailable: 'errorUnavailable',
};

/** What to tell the user when a write to the library failed. */
export function storeErrorMessage(code: StoreErrorCode): string {
  return t(STORE_ERRORS[code]);
}

const INSERT_FAILURES: Record<InsertFailure, MessageKey> = {
  'no-field': 'insertNoField',
  'field-gone': 'insertFieldGone',
  'too-long': 'insertTooLong',
  'too-large': 'insertTooLarge',
  'not-editable': 'insertNotEditable',
  'frame-blocked': 'insertFrameBlocked',
  'not-inserted': 'reach_insertNotInserted',
  changed: 'calls_insertChanged',
};

/** What to tell the user when an insertion did not happen. */
export function insertFailureMessage(failure: {
  reason: InsertFailure;
  limit?: number;
  over?: number;
  origin?: string;
}): string {
  if (failure.reason === 'frame-blocked') return t('insertFrameBlocked', failure.origin ?? '');
  return t(INSERT_FAILURES[failure.reason], [String(failure.limit ?? 0), String(failure.over ?? 0)]);
}
