import type { Page } from '@playwright/test';
import { type Extension, expect, registeredSites, setSite, sitePatternOf, siteUrl, test } from './fixtures';
import { countPosts, seen, TITLE } from './guard-helpers';

// Issue 15, item 2: the check before 提交 never doubles, loses or sticks. One test per attack of
// the issue, on tests/fixtures/site/attack-submit.html; every test counts the POSTs the page sent.

/** Opens the attack page in `mode` with the check before 提交 on; counts its POSTs. */
async function guarded(extension: Extension, mode: string): Promise<{ page: Page; posts: () => number }> {
  const url = siteUrl('attack-submit');
  await setSite(extension, new URL(url).origin, { alwaysOn: true, submitCheck: true });
  expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([sitePatternOf('demo-form')]);
  const page = await extension.context.newPage();
  const posts = await countPosts(page);
  await page.goto(`${url}?${mode}`);
  await page.locator('#grzj').fill('一年来，我认真履行岗位职责。');
  return { page, posts };
}

/** Answers the open dialog with 仍然提交 (Tab from 返回修改, then Enter). */
async function submitAnyway(page: Page) {
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => seen(page, 'alertdialog')).toBe('');
}

test('a page submitting from its own capture listener: held before it, one POST after 仍然提交', async ({
  extension,
}) => {
  const { page, posts } = await guarded(extension, 'capture');
  await page.locator('#go').click();
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  expect(posts()).toBe(0);
  await submitAnyway(page);
  await expect.poll(posts).toBe(1);
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
});

test('a button that submits on mousedown is held before it posts', async ({ extension }) => {
  const { page, posts } = await guarded(extension, 'mousedown');
  await page.locator('#go').click();
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  await page.waitForTimeout(300);
  expect(posts()).toBe(0);
  await submitAnyway(page);
  await expect.poll(posts).toBe(1);
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
});

test('a <div><span>提交</span></div> control is guarded', async ({ extension }) => {
  const { page, posts } = await guarded(extension, 'nested');
  await page.getByText('提交', { exact: true }).click();
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  expect(posts()).toBe(0);
  // 返回修改 (Enter): nothing sent, the caret in 姓名.
  await page.keyboard.press('Enter');
  await expect.poll(() => seen(page, 'alertdialog')).toBe('');
  await expect(page.locator('#xm')).toBeFocused();
  expect(posts()).toBe(0);
  await page.getByText('提交', { exact: true }).click();
  await submitAnyway(page);
  await expect.poll(posts).toBe(1);
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
});

test('a page that redraws its button bar: 仍然提交 presses the control drawn in its place, once', async ({
  extension,
}) => {
  const { page, posts } = await guarded(extension, 'redraw');
  const before = await page.locator('#go').elementHandle();
  await page.locator('#go').click();
  await expect.poll(() => seen(page, 'alertdialog')).toMatch(TITLE);
  // The dialog took the focus: the page drew its bar anew.
  await expect.poll(() => before?.evaluate((el) => el.isConnected)).toBe(false);
  await submitAnyway(page);
  await expect.poll(posts).toBe(1);
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
});

test('a page that removes the dialog: asked in the browser’s own box, and later 提交 presses still work', async ({
  extension,
}) => {
  const { page, posts } = await guarded(extension, 'remover');
  const asked: string[] = [];
  let answer = false;
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void (answer ? dialog.accept() : dialog.dismiss());
  });
  await page.locator('#go').click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('必填项，尚未填写。');
  expect(asked[0]).toContain('点“确定”仍然提交');
  await page.waitForTimeout(300);
  expect(posts()).toBe(0);
  // Not stuck: the next 提交 asks again, and OK sends it once.
  answer = true;
  await page.locator('#go').click();
  await expect.poll(() => asked.length).toBe(2);
  await expect.poll(posts).toBe(1);
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
});

test('switched on with the page already open (the check comes after the page’s listener): the page’s own POST is not sent again, nor asked about', async ({
  extension,
}) => {
  const url = siteUrl('attack-submit');
  const page = await extension.context.newPage();
  const posts = await countPosts(page);
  await page.goto(`${url}?capture`);
  await page.locator('#grzj').fill('一年来，我认真履行岗位职责。');
  // The check is injected into the open tab now, after the page registered its listener.
  await setSite(extension, new URL(url).origin, { alwaysOn: true, submitCheck: true });
  expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([sitePatternOf('demo-form')]);
  await page.locator('#go').click();
  await expect.poll(posts).toBe(1);
  // The guard saw the page's send start (lib/fields/page-sends.ts; attacks-sent.spec.ts has it
  // with a slow server and every way of sending): told at once, not asked.
  await expect.poll(() => seen(page, 'alert')).toBe('页面已经自行提交了这份表单，填报助手没有再次提交。');
  expect(await seen(page, 'alertdialog')).toBe('');
  await page.waitForTimeout(500);
  expect(posts()).toBe(1);
});
