import type { Page, Worker } from '@playwright/test';
import { type Extension, expect, registeredSites, setSite, sitePatternOf, siteUrl, test } from './fixtures';
import { countPosts, seen, TITLE } from './guard-helpers';
import { updateExtension } from './worker-helpers';

// Issue 16, item 1: the check before 提交 is judged in the extension's worker as the writer
// pauses; the page keeps the last verdict and decides a 提交 press at once when no text changed,
// holds it and asks otherwise, and releases it with a message when the worker cannot be reached.
// On tests/fixtures/site/attack-submit.html (no mode: a plain 提交 button that POSTs on click);
// every test counts the POSTs.

const CLEAN = '一年来，我认真履行岗位职责。';
// 釆 (biàn) for 采: an error the engine finds.
const WRONG = '一年来，我认真釆取措施，履行岗位职责。';

/** Opens the page with the check before 提交 on; counts its POSTs and whether the page saw the writer's own click. */
async function guarded(extension: Extension): Promise<{ page: Page; posts: () => number }> {
  const url = siteUrl('attack-submit');
  await setSite(extension, new URL(url).origin, { alwaysOn: true, submitCheck: true });
  expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([sitePatternOf('demo-form')]);
  const page = await extension.context.newPage();
  const posts = await countPosts(page);
  await page.goto(url);
  // The page's own click listener records whether each click it got was the writer's (trusted)
  // or one the guard sent again after holding it.
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { clicks: boolean[] }).clicks = seen;
    document.getElementById('go')?.addEventListener('click', (event) => seen.push(event.isTrusted));
  });
  return { page, posts };
}

const clicks = (page: Page) => page.evaluate(() => (window as unknown as { clicks: boolean[] }).clicks);

/** How many verdicts the guards of `page` (those in frames whose path has `frame`) received from the worker (test build only). */
async function verdicts(worker: Worker, page: Page, frame?: string): Promise<number> {
  return worker.evaluate(
    async ({ pageUrl, frame }) => {
      type Chrome = {
        tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
        scripting: {
          executeScript(i: {
            target: { tabId: number; allFrames: boolean };
            func: () => unknown;
          }): Promise<{ result?: unknown }[]>;
        };
      };
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await api.tabs.query({ url: pageUrl });
      const results = await api.scripting.executeScript({
        target: { tabId: tab?.id ?? -1, allFrames: true },
        func: () => [
          location.pathname,
          (globalThis as unknown as { __tianbaoVerdicts?: number }).__tianbaoVerdicts ?? 0,
        ],
      });
      return results
        .map((r) => r.result as [string, number])
        .filter(([path]) => !frame || path.includes(frame))
        .reduce((n, [, count]) => n + count, 0);
    },
    { pageUrl: page.url(), frame },
  );
}

test('after a pause, 提交 is decided at once on the verdict: the writer’s own click goes through, one POST', async ({
  extension,
}) => {
  const { page, posts } = await guarded(extension);
  await page.locator('#xm').fill('张某');
  await page.locator('#grzj').fill(CLEAN);
  const before = await verdicts(extension.worker, page);
  // The writer pauses: the worker judges the texts now.
  await expect.poll(() => verdicts(extension.worker, page)).toBeGreaterThan(before);
  await page.locator('#go').click();
  await expect.poll(posts).toBe(1);
  // Not held and sent again: the page got the trusted click itself.
  expect(await clicks(page)).toEqual([true]);
  expect(await seen(page, 'alertdialog')).toBe('');
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);

  // Errors on the verdict: held at once, and the dialog lists them.
  await page.locator('#grzj').fill(WRONG);
  const judged = await verdicts(extension.worker, page);
  await expect.poll(() => verdicts(extension.worker, page)).toBeGreaterThan(judged);
  await page.locator('#go').click();
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  await page.keyboard.press('Escape');
  await expect.poll(() => seen(page, 'alertdialog')).toBe('');
  expect(posts()).toBe(1);
});

