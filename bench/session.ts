import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import { launchWithExtension, pressToolbarButtonAt } from '../scripts/browser';
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
  return (await timedPanelOpen(page, worker)).frame;
}

/** A panel opened by `timedPanelOpen`, and how long that took, measured two ways (ms). */
export interface TimedOpen {
  frame: Frame;
  /** From the service worker taking the command to the list in the panel's DOM, both stamped in the browser. */
  inBrowser: number;
  /** From Playwright's call to its hearing from the panel that the list is there (adds its round trips). */
  harness: number;
}

/**
 * Opens the panel as `openPanelFrame` does and times it. The list's arrival is stamped in the panel
 * on the browser's wall clock by a script Playwright puts in every frame (`stampListReady`), so
 * any build can be timed this way, not only one that marks it. Playwright is told of it by that
 * script's promise, not by a selector: a selector makes Playwright compile its own large script in
 * the panel's thread while the panel starts, which no user's panel pays for.
 */
export async function timedPanelOpen(page: Page, worker: Worker): Promise<TimedOpen> {
  await stampListReady(page.context());
  const start = performance.now();
  const loaded = page.waitForEvent('framenavigated', (f) => f.url().includes('/panel.html'));
  const pressed = await pressToolbarButtonAt(worker, page.url());
  if (!pressed.open) throw new Error('the panel did not open');
  const frame = await loaded;
  const readyAt = await frame.evaluate(() => (window as unknown as { listReady: Promise<number> }).listReady);
  const harness = performance.now() - start;
  return { frame, inBrowser: readyAt - pressed.at, harness };
}

const stamping = new WeakSet<BrowserContext>();

/**
 * In every panel frame the context opens from now on, stamps the moment `[data-ready]` (the
 * snippet list) enters the DOM on the browser's wall clock (window.listReady, a promise of it): a
 * mutation observer's callback runs right after the DOM change, before the frame paints.
 */
async function stampListReady(context: BrowserContext): Promise<void> {
  if (stamping.has(context)) return;
  stamping.add(context);
  await context.addInitScript(() => {
    if (!location.pathname.endsWith('/panel.html')) return;
    (window as unknown as { listReady: Promise<number> }).listReady = new Promise((resolve) => {
      const stamp = new MutationObserver(() => {
        if (!document.querySelector('[data-ready]')) return;
        resolve(performance.timeOrigin + performance.now());
        stamp.disconnect();
      });
      stamp.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
  });
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
