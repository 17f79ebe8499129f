import { expect, openPanel, siteUrl, test } from './fixtures';

test('检查 lists what is wrong in every field, selects it in the page, and applies a safe fix that Ctrl+Z undoes', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#dw').fill('某某局');
  await page.locator('#wt').fill('学习不够深入,调研不够经常。');
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '检查' }).click();

  await expect(panel.locator('.check .summary')).toContainText('错误');
  const name = panel.locator('.check-field', { has: panel.getByRole('heading', { name: '姓名' }) });
  await expect(name).toContainText('必填项，尚未填写。');
  const problems = panel.locator('.check-field', { has: panel.getByRole('heading', { name: '存在的问题和不足' }) });
  const comma = problems.locator('.finding', { hasText: '半角' }).first();
  await expect(comma).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/panel-check.png' });
  // The toolbar button shows the number of errors on the page.
  const badge = () =>
    extension.worker.evaluate(async (url) => {
      type Chrome = {
        tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
        action: { getBadgeText(d: { tabId?: number }): Promise<string> };
      };
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await api.tabs.query({ url });
      return api.action.getBadgeText({ tabId: tab?.id });
    }, page.url());
  await expect.poll(badge).toBe('3');

  // Clicking the finding selects exactly its text in the page.
  await comma.locator('.finding-text').click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLTextAreaElement;
        return el.value.slice(el.selectionStart, el.selectionEnd);
      }),
    )
    .toBe(',');

  await comma.getByRole('button', { name: '修正' }).click();
  await expect(page.locator('#wt')).toHaveValue('学习不够深入，调研不够经常。');
  await expect(problems.locator('.finding', { hasText: '半角' })).toHaveCount(0);
  await expect.poll(badge).toBe('2');

  await page.locator('#wt').focus();
  await page.keyboard.press('Control+Z');
  await expect(page.locator('#wt')).toHaveValue('学习不够深入,调研不够经常。');
});

test('a rule switched off in the options page no longer shows in the check', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html#rules`);
  await options.getByLabel('中文中使用了半角标点').selectOption('off');
  await expect(options.locator('#rules [role=status]')).toContainText('已更新规则');

  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#wt').fill('学习不够深入,调研不够经常。');
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '检查' }).click();
  await expect(panel.locator('.check')).toBeVisible();
  await expect(panel.locator('.finding', { hasText: '半角' })).toHaveCount(0);
});
