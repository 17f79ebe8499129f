import { loadLanguage } from '@/components/i18n';

// The language setting, read once per start of the worker (index.ts follows later changes).
let language: Promise<void> | undefined;

/** Resolves once `t()` speaks the language of the settings: what the worker writes into pages. */
export function settingsLanguage(): Promise<void> {
  language ??= loadLanguage();
  return language;
}
