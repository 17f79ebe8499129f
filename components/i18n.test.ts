import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LANGUAGE_KEY } from '@/lib/settings/language';
import { chooseCatalogue, followLanguage, loadLanguage, t } from './i18n';

const load = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;

describe('message catalogues', () => {
  const zh = load('zh_CN');
  const en = load('en');

  it('have the same keys and placeholders in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) {
      expect(Object.keys(en[key]?.placeholders ?? {}), key).toEqual(Object.keys(zh[key]?.placeholders ?? {}));
    }
  });

  it('use every declared placeholder in the message', () => {
    for (const [key, entry] of [...Object.entries(zh), ...Object.entries(en)]) {
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(entry.message, key).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });
});

describe('the language setting', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    void chooseCatalogue('auto');
  });

  it('makes t() speak the chosen catalogue, and follows a change made on another page', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'en' });
    await loadLanguage();
    expect(t('tabOutline')).toBe('Outline');
    expect(t('insertDone', '述职报告·开头')).toBe('Inserted “述职报告·开头”.');

    const redraw = vi.fn();
    const stop = followLanguage(redraw);
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'zh_CN' });
    // The catalogue is loaded on demand: the redraw follows once it is there.
    await vi.waitFor(() => expect(redraw).toHaveBeenCalledTimes(1));
    expect(t('tabOutline')).toBe('提纲');
    stop();
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(redraw).toHaveBeenCalledTimes(1);
  });

  it('hands back to the browser (chrome.i18n) for “follow the browser” and for a damaged setting', async () => {
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('from the browser');
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'klingon' });
    await loadLanguage();
    expect(t('tabOutline')).toBe('from the browser');
    expect(getMessage).toHaveBeenCalledWith('tabOutline', undefined);
    getMessage.mockRestore();
  });
});
