import { expect, openPanel, siteUrl, test } from './fixtures';

test('a snippet added in the options page appears in the open panel and survives a browser restart', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const panel = await openPanel(extension, page);

  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html`);
  await options.locator('form.snippet-form').getByLabel('标题').fill('本单位简介');
  await options.locator('form.snippet-form').getByLabel('正文').fill('本单位现有干部职工四十余人，下设五个科室。');
  await options.getByLabel('标签（用逗号分隔，可不填）').fill('单位情况，开头');
  await options.getByRole('button', { name: '保存' }).click();
  await expect(options.locator('form.snippet-form').getByRole('status')).toHaveText('已保存。');
  await options.screenshot({ path: 'tests/screenshots/options.png' });

  // The open panel updates by itself (Dexie live query across extension pages).
  await expect(panel.getByRole('button', { name: /本单位简介/ })).toBeVisible();

  // It goes into the form like any other snippet.
  await page.bringToFront();
  await page.locator('#grzj').click();
  await panel.getByRole('button', { name: /本单位简介/ }).click();
  await expect(page.locator('#grzj')).toHaveValue('本单位现有干部职工四十余人，下设五个科室。');

  await extension.restart();
  const again = await extension.context.newPage();
  await again.goto(siteUrl('demo-form'));
  const reopened = await openPanel(extension, again);
  await expect(reopened.getByRole('button', { name: /本单位简介/ })).toBeVisible();
  // The starter pack is still there too, and was not added a second time.
  await expect(reopened.getByRole('button', { name: /述职报告·开头/ })).toHaveCount(1);
});

test('the options page refuses an empty snippet with a message and keeps what was typed', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html`);
  await options.locator('form.snippet-form').getByLabel('正文').fill('只有正文，没有标题');
  await options.getByRole('button', { name: '保存' }).click();
  await expect(options.locator('form.snippet-form').getByRole('status')).toHaveText('请填写标题。');
  await expect(options.locator('form.snippet-form').getByLabel('正文')).toHaveValue('只有正文，没有标题');
  await expect(options.getByRole('heading', { name: '全部素材（8 条）' })).toBeVisible();
});
