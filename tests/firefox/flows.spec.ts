import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { byRole, expect, type Firefox, openPage, openPanel, promptButton, setSite, siteUrl, test } from './fixtures';

// The core flows of the Chromium suite, in Firefox ESR with the Firefox build.

const OPENING = '一年来，在上级党委的坚强领导下';
const CLEAN = readFileSync(resolve('tests/fixtures/structure/kaohe-gwy.txt'), 'utf8');

const value = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el as HTMLTextAreaElement | HTMLInputElement).value);
const statusText = (panel: Frame) => panel.$eval('[role="status"]', (el) => el.textContent ?? '');

async function insertStarter(panel: Frame) {
  const snippet = await panel.waitForSelector('[data-snippet-id="starter-01"]');
  await snippet?.click();
  await expect.poll(() => statusText(panel)).toBe('已插入“述职报告·开头”。');
}

test('the panel docks beside the form, and a snippet goes in at the caret of a textarea', async ({ firefox }) => {
  const page = await openPage(firefox, 'demo-form');
  await page.click('#grzj');
  await page.keyboard.type('甲乙');
  await page.keyboard.press('ArrowLeft');
  const panel = await openPanel(firefox, page);
  // Docked: the page is narrowed by the panel's width, the panel names itself.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('340px');
  await byRole(panel, 'tablist', /填报助手|/);
  expect(await panel.$eval('[role="tablist"]', (el) => el.getAttribute('aria-label'))).toBe('填报助手');

  await insertStarter(panel);
  const text = await value(page, '#grzj');
  expect(text.startsWith(`甲${OPENING}`)).toBe(true);
  expect(text.endsWith('乙')).toBe(true);
});

test('a snippet goes into a rich editor (Quill) at its caret, into the editor’s own model', async ({ firefox }) => {
  const page = await openPage(firefox, 'quill');
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  await page.click('.ql-editor');
  await page.keyboard.type('开头：');
  const panel = await openPanel(firefox, page);
  await insertStarter(panel);
  const model = () => page.evaluate(() => (window as unknown as { readEditorText(): string }).readEditorText());
  await expect.poll(model).toMatch(new RegExp(`^开头：${OPENING}`));
  // Typing goes on after the inserted text.
  await page.keyboard.type('完');
  await expect.poll(model).toMatch(/。完$/);
});

test('检查 lists a finding in the field it concerns', async ({ firefox }) => {
  const page = await openPage(firefox, 'demo-form');
  await page.type('#wt', '学习不够深入,调研不够经常。');
  const panel = await openPanel(firefox, page);
  await (await byRole(panel, 'tab', '检查')).click();
  await byRole(panel, 'heading', '存在的问题和不足');
  await expect
    .poll(() => panel.$$eval('.check-field .finding', (els) => els.map((e) => e.textContent ?? '').join('\n')))
    .toContain('半角');
});

test('a draft survives closing the tab and is restored into the field when the page is opened again', async ({
  firefox,
}) => {
  await setSite(firefox, { alwaysOn: true });
  const first = await openPage(firefox, 'demo-form');
  await first.click('#grzj');
  const typed = '一年来，我认真学习党的路线方针政策，扎实做好本职工作。';
  await first.keyboard.type(typed);
  await new Promise((r) => setTimeout(r, 1500));
  // (A plain reload is no test in Firefox: it restores a textarea's text by itself.)
  await first.close();
  const page = await openPage(firefox, 'demo-form');
  // The in-page prompt speaks the language of the settings (the fixture chose Chinese; Debian's
  // firefox-esr itself speaks English), as the panel does.
  const restore = '恢复草稿';
  await expect.poll(async () => (await promptButton(firefox, page, restore))?.text ?? '').not.toBe('');
  const button = await promptButton(firefox, page, restore);
  if (!button) throw new Error('no drafts prompt');
  await page.mouse.click(button.x, button.y);
  await expect.poll(() => value(page, '#grzj')).toBe(typed);
});

/** Submissions the demo form counted (null for none). */
const submissions = (page: Page) => page.$eval('#kaohe', (el) => el.getAttribute('data-submitted'));

async function guardedForm(firefox: Firefox): Promise<Page> {
  await setSite(firefox, { alwaysOn: true, submitCheck: true });
  const page = await openPage(firefox, 'demo-form');
  await page.type('#dw', '某县发展和改革局');
  await page.$eval(
    '#grzj',
    (el, text) => {
      (el as HTMLTextAreaElement).value = text;
    },
    CLEAN,
  );
  return page;
}

test('the check before 提交 holds a submission with an error; 返回修改 goes to it, 仍然提交 sends once', async ({
  firefox,
}) => {
  const page = await guardedForm(firefox);
  // 姓名 is required and left empty.
  await page.click('#submit');
  await new Promise((r) => setTimeout(r, 1000));
  expect(await submissions(page)).toBeNull();
  // The dialog's 返回修改 has the focus: Enter answers it and the focus goes to the empty 姓名.
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('xm');
  expect(await submissions(page)).toBeNull();

  // An error that leaves the form valid for the browser: 釆 (biàn) for 采.
  await page.type('#xm', '张某');
  await page.$eval(
    '#grzj',
    (el, text) => {
      (el as HTMLTextAreaElement).value = text;
    },
    `${CLEAN}\n认真釆取措施。`,
  );
  await page.click('#submit');
  await new Promise((r) => setTimeout(r, 1000));
  expect(await submissions(page)).toBeNull();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => submissions(page)).toBe('1');
});

test('the page sent the submission itself (its listener ran before the check’s): not asked, not sent again', async ({
  firefox,
}) => {
  const page = await firefox.browser.newPage();
  await page.goto(`${siteUrl('attack-sent')}?fetch&capture`);
  await page.type('#grzj', '一年来，我认真履行岗位职责。');
  // Switched on with the page open: the check and its script in the page's world come after the page's listener.
  await setSite(firefox, { alwaysOn: true, submitCheck: true });
  await expect.poll(() => page.evaluate(() => '__tianbaoSends' in window)).toBe(true);
  await page.click('#go');
  // The POST is still under way (the server answers it after 4 s): told at once, never asked.
  await expect.poll(() => page.evaluate(() => document.querySelector('tianbao-submit-notice') !== null)).toBe(true);
  expect(await page.evaluate(() => document.querySelector('tianbao-submit-check') !== null)).toBe(false);
  await new Promise((r) => setTimeout(r, 1000));
  expect(await page.$eval('#result', (el) => el.textContent)).toBe('已提交 1 次');

  // A page opened now has it from its start (registered), in its about:blank frame too.
  const later = await openPage(firefox, 'attack-sent');
  expect(await later.evaluate(() => ['__tianbaoSends' in window, '__tianbaoSends' in (frames[0] ?? {})])).toEqual([
    true,
    true,
  ]);
});
