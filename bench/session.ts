import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { launchWithExtension, pressToolbarButton } from '../scripts/browser';
import { buildSite, type Site, serveSite } from '../scripts/site';

/** A headless Chromium with the e2e build loaded and the fixture site served, for timings. */
export interface Session {
  context: BrowserContext;
  worker: Worker;
  site: Site;
}

/** Runs `body` in a fresh session and tears it down afterwards. */
export async function withSession<T>(body: (session: Session) => Promise<T>): Promise<T> {
  await buildSite();
  const site = await serveSite();
  const profile = mkdtempSync(join(tmpdir(), 'tianbao-bench-'));
  const { context, worker } = await launchWithExtension(profile);
  // tsx (esbuild keepNames) wraps named functions in __name(); functions that Playwright sends to
  // the service worker to run need it defined there.
  await worker.evaluate('globalThis.__name ??= (fn) => fn');
  try {
    return await body({ context, worker, site });
  } finally {
    await context.close();
    await site.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Presses the toolbar button and returns the panel's frame once its list is interactive. */
export async function openPanelFrame(page: Page, worker: Worker): Promise<Frame> {
  const loaded = page.waitForEvent('framenavigated', (f) => f.url().includes('/panel.html'));
  if (!(await pressToolbarButton(worker, page.url()))) throw new Error('the panel did not open');
  const frame = await loaded;
  await frame.waitForSelector('[data-ready]');
  return frame;
}

/**
 * Stamps every click in the panel on the browser's wall clock (window.clickedAt), so that a
 * timing can start inside the browser rather than in Playwright.
 */
export async function stampClicks(panel: Frame): Promise<void> {
  await panel.evaluate(() => {
    document.addEventListener(
      'click',
      (event) => {
        (window as unknown as { clickedAt: number }).clickedAt = performance.timeOrigin + event.timeStamp;
      },
      true,
    );
  });
}

/** The extension APIs the service worker uses in bench evaluations. */
export type WorkerChrome = {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  scripting: {
    executeScript(i: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]>;
  };
};
