import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Frame,
  type Page,
  type Worker,
} from '@playwright/test';
import { chromiumArgs, E2E_EXTENSION_DIR, findChromium, NO_CHROMIUM } from '../../scripts/browser';
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

/** Launches Chromium on `profileDir` with the extension and waits for its service worker. */
export async function launch(profileDir: string): Promise<{ context: BrowserContext; worker: Worker }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    // The extension needs the full browser; --headless=new in the args keeps it windowless.
    headless: false,
    args: chromiumArgs(E2E_EXTENSION_DIR, { headless: true }),
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    // Chromium on Linux takes its UI language (and so the extension's catalogue) from LANGUAGE.
    env: { ...process.env, LANGUAGE: 'zh_CN' },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker };
}

export const test = base.extend<{ extension: Extension }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature.
  extension: async ({}, use) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'tianbao-e2e-'));
    let { context, worker } = await launch(profileDir);
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
        ({ context, worker } = await launch(profileDir));
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

/**
 * Does what the toolbar button and Alt+Shift+T do (headless Chromium has no toolbar): asks the
 * service worker to toggle the panel in the tab showing `page`. Returns whether it is open.
 */
export async function togglePanel(extension: Extension, page: Page): Promise<boolean> {
  return extension.worker.evaluate(async (url) => {
    type Chrome = { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };
    const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url });
    const tabId = tabs[0]?.id;
    if (tabId === undefined) throw new Error(`no tab shows ${url}`);
    const toggle = (globalThis as unknown as { tianbaoTogglePanel: (id: number) => Promise<boolean> })
      .tianbaoTogglePanel;
    return toggle(tabId);
  }, page.url());
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