test('a text changed right before 提交: held while it is judged, then one POST after 仍然提交', async ({
  extension,
}) => {
  const { page, posts } = await guarded(extension);
  await page.locator('#xm').fill('张某');
  await page.locator('#grzj').fill(CLEAN);
  await expect.poll(() => verdicts(extension.worker, page)).toBeGreaterThan(0);
  // The error typed and 提交 pressed at once, before any pause.
  await page.locator('#grzj').fill(WRONG);
  await page.locator('#go').click();
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  expect(posts()).toBe(0);
  expect(await clicks(page)).toEqual([]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(posts).toBe(1);
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
  expect(await clicks(page)).toEqual([false]);
});

test('a text corrected right before 提交: held while it is judged clean, then sent on once', async ({ extension }) => {
  const { page, posts } = await guarded(extension);
  await page.locator('#xm').fill('张某');
  await page.locator('#grzj').fill(WRONG);
  await expect.poll(() => verdicts(extension.worker, page)).toBeGreaterThan(0);
  await page.locator('#grzj').fill(CLEAN);
  await page.locator('#go').click();
  await expect.poll(posts).toBe(1);
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
  expect(await clicks(page)).toEqual([false]);
  expect(await seen(page, 'alertdialog')).toBe('');
});

test('the extension cannot be reached (updated under the page): the hold is released with a message, one POST', async ({
  extension,
}) => {
  const { page, posts } = await guarded(extension);
  await page.locator('#xm').fill('张某');
  await page.locator('#grzj').fill(CLEAN);
  await expect.poll(() => verdicts(extension.worker, page)).toBeGreaterThan(0);
  const worker = await updateExtension(extension);
  // A text changed since the last verdict, and nobody left to judge it.
  await page.locator('#grzj').fill(WRONG);
  await page.locator('#go').click();
  await expect.poll(posts).toBe(1);
  await expect.poll(() => seen(page, 'alert')).toContain('填报助手没能检查这次提交');
  expect(await seen(page, 'alertdialog')).toBe('');
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
  // Not stuck, and guarded again: the updated version, put into the open page when it syncs
  // its sites, holds the next 提交 on its own verdict (the old one stepped aside); 仍然提交 sends
  // it once.
  await worker.evaluate(() => (globalThis as unknown as { tianbaoSyncSites(): Promise<void> }).tianbaoSyncSites());
  await page.locator('#go').click();
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  expect(posts()).toBe(1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(posts).toBe(2);
  await page.waitForTimeout(500);
  expect(posts()).toBe(2);
});

test('a frameset whose toolbar frame posts the report typed beside it: held on the report’s errors, 返回修改 into that frame, one POST once corrected', async ({
  extension,
}) => {
  const url = siteUrl('guard-frameset');
  await setSite(extension, new URL(url).origin, { alwaysOn: true, submitCheck: true });
  expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([sitePatternOf('demo-form')]);
  const page = await extension.context.newPage();
  const posts = await countPosts(page);
  await page.goto(url);
  const bar = page.frameLocator('frame[name="bar"]');
  const report = page.frameLocator('frame[name="main"]');
  const toolbar = page.frame({ name: 'bar' });
  if (!toolbar) throw new Error('no toolbar frame');
  // (The dialog is in the toolbar's frame, in a closed shadow root.)
  const dialogShown = () => toolbar.evaluate(() => document.querySelector('tianbao-submit-check') !== null);

  await report.locator('#grzj').fill(CLEAN);
  // 姓名 is required and empty: held, the dialog in the toolbar's frame.
  await bar.locator('#go').click();
  await expect.poll(dialogShown).toBe(true);
  expect(posts()).toBe(0);
  // 返回修改: the caret goes to 姓名, in the other frame.
  await page.keyboard.press('Enter');
  await expect(report.locator('#xm')).toBeFocused();
  expect(await dialogShown()).toBe(false);
  expect(posts()).toBe(0);

  // Typed in the report's frame and judged: the toolbar's 提交 goes, once.
  const before = await verdicts(extension.worker, page);
  await report.locator('#xm').fill('张某');
  await expect.poll(() => verdicts(extension.worker, page)).toBeGreaterThan(before);
  await bar.locator('#go').click();
  await expect.poll(posts).toBe(1);
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
  expect(await dialogShown()).toBe(false);
});

test('the worker does not answer: the hold is released after a while with a message, one POST', async ({
  extension,
}) => {
  const { page, posts } = await guarded(extension);
  await page.locator('#xm').fill('张某');
  await page.locator('#grzj').fill(CLEAN);
  await expect.poll(() => verdicts(extension.worker, page)).toBeGreaterThan(0);
  await extension.worker.evaluate(() =>
    (globalThis as unknown as { tianbaoGuardSilent(on: boolean): void }).tianbaoGuardSilent(true),
  );
  await page.locator('#grzj').fill(WRONG);
  await page.locator('#go').click();
  // Held while a verdict may still come (10 s)…
  await page.waitForTimeout(2000);
  expect(posts()).toBe(0);
  // …then sent on, once, and the writer is told it went unchecked.
  await expect.poll(posts, { timeout: 20_000 }).toBe(1);
  await expect.poll(() => seen(page, 'alert')).toContain('填报助手没能检查这次提交');
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
  // The worker answers again: the next 提交 is checked as before.
  await extension.worker.evaluate(() =>
    (globalThis as unknown as { tianbaoGuardSilent(on: boolean): void }).tianbaoGuardSilent(false),
  );
  await page.locator('#go').click();
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  await page.keyboard.press('Escape');
  expect(posts()).toBe(1);
});
