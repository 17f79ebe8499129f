import { readFileSync } from 'node:fs';
import { expect, openPanel, siteUrl, test } from './fixtures';
import { file, openManager, row } from './library-helpers';

// No network (issue #8): every request made in the browser while every feature is used (panel,
// search, insertion, 提纲, 检查, 保存为素材, the options page, export and import) goes to the
// 127.0.0.1 test pages or is one of the extension's own files. Playwright reports the requests of
// every page, frame (the panel is an out-of-process frame) and the service worker; a canary
// request from the page shows the recorder sees them.

test('using every feature sends nothing anywhere but the test site and the extension’s own files', async ({
  extension,
}) => {
  const requests: string[] = [];
  const cspReports: string[] = [];
  extension.context.on('request', (request) => requests.push(request.url()));
  extension.context.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspReports.push(message.text());
  });
  const site = new URL(siteUrl('demo-form')).origin;
  const own = `chrome-extension://${extension.id}/`;

  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  // 素材: search, insert.
  await panel.getByRole('searchbox', { name: '搜索素材' }).fill('评议');
  await panel.getByRole('button', { name: '结尾·请予评议' }).click();
  await expect(page.locator('#grzj')).toHaveValue('以上述职，请予评议。');
  await panel.getByRole('searchbox', { name: '搜索素材' }).fill('');
  // 提纲 and 检查.
  await panel.getByRole('tab', { name: '提纲' }).click();
  await expect(panel.locator('.outline-row').first()).toBeVisible();
  await panel.getByRole('tab', { name: '检查' }).click();
  await expect(panel.locator('.check .summary')).toContainText('错误');
  await panel.getByRole('tab', { name: '素材' }).click();

  // 保存为素材 (the context menu's action), which opens the options page.
  await page.locator('#grzj').selectText();
  const fromPage = extension.context.waitForEvent('page');
  await extension.worker.evaluate(async (url) => {
    type Chrome = { tabs: { query(q: { url: string }): Promise<{ id?: number; title?: string }[]> } };
    const [tab] = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url });
    const save = (globalThis as unknown as { tianbaoSaveSelection: (...a: unknown[]) => Promise<void> })
      .tianbaoSaveSelection;
    await save(tab?.id, 0, '', tab?.title ?? '');
  }, page.url());
  const saving = await fromPage;
  await saving.locator('#from-page').getByRole('button', { name: '保存为素材' }).click();
  await expect(saving.getByText(/已保存为素材/)).toBeVisible();
  await saving.close();

  // The options page: a new snippet, export, and import of what was exported.
  const options = await openManager(extension);
  await options.locator('form.snippet-form').getByLabel('标题').fill('本单位简介');
  await options.locator('form.snippet-form').getByLabel('正文').fill('本单位现有干部职工四十余人。');
  await options.getByRole('button', { name: '保存' }).click();
  await expect(options.locator('form.snippet-form').getByRole('status')).toHaveText('已保存。');
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: '导出全部素材' }).click();
  const exported = readFileSync(await (await download).path(), 'utf8');
  await options.getByLabel('导入素材文件').setInputFiles(file('back.json', exported));
  await options.locator('.import-plan').getByRole('button', { name: '导入' }).click();
  await expect(options.locator('#transfer [role=status]')).toContainText('导入完成');
  await expect(row(options, '本单位简介')).toBeVisible();

  // The new snippet is in the panel too, and goes in.
  await page.bringToFront();
  await page.locator('#grzj').click();
  await page.keyboard.press('Control+End');
  await panel.getByRole('searchbox', { name: '搜索素材' }).fill('本单位');
  await panel.getByRole('button', { name: '本单位简介' }).click();
  await expect(page.locator('#grzj')).toHaveValue(/本单位现有干部职工四十余人。$/);

  // The recorder does see requests: a canary from the page.
  await page.evaluate((url) => fetch(url).catch(() => undefined), `${site}/canary`);
  await expect.poll(() => requests.includes(`${site}/canary`)).toBe(true);
  // And the extension itself cannot connect anywhere (connect-src 'none'), not even to the site.
  const fromWorker = await extension.worker.evaluate(
    (url) =>
      fetch(url).then(
        () => 'sent',
        () => 'refused',
      ),
    `${site}/canary-worker`,
  );
  expect(fromWorker).toBe('refused');
  const fromOptions = await options.evaluate(
    (url) =>
      fetch(url).then(
        () => 'sent',
        () => 'refused',
      ),
    `${site}/canary-options`,
  );
  expect(fromOptions).toBe('refused');
  // (That refusal is reported on the page's console, where the check below looks.)
  await expect.poll(() => cspReports.some((text) => text.includes('canary-options'))).toBe(true);

  const elsewhere = requests.filter(
    (url) => !url.startsWith(`${site}/`) && !url.startsWith(own) && !url.startsWith(`blob:${own}`),
  );
  expect(elsewhere).toEqual([]);
  expect(requests.filter((url) => url.startsWith(own)).length).toBeGreaterThan(0);
  expect(requests.filter((url) => url.includes('canary-'))).toEqual([]);
  // Nothing the extension's pages do trips their content security policy (the canary aside).
  expect(cspReports.filter((text) => !text.includes('canary-'))).toEqual([]);
});
