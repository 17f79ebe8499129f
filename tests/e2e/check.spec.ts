import type { Page } from '@playwright/test';
import { type Extension, expect, openPanel, siteUrl, test } from './fixtures';

/** The text on the toolbar button's badge for `page`'s tab. */
function badge(extension: Extension, page: Page): Promise<string> {
  return extension.worker.evaluate(async (url) => {
    type Chrome = {
      tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
      action: { getBadgeText(d: { tabId?: number }): Promise<string> };
    };
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await api.tabs.query({ url });
    return api.action.getBadgeText({ tabId: tab?.id });
  }, page.url());
}

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
  // The toolbar button shows the number of errors on the page.
  await expect.poll(() => badge(extension, page)).toBe('3');

  // Clicking the finding selects exactly its text in the page (after a round trip through the
  // worker: until then the focus may still be in the panel's frame).
  await comma.locator('.finding-text').click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLTextAreaElement ? el.value.slice(el.selectionStart, el.selectionEnd) : null;
      }),
    )
    .toBe(',');

  await comma.getByRole('button', { name: '修正' }).click();
  await expect(page.locator('#wt')).toHaveValue('学习不够深入，调研不够经常。');
  await expect(problems.locator('.finding', { hasText: '半角' })).toHaveCount(0);
  await expect.poll(() => badge(extension, page)).toBe('2');

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

test('a finding can be ignored once or its rule switched off from the check, and the badge follows', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#xm').fill('张某');
  await page.locator('#dw').fill('某某局');
  await page.locator('#wt').fill('学习不够深入,调研不够经常,认真釆取措施。');
  await page.locator('#wt').click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '检查' }).click();
  const problems = panel.locator('.check-field', { has: panel.getByRole('heading', { name: '存在的问题和不足' }) });
  await expect(problems.locator('.finding', { hasText: '半角' })).toHaveCount(2);

  // Ignore both commas, one after the other, this time only.
  await problems.locator('.finding', { hasText: '半角' }).first().getByRole('button', { name: '忽略' }).click();
  await expect(problems.locator('.finding', { hasText: '半角' })).toHaveCount(1);
  await problems.locator('.finding', { hasText: '半角' }).first().getByRole('button', { name: '忽略' }).click();
  await expect(problems.locator('.finding', { hasText: '半角' })).toHaveCount(0);
  // The badge counts what is left: 釆, and 个人总结, which is required and empty.
  await expect.poll(() => badge(extension, page)).toBe('2');
  await panel.getByRole('button', { name: '显示已忽略的 2 处' }).click();
  await expect(problems.locator('.finding', { hasText: '半角' })).toHaveCount(2);
  await expect.poll(() => badge(extension, page)).toBe('4');

  // Ignored findings stay ignored when the form is checked again.
  await problems.locator('.finding', { hasText: '半角' }).first().getByRole('button', { name: '忽略' }).click();
  await panel.getByRole('button', { name: '重新检查' }).click();
  await expect(problems.locator('.finding', { hasText: '半角' })).toHaveCount(1);
  await expect.poll(() => badge(extension, page)).toBe('3');

  // Switch the look-alike rule off: gone here (and from the badge), and off in the options page too.
  const lookAlike = problems.locator('.finding', { hasText: '釆' });
  await lookAlike.getByRole('button', { name: /关闭规则/ }).click();
  await expect(problems.locator('.finding', { hasText: '釆' })).toHaveCount(0);
  await expect.poll(() => badge(extension, page)).toBe('2');
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html#rules`);
  await expect(
    options.locator('#rules select').filter({ has: options.locator('option:checked[value=off]') }),
  ).toHaveCount(1);

  // The current field alone.
  await panel.getByRole('radio', { name: '当前输入框' }).check();
  await expect(panel.locator('.check-field')).toHaveCount(1);
  await expect(panel.getByRole('heading', { name: '存在的问题和不足' })).toBeVisible();
});

test('a report that is only the inserted outline is one error, not one per section', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '提纲' }).click();
  await panel.getByRole('button', { name: '插入提纲' }).click();
  await expect(page.locator('#grzj')).toHaveValue(/一、/);
  await panel.getByRole('tab', { name: '检查' }).click();
  const summary = panel.locator('.check-field', { has: panel.getByRole('heading', { name: '个人总结' }) });
  await expect(summary).toContainText('只有插入的提纲（各部分标题），还没有写内容。');
  await expect(summary.locator('.finding', { hasText: '只有标题' })).toHaveCount(0);
});
