import { expect, openPanel, siteUrl, test } from './fixtures';

test('保存为素材: text selected in a form field opens pre-filled, filed under its section, and keeps its line breaks', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const panel = await openPanel(extension, page);
  const field = page.locator('#wt');
  await field.fill('学习不够深入，满足于完成任务。\n调研不够经常。');
  await field.click();
  await field.press('Control+A');

  // What the context menu item (or Alt+Shift+S) does; headless Chromium has no menu to click.
  const options = extension.context.waitForEvent('page');
  await extension.worker.evaluate(async (url) => {
    type Chrome = { tabs: { query(q: { url: string }): Promise<{ id?: number; title?: string }[]> } };
    const [tab] = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url });
    const save = (globalThis as unknown as { tianbaoSaveSelection: (...a: unknown[]) => Promise<void> })
      .tianbaoSaveSelection;
    await save(tab?.id, 0, 'menu text without breaks', tab?.title ?? '');
  }, page.url());
  const opened = await options;
  await expect(opened.getByRole('heading', { name: '从网页保存的文字' })).toBeVisible();
  const form = opened.locator('#from-page');
  await expect(form).toContainText('来自“存在的问题和不足”，归入“存在的问题和不足”部分。');
  await expect(form.getByLabel('标题')).toHaveValue('学习不够深入，满足于完成任务');
  await expect(form.getByLabel('正文')).toHaveValue('学习不够深入，满足于完成任务。\n调研不够经常。');
  await opened.screenshot({ path: 'tests/screenshots/save-from-page.png' });
  await form.getByRole('button', { name: '保存为素材' }).click();
  await expect(opened.getByText('已保存为素材“学习不够深入，满足于完成任务”。')).toBeVisible();

  // It is in the library, filed under the section: the panel's section filter shows it there.
  await page.bringToFront();
  await field.click();
  await page.waitForTimeout(800);
  await panel.locator('.search').hover();
  await panel.getByLabel('只看“存在的问题和不足”的素材').check();
  await expect(panel.locator('[data-snippet-id]')).toHaveCount(2);
  await expect(panel.getByRole('button', { name: /学习不够深入/ })).toBeVisible();
  // The panel stayed open throughout.
  await expect(panel.getByRole('heading', { name: '填报助手' })).toBeVisible();
});
