import { test as base, expect } from '@playwright/test';
import type { Browser, ElementHandle, Frame, Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, TEST_UUID } from '../../scripts/firefox';
import type { PageName } from '../../scripts/site';

/** Firefox with the Firefox test build installed, and an extension page to act from. */
export interface Firefox {
  browser: Browser;
  /** The options page: the extension's world (browser.* APIs, its IndexedDB), as the worker is in Chromium tests. */
  control: Page;
  /** Runs `fn(arg)` in the options page. */
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** One Firefox per test: a fresh profile, nothing carried over. */
export const test = base.extend<{ firefox: Firefox }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  firefox: async ({}, use) => {
    const browser = await launchFirefox();
    try {
      const control = await openExtensionPage(browser, siteOrigin());
      const run = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        control.evaluate(fn as (arg: unknown) => Promise<R>, arg) as Promise<R>;
      // Chinese, as the Chromium tests see it: Debian's firefox-esr speaks English without a language pack.
      await run(() => (globalThis as unknown as Api).browser.storage.local.set({ language: 'zh_CN' }), null);
      await use({ browser, control, run });
    } finally {
      await browser.close();
    }
  },
});
export { expect };

/** The browser.* calls the helpers below make from the options page. */
interface Api {
  browser: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    scripting: { executeScript(i: object): Promise<{ result?: unknown }[]> };
    storage: { local: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> } };
    runtime: { getBackgroundPage(): Promise<Record<string, (...a: unknown[]) => Promise<unknown>>> };
  };
}

function siteOrigin(): string {
  const origin = process.env.TIANBAO_SITE_ORIGIN;
  if (!origin) throw new Error('TIANBAO_SITE_ORIGIN is not set: run the tests through playwright.firefox.config.ts');
  return origin;
}

/** The address of a fixture page on the test server. */
export function siteUrl(page: PageName): string {
  return `${siteOrigin()}/${page}.html`;
}

/** A new tab on fixture page `name`. */
export async function openPage(firefox: Firefox, name: PageName): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(siteUrl(name));
  await page.bringToFront();
  return page;
}

/** Calls a test hook of the background page (`tianbaoTogglePanel`, …; see entrypoints/background). */
export function background(firefox: Firefox, hook: string, args: unknown[] = []): Promise<unknown> {
  return firefox.run(
    async ({ hook, args }) => {
      const bg = await (globalThis as unknown as Api).browser.runtime.getBackgroundPage();
      const call = bg[hook];
      if (!call) throw new Error(`the background page has no ${hook}: is this the e2e build?`);
      return call(...args);
    },
    { hook, args },
  );
}

/** The id of the tab showing `page`. */
export async function tabId(firefox: Firefox, page: Page): Promise<number> {
  const id = await firefox.run(async (url) => {
    // Firefox's match patterns take no port: compare the addresses here.
    const tabs = await (globalThis as unknown as Api).browser.tabs.query({});
    return tabs.find((tab) => tab.url === url)?.id;
  }, page.url());
  if (id === undefined) throw new Error(`no tab shows ${page.url()}`);
  return id;
}

/** Opens the panel on `page` as the toolbar button would and returns its frame once its list is ready. */
export async function openPanel(firefox: Firefox, page: Page): Promise<Frame> {
  expect(await background(firefox, 'tianbaoTogglePanel', [await tabId(firefox, page)])).toBe(true);
  let frame: Frame | undefined;
  await expect
    .poll(async () => {
      for (const f of page.frames()) {
        // A frame just created may still report about:blank: ask the document itself.
        const url = await f.evaluate(() => location.href).catch(() => '');
        if (url.startsWith(`moz-extension://${TEST_UUID}/panel.html`)) frame = f;
      }
      return frame !== undefined;
    })
    .toBe(true);
  if (!frame) throw new Error('panel frame not found');
  await frame.waitForSelector('[data-ready]');
  return frame;
}

/**
 * The element of `frame` with ARIA role `role` whose accessible name (aria-label, else text) is `name`:
 * implicit roles of button, tab (role attribute) and heading elements are understood.
 */
export async function byRole(frame: Frame | Page, role: string, name: string | RegExp): Promise<ElementHandle> {
  const source = typeof name === 'string' ? { text: name } : { pattern: name.source };
  const handle = await frame.waitForFunction(
    (role: string, source: { text?: string; pattern?: string }) => {
      const implicit: Record<string, string> = { button: 'button', heading: 'h1,h2,h3,h4,h5,h6', textbox: 'textarea' };
      const candidates = document.querySelectorAll(`[role="${role}"]${implicit[role] ? `,${implicit[role]}` : ''}`);
      const matches = (s: string) =>
        source.text !== undefined ? s === source.text : new RegExp(source.pattern ?? '').test(s);
      return [...candidates].find((el) => {
        if (el.getAttribute('role') && el.getAttribute('role') !== role) return false;
        const accessible = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
        return matches(accessible);
      });
    },
    { timeout: 10_000 },
    role,
    source,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no ${role} named ${name}`);
  return element as ElementHandle;
}

/** Changes a site's settings (lib/settings/sites.ts) as the panel would, and waits for the scripts to follow. */
export async function setSite(firefox: Firefox, change: Record<string, unknown>): Promise<void> {
  await firefox.run(
    async ({ key, change }) => {
      const area = (globalThis as unknown as Api).browser.storage.local;
      const stored = (await area.get(key))[key] ?? {};
      await area.set({ [key]: { ...stored, ...change } });
    },
    { key: `site:${siteOrigin()}`, change },
  );
  await background(firefox, 'tianbaoSyncSites');
}

/**
 * The centre of a button of the in-page drafts prompt (a closed shadow root) and the prompt's text,
 * read from the extension's world; null while there is no prompt.
 */
export function promptButton(firefox: Firefox, page: Page, name: string) {
  return firefox.run(
    async ({ url, name }) => {
      const api = (globalThis as unknown as Api).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) return null;
      const [result] = await api.scripting.executeScript({
        target: { tabId: tab.id },
        args: [name],
        func: (label: string) => {
          const reader = (globalThis as { __tianbaoReader?: { draftPrompt(): ShadowRoot | null } }).__tianbaoReader;
          const root = reader?.draftPrompt();
          const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label);
          if (!button) return null;
          const box = button.getBoundingClientRect();
          return {
            x: box.x + box.width / 2,
            y: box.y + box.height / 2,
            text: root?.querySelector('p')?.textContent ?? '',
          };
        },
      });
      return (result?.result ?? null) as { x: number; y: number; text: string } | null;
    },
    { url: page.url(), name },
  );
}
