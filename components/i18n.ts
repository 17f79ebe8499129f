import { browser } from 'wxt/browser';
import type { InsertFailure } from '@/lib/messages';
import type { StoreErrorCode } from '@/lib/snippets/store';
import type zhCN from '../public/_locales/zh_CN/messages.json';

/** A key of the message catalogue (public/_locales/zh_CN is the reference). */
export type MessageKey = keyof typeof zhCN;

/** The UI string `key` in the browser's language (zh_CN when it has no catalogue for it). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
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
