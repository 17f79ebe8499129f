import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { type Catalogue, formatMessage } from '../../lib/settings/language';
import { type Extension, expect, openPanel, siteUrl, test } from './fixtures';

const catalogue = (locale: string): Catalogue =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
const zhCN = catalogue('zh_CN');
const en = catalogue('en');

async function openSettings(extension: Extension): Promise<Page> {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html#preferences`);
  return options;
}

test('the language setting switches the options page and an open panel at once, and back to the browser’s', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  await expect(panel.getByRole('tab', { name: '提纲' })).toBeVisible();

  const options = await openSettings(extension);
  await options.getByLabel('界面语言').selectOption({ label: 'English（英文）' });
  // The options page redraws in English at once…
  await expect(options.getByRole('heading', { name: 'General settings' })).toBeVisible();
  await expect(options.locator('html')).toHaveAttribute('lang', 'en');
  await expect(options).toHaveTitle(en.optionsTitle?.message ?? '');
  // …and so does the panel already open in the other tab.
  await expect(panel.getByRole('tab', { name: 'Outline' })).toBeVisible();
  await expect(panel.getByRole('searchbox', { name: 'Search snippets' })).toBeVisible();
  await expect(panel.locator('html')).toHaveAttribute('lang', 'en');

  // A panel opened afterwards starts in English, substitutions included.
  await page.bringToFront();
  await page.reload();
  await page.locator('#grzj').click();
  const fresh = await openPanel(extension, page);
  await fresh.getByRole('button', { name: /述职报告·开头/ }).click();
  await expect(fresh.getByRole('status')).toHaveText('Inserted “述职报告·开头”.');

  await options.getByLabel('Language').selectOption({ label: 'Follow the browser' });
  await expect(fresh.getByRole('tab', { name: '提纲' })).toBeVisible();
  await expect(options.getByRole('heading', { name: '常规设置' })).toBeVisible();
});

test('every message resolves exactly as chrome.i18n.getMessage does, substitutions included', async ({ extension }) => {
  const options = await openSettings(extension);
  const subs = ['$2甲', '乙$$', '丙', '丁'];
  const keys = Object.keys(zhCN);
  const browser = await options.evaluate(
    ({ keys, subs }) => {
      type I18n = { i18n: { getMessage(key: string, s?: string[]): string } };
      const api = (globalThis as unknown as { chrome: I18n }).chrome.i18n;
      return keys.map((key) => [api.getMessage(key, subs), api.getMessage(key)]);
    },
    { keys, subs },
  );
  // The browser runs in Chinese (LANGUAGE=zh_CN): its catalogue is zh_CN.
  const ours = keys.map((key) => [formatMessage(zhCN, key, subs), formatMessage(zhCN, key)]);
  expect(ours).toEqual(browser);
});

test('the default genre starts the outline of a field no genre is detected in; the marker keeps redacted names out of the check', async ({
  extension,
}) => {
  const options = await openSettings(extension);
  await options.getByLabel('默认文种').selectOption({ label: '述职报告' });
  await expect(options.locator('#preferences').getByRole('status')).toHaveText('已保存“默认文种”。');

  const page = await extension.context.newPage();
  await page.bringToFront();
  await page.goto(siteUrl('notes-form'));
  await page.locator('#nr').click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '提纲' }).click();
  await expect(panel.getByLabel('文种').locator('option:checked')).toHaveText('述职报告');
  await expect(panel.getByText('（默认文种）')).toBeVisible();
  await expect(panel.getByRole('button', { name: '插入提纲' })).toBeVisible();

  // A one-line input holds no report: no outline there, default genre or not.
  await page.locator('#bt').click();
  // The panel asks for the field again when the pointer comes back after a while in the page.
  await page.waitForTimeout(800);
  await panel.getByRole('tab', { name: '提纲' }).hover();
  await expect(panel.getByText('先在表单中点一下要写报告的输入框')).toBeVisible();

  // The marker: ** stands for a removed name once the writer says * is their marker.
  const form = await extension.context.newPage();
  await form.bringToFront();
  await form.goto(siteUrl('demo-form'));
  await form.locator('#wt').fill('在**同志的带领下，学习仍不够深入。');
  const checker = await openPanel(extension, form);
  await checker.getByRole('tab', { name: '检查' }).click();
  const problems = checker.locator('.check-field', { has: checker.getByRole('heading', { name: '存在的问题和不足' }) });
  await expect(problems.locator('.finding', { hasText: '占位符“**”尚未填写' })).toBeVisible();

  await options.getByLabel('匿名化标记').fill('**');
  await expect(options.getByText('请只填一个字符（不能是空格），未保存。')).toBeVisible();
  await options.getByLabel('匿名化标记').fill('*');
  await expect(options.locator('#preferences').getByRole('status')).toHaveText('已保存“匿名化标记”。');
  await checker.getByRole('button', { name: '重新检查' }).click();
  await expect(checker.locator('.check[data-checked]')).toBeVisible();
  await expect(checker.getByText('占位符“**”尚未填写')).toHaveCount(0);

  // Kept across a restart of the browser.
  await extension.restart();
  const again = await openSettings(extension);
  await expect(again.getByLabel('匿名化标记')).toHaveValue('*');
  await expect(again.getByLabel('默认文种').locator('option:checked')).toHaveText('述职报告');
});
