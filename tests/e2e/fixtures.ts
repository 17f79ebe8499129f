import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, test as base, expect, type Frame, type Page, type Worker } from '@playwright/test';
import type { FormScan } from '../../lib/messages';
import { launchWithExtension, pressToolbarButton } from '../../scripts/browser';
import type { PageName } from '../../scripts/site';

/** A Chromium profile with the e2e build of the extension loaded. */
export interface Extension {
  context: BrowserContext;
  /** The extension's service worker, where tests press the "toolbar button". */
  worker: Worker;
  id: string;
  /** Closes the browser and starts it again on the same profile (a browser restart). */
  restart(): Promise<void>;
}

export const test = base.extend<{ extension: Extension }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  extension: async ({}, use) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'tianbao-e2e-'));
    let { context, worker } = await launchWithExtension(profileDir);
    const extension: Extension = {
      get context() {
        return context;
      },
      get worker() {
        return worker;
      },
      id: new URL(worker.url()).host,
      async restart() {
        await context.close();
        ({ context, worker } = await launchWithExtension(profileDir));
      },
    };
    await use(extension);
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  },
});
export { expect };

/** The address of a fixture page on the test server. */
export function siteUrl(page: PageName): string {
  const origin = process.env.TIANBAO_SITE_ORIGIN;
  if (!origin) throw new Error('TIANBAO_SITE_ORIGIN is not set: run the tests through playwright.config.ts');
  return `${origin}/${page}.html`;
}

/** The host permission pattern of the test site, port included (what a site's always-on grant covers). */
export function sitePatternOf(page: PageName): string {
  return `${new URL(siteUrl(page)).origin}/*`;
}

/** Toggles the panel on `page` as the toolbar button would; returns whether it is open. */
export function togglePanel(extension: Extension, page: Page): Promise<boolean> {
  return pressToolbarButton(extension.worker, page.url());
}

/** The panel's frame in `page`, once the panel page has loaded and listed the snippets. */
export async function panelFrame(extension: Extension, page: Page): Promise<Frame> {
  const prefix = `chrome-extension://${extension.id}/panel.html`;
  const find = () => page.frames().find((f) => f.url().startsWith(prefix));
  await expect.poll(() => find() !== undefined).toBe(true);
  const frame = find();
  if (!frame) throw new Error('panel frame not found');
  await frame.locator('[data-ready]').waitFor();
  return frame;
}

/** Opens the panel on `page` and returns its frame, ready to click. */
export async function openPanel(extension: Extension, page: Page): Promise<Frame> {
  expect(await togglePanel(extension, page)).toBe(true);
  return panelFrame(extension, page);
}

/** Box of the panel's host element on the page, or null when there is no panel. */
export function panelBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('tianbao-panel');
    if (!host) return null;
    const r = host.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

/** Adds a snippet the way a user does, through the options page, and closes that page. */
export async function addSnippetInOptions(extension: Extension, title: string, body: string): Promise<void> {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html`);
  await options.locator('form.snippet-form').getByLabel('标题').fill(title);
  await options.locator('form.snippet-form').getByLabel('正文').fill(body);
  await options.getByRole('button', { name: '保存' }).click();
  await expect(options.locator('form.snippet-form').getByRole('status')).toHaveText('已保存。');
  await options.close();
}

/** The extension messaging API as seen from the panel page (an extension page). */
type PanelRuntime = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/**
 * Asks the extension, from its panel, for the fields of every frame of the page (with the token in
 * the panel's address, as the panel's own messages carry it).
 */
export function scanForm(panel: Frame): Promise<FormScan> {
  return panel.evaluate(
    () =>
      (globalThis as unknown as PanelRuntime).chrome.runtime.sendMessage({
        type: 'form:scan',
        token: location.hash.slice(1),
      }) as Promise<FormScan>,
  );
}

/** Asks the extension, from its panel, to select characters start..end of a scanned field. */
export function locateInField(panel: Frame, frameId: number, fieldId: string, start: number, end: number) {
  return panel.evaluate(
    (m) =>
      (globalThis as unknown as PanelRuntime).chrome.runtime.sendMessage({
        type: 'field:locate',
        ...m,
        token: location.hash.slice(1),
      }) as Promise<boolean>,
    {
      frameId,
      fieldId,
      start,
      end,
    },
  );
}

/** Changes a site's settings (lib/settings/sites.ts) as the panel or options page would. */
export async function setSite(extension: Extension, site: string, change: Record<string, unknown>): Promise<void> {
  await extension.worker.evaluate(
    async ({ key, change }) => {
      type Area = { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> };
      const area = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      const stored = (await area.get(key))[key] ?? {};
      await area.set({ [key]: { ...stored, ...change } });
    },
    { key: `site:${site}`, change },
  );
}

/**
 * The sites each registered content script covers, once registration settled: `tianbao-always-on`
 * (the form script) and `tianbao-submit-check`.
 */
export function registeredSites(extension: Extension): Promise<Record<string, string[]>> {
  return extension.worker.evaluate(async () => {
    const g = globalThis as unknown as {
      tianbaoSyncSites(): Promise<void>;
      tianbaoRegisteredSites(): Promise<Record<string, string[]>>;
    };
    await g.tianbaoSyncSites();
    return g.tianbaoRegisteredSites();
  });
}

/** Whether the form content script runs in the top frame of `page` (the extension's world). */
export function formScriptLoaded(extension: Extension, page: Page): Promise<boolean> {
  return extension.worker.evaluate(async (url) => {
    type Chrome = {
      tabs: { query(q: object): Promise<{ id?: number }[]> };
      scripting: { executeScript(i: object): Promise<{ result?: unknown }[]> };
    };
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await c.tabs.query({ url });
    if (tab?.id === undefined) return false;
    const [result] = await c.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => (globalThis as Record<string, unknown>).__tianbaoForm !== undefined,
    });
    return result?.result === true;
  }, page.url());
}

/** Uncaught exceptions and console errors of the page and its frames, collected from now on. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // (The test server has no favicon.ico: the browser's own request for it, not the page's.)
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  return errors;
}
