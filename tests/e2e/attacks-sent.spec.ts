import type { Page } from '@playwright/test';
import { SLOW_POST_MS } from '../../scripts/site';
import { type Extension, expect, registeredSites, setSite, sitePatternOf, siteUrl, test } from './fixtures';
import { seen, TITLE } from './guard-helpers';

// Issue 15, item 2: when the page already sent the submission, the check before 提交 does not ask
// again, even while the page's request is still under way (lib/fields/page-sends.ts). On
// tests/fixtures/site/attack-sent.html, whose POSTs the test server answers slowly: no entry of
// the resource timeline exists yet when the guard decides. Every test counts the POSTs.

const ALREADY_SENT = '页面已经自行提交了这份表单，填报助手没有再次提交。';

/** A tab on attack-sent.html?`query`; counts the POSTs its frames start (the server answers each after SLOW_POST_MS). */
async function sentPage(extension: Extension, query: string): Promise<{ page: Page; posts: () => number }> {
  const page = await extension.context.newPage();
  let posts = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/slow-post')) posts++;
  });
  await page.goto(`${siteUrl('attack-sent')}?${query}`);
  await page.locator('#grzj').fill('一年来，我认真履行岗位职责。');
  return { page, posts: () => posts };
}

/** Switches the check before 提交 on for the test site (open tabs get it now, after their own listeners). */
async function switchOn(extension: Extension) {
  await setSite(extension, new URL(siteUrl('attack-sent')).origin, { alwaysOn: true, submitCheck: true });
  expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([sitePatternOf('attack-sent')]);
}

/** Presses 提交: told at once that the page sent it, never asked; still one POST once the server answered. */
async function pressAndExpectOneSend(page: Page, posts: () => number) {
  await page.locator('#go').click();
  await expect.poll(() => seen(page, 'alert')).toBe(ALREADY_SENT);
  expect(await seen(page, 'alertdialog')).toBe('');
  expect(posts()).toBe(1);
  // (The page's own request has not finished: what the guard saw was its start.)
  expect(
    await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /slow-post/.test(e.name))),
  ).toBe(false);
  await page.waitForTimeout(SLOW_POST_MS + 500);
  expect(posts()).toBe(1);
}

// The page's listener runs before the guard's: the check was switched on with the page open.
for (const kind of ['fetch', 'xhr', 'beacon', 'blank'] as const) {
  test(`a page that sends by ${kind} from its own capture listener, server slow: one POST, not asked, told it went`, async ({
    extension,
  }) => {
    const { page, posts } = await sentPage(extension, `${kind}&capture`);
    await switchOn(extension);
    await pressAndExpectOneSend(page, posts);
  });
}

test('a page that sends by form.submit() from its own capture listener, server slow: one POST, not asked, told it went', async ({
  extension,
}) => {
  const { page, posts } = await sentPage(extension, 'submit&capture');
  await switchOn(extension);
  // (Not locator.click(): it waits for the navigation, and so does every look into the page until
  // the slow answer comes; the page keeps what the check drew in its sessionStorage.)
  const box = await page.locator('#go').boundingBox();
  await page.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
  await page.waitForURL(/slow-post$/);
  expect(await page.locator('body').textContent()).toBe('ok');
  expect(await page.evaluate(() => sessionStorage.getItem('drawn'))).toBe('["tianbao-submit-notice"]');
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
});

test('a page whose listener calls requestSubmit() before the guard’s: the guard stops that submission, so it asks, and 仍然提交 sends one POST', async ({
  extension,
}) => {
  const { page, posts } = await sentPage(extension, 'request&capture');
  await switchOn(extension);
  await page.locator('#go').click();
  // Stopped by the guard (its submit event was held): not taken for a send, never lost.
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  expect(posts()).toBe(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(posts).toBe(1);
  await page.waitForURL(/slow-post$/);
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
});

test('a page that sends on pointerdown, before the press is held: one POST, not asked', async ({ extension }) => {
  const { page, posts } = await sentPage(extension, 'fetch&pointerdown');
  await switchOn(extension);
  await pressAndExpectOneSend(page, posts);
});

test('a page that sends only on its button’s click, polling its server all along: asked, and 仍然提交 sends once', async ({
  extension,
}) => {
  await switchOn(extension);
  const { page, posts } = await sentPage(extension, 'fetch&click&poll');
  await page.locator('#go').click();
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  expect(posts()).toBe(0);
  // 仍然提交 (Tab from 返回修改, then Enter): the page's listener sends for us, once.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(posts).toBe(1);
  expect(await seen(page, 'alert')).toBe('');
  // The next 提交 is asked again: our own re-send is not taken for the page's.
  await page.locator('#go').click();
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  expect(posts()).toBe(1);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(SLOW_POST_MS + 500);
  expect(posts()).toBe(1);
});

test('registered with the check: in the page’s own world, at document start, in its about:blank and written frames too', async ({
  extension,
}) => {
  await switchOn(extension);
  const registered = await extension.worker.evaluate(async () => {
    type Script = { id: string; world?: string; runAt?: string; allFrames?: boolean; matchOriginAsFallback?: boolean };
    const api = (
      globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Script[]> } } }
    ).chrome.scripting;
    return (await api.getRegisteredContentScripts()).find((s) => s.id === 'tianbao-page-sends');
  });
  expect(registered).toMatchObject({
    world: 'MAIN',
    runAt: 'document_start',
    allFrames: true,
    matchOriginAsFallback: true,
    matches: [sitePatternOf('attack-sent')],
  });
  const page = await extension.context.newPage();
  await page.goto(`${siteUrl('attack-sent')}?click`);
  const marked = await page.evaluate(() => {
    const written = document.createElement('iframe');
    document.body.append(written);
    written.contentDocument?.open();
    written.contentDocument?.write('<p>written</p>');
    written.contentDocument?.close();
    const frames = [
      window,
      (document.getElementById('blank') as HTMLIFrameElement).contentWindow,
      written.contentWindow,
    ];
    return frames.map((w) => w !== null && '__tianbaoSends' in w);
  });
  expect(marked).toEqual([true, true, true]);
});
