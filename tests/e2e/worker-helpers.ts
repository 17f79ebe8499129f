import type { CDPSession, Page, Worker } from '@playwright/test';
import { type Extension, expect } from './fixtures';

// Stopping the extension's service worker on demand, as Chromium does when it idles one out or
// the worker crashes. Measured in Debian's Chromium 156 with the e2e build: the ServiceWorker
// domain of a page's DevTools session lists the extension's worker and `ServiceWorker.stopWorker`
// stops it (running → stopped in about 20 ms); the browser session's `Target.closeTarget` on the
// worker and chrome://serviceworker-internals' Stop do the same, slower. Playwright's Worker object
// for it throws while it is stopped and works again once an event has started it.

type Version = { versionId: string; scriptURL: string; runningStatus: string };

/** The extension's worker as the ServiceWorker domain of `session` reports it, updated as it changes. */
async function watchVersion(
  session: CDPSession,
  extension: Extension,
): Promise<{ current(): Version | undefined; statuses: string[] }> {
  let current: Version | undefined;
  const statuses: string[] = [];
  const prefix = `chrome-extension://${extension.id}/`;
  session.on('ServiceWorker.workerVersionUpdated', (event: { versions: Version[] }) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith(prefix)) continue;
      current = version;
      statuses.push(version.runningStatus);
    }
  });
  await session.send('ServiceWorker.enable');
  await expect.poll(() => current?.versionId).toBeDefined();
  return { current: () => current, statuses };
}

/**
 * Stops the extension's service worker now (its memory is lost; the next event starts it afresh)
 * and waits until Chromium reports it stopped. `page` is any page of the profile (the session is
 * opened on it).
 */
export async function stopWorker(extension: Extension, page: Page): Promise<void> {
  const session = await extension.context.newCDPSession(page);
  try {
    const version = await watchVersion(session, extension);
    await session.send('ServiceWorker.stopWorker', { versionId: version.current()?.versionId ?? '' });
    // (A message already on its way may start it again at once: seen stopped once is enough.)
    await expect.poll(() => version.statuses).toContain('stopped');
  } finally {
    await session.detach();
  }
}

/** Whether the extension's service worker runs now (as Chromium reports it). */
export async function workerRunning(extension: Extension, page: Page): Promise<boolean> {
  const session = await extension.context.newCDPSession(page);
  try {
    const version = await watchVersion(session, extension);
    return version.current()?.runningStatus === 'running';
  } finally {
    await session.detach();
  }
}

/**
 * Makes the form script of every frame of `page`'s tab hold its answers to insertions (the text
 * still goes in) until `release` is called: the e2e build's `__tianbaoHoldAnswer`, set in the
 * extension's isolated world of the page. Call while the worker runs.
 */
export async function holdInsertAnswers(extension: Extension, page: Page): Promise<{ release(): Promise<void> }> {
  const inFrames = (func: string) =>
    extension.worker.evaluate(
      async ({ url, func }) => {
        type Chrome = {
          tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
          scripting: { executeScript(i: object): Promise<unknown> };
        };
        const c = (globalThis as unknown as { chrome: Chrome }).chrome;
        const [tab] = await c.tabs.query({ url });
        if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
        const hold = () => {
          const g = globalThis as { __tianbaoHoldAnswer?: Promise<void>; __tianbaoRelease?: () => void };
          g.__tianbaoHoldAnswer = new Promise<void>((resolve) => {
            g.__tianbaoRelease = resolve;
          });
        };
        const release = () => {
          const g = globalThis as { __tianbaoHoldAnswer?: Promise<void>; __tianbaoRelease?: () => void };
          g.__tianbaoRelease?.();
          g.__tianbaoHoldAnswer = undefined;
        };
        await c.scripting.executeScript({
          target: { tabId: tab.id, allFrames: true },
          func: func === 'hold' ? hold : release,
        });
      },
      { url: page.url(), func },
    );
  await inFrames('hold');
  return { release: () => inFrames('release') };
}

/**
 * Reloads the extension as an update does, and returns the new version's service worker.
 * Chromium re-enables a reloaded unpacked extension only in developer mode, so that is switched on
 * first, as a developer loading a new build would have it.
 */
export async function updateExtension(extension: Extension): Promise<Worker> {
  const settings = await extension.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(
    () =>
      new Promise((done) =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { updateProfileConfiguration(c: object, cb: () => void): void } };
          }
        ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () => done(undefined)),
      ),
  );
  await settings.close();
  const next = extension.context.waitForEvent('serviceworker');
  await extension.worker
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => {
      // The worker goes away with the old version, possibly before answering.
    });
  return next;
}
