// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FieldContext } from '@/lib/messages';
import catalogue from '../../public/_locales/zh_CN/messages.json';
import { SiteOffer } from '../options/sites/site-settings';
import { OutlineTab } from './outline/outline-tab';

// Incognito keeps nothing on the computer: the panel in an incognito tab writes no site settings
// on its own (storage.local is on disk and shared with the regular profile). Its library is the
// incognito profile's own IndexedDB, in memory (measured in Chromium 156), so it needs no care here.

const zh: Record<string, { message: string }> = catalogue;
fakeBrowser.i18n.getMessage = ((key: string) => zh[key]?.message ?? '') as typeof fakeBrowser.i18n.getMessage;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SITE = 'https://oa.example.gov.cn';
const CONTEXT: FieldContext = {
  label: '述职报告',
  text: '一、主要工作\n做了很多工作。',
  caret: 3,
  selection: '',
  fieldId: 'f1',
};

/** Runs the panel's parts as in a tab that is incognito or not. */
function inTab(incognito: boolean): void {
  (fakeBrowser as unknown as { extension: { inIncognitoContext: boolean } }).extension = {
    inIncognitoContext: incognito,
  };
}

async function render(element: ReturnType<typeof createElement>) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return { container, unmount: () => act(async () => root.unmount()) };
}

async function siteKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('site:'));
}

describe('the panel in an incognito tab', () => {
  afterEach(() => fakeBrowser.reset());

  for (const incognito of [false, true]) {
    it(`${incognito ? 'does not offer' : 'offers'} always-on for the site`, async () => {
      inTab(incognito);
      const { container, unmount } = await render(createElement(SiteOffer, { site: SITE }));
      await vi.waitFor(async () => {
        if (!incognito) expect(container.textContent).toContain('始终启用');
        else {
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(container.textContent).toBe('');
        }
      });
      await unmount();
      expect(await siteKeys()).toEqual([]);
    });

    it(`${incognito ? 'does not remember' : 'remembers'} the genre chosen in 提纲 for the site`, async () => {
      inTab(incognito);
      const send = vi.fn(async () => ({ frames: [] }));
      const { container, unmount } = await render(
        createElement(OutlineTab, { context: CONTEXT, site: SITE, send, onChanged: () => undefined }),
      );
      const select = await vi.waitFor(() => {
        const found = container.querySelector<HTMLSelectElement>('select[aria-label="文种"]');
        if (!found) throw new Error('no genre select yet');
        return found;
      });
      const other = [...select.options].find((option) => option.value !== select.value);
      if (!other) throw new Error('one genre only');
      await act(async () => {
        select.value = other.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      // The outline follows the choice in either case.
      expect(select.value).toBe(other.value);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await siteKeys()).toEqual(incognito ? [] : [`site:${SITE}`]);
      await unmount();
    });
  }
});
