import { addSnippetInOptions, expect, openPanel, siteUrl, test } from './fixtures';

test('the panel finds snippets by Chinese text and by pinyin initials, highlights them, and Enter inserts', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  await page.keyboard.type('前言。');
  const panel = await openPanel(extension, page);
  const search = panel.getByRole('searchbox', { name: '搜索素材' });
  const results = panel.locator('[data-snippet-id]');

  await search.fill('结尾');
  await expect(results).toHaveCount(2);
  await expect(results.first().locator('mark').first()).toHaveText('结尾');

  await search.fill('czwt');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('存在问题·引语');
  await expect(results.first().locator('.snippet-title mark')).toHaveText('存在问题');
  await page.screenshot({ path: 'tests/screenshots/panel-search.png' });

  await search.press('Enter');
  await expect(page.locator('#grzj')).toHaveValue(/^前言。回顾一年来的工作/);
  // The caret went back to the page, after the inserted text.
  await page.keyboard.type('甲');
  await expect(page.locator('#grzj')).toHaveValue(/主要表现在：甲$/);
});

test('a snippet with variables asks for the missing ones, remembers them, and puts the caret at {{光标}}', async ({
  extension,
}) => {
  await addSnippetInOptions(extension, '本人简介', '我叫{{姓名}}，在{{单位}}工作。{{光标}}（完）');
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: /本人简介/ }).click();

  const form = panel.getByRole('form', { name: '“本人简介”需要填写以下内容：' });
  await expect(form).toBeVisible();
  await form.getByLabel('姓名').fill('张三');
  await form.getByLabel('单位').fill('某某局');
  await page.screenshot({ path: 'tests/screenshots/panel-variables.png' });
  await form.getByRole('button', { name: '插入' }).click();
  await expect(page.locator('#grzj')).toHaveValue('我叫张三，在某某局工作。（完）');
  await page.keyboard.type('此处续写');
  await expect(page.locator('#grzj')).toHaveValue('我叫张三，在某某局工作。此处续写（完）');

  // Remembered: the next time it goes straight in.
  await page.locator('#grzj').fill('');
  await panel.getByRole('button', { name: /本人简介/ }).click();
  await expect(page.locator('#grzj')).toHaveValue('我叫张三，在某某局工作。（完）');
});

test('a malformed variable is refused with the reason, and a long snippet is previewed before it goes in', async ({
  extension,
}) => {
  await addSnippetInOptions(extension, '坏变量', '本单位：{{单位');
  await addSnippetInOptions(extension, '长段落', `这是一段很长的素材。${'内容充实，表述规范。'.repeat(25)}`);
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);

  await panel.getByRole('button', { name: /坏变量/ }).click();
  await expect(panel.getByRole('alert')).toContainText('“坏变量”中的变量写法有误，未插入：');
  await expect(page.locator('#grzj')).toHaveValue('');

  await panel.getByRole('button', { name: /长段落/ }).click();
  const preview = panel.getByRole('dialog');
  await expect(preview).toContainText('预览：长段落');
  await expect(page.locator('#grzj')).toHaveValue('');
  await preview.getByRole('button', { name: '插入' }).click();
  await expect(page.locator('#grzj')).toHaveValue(/^这是一段很长的素材。/);
});

test('the list can be narrowed to the section the caret is in', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  // A field for one section of the report.
  await page.locator('#wt').click();
  const panel = await openPanel(extension, page);
  const only = panel.getByLabel('只看“存在的问题和不足”的素材');
  await only.check();
  await expect(panel.locator('[data-snippet-id]')).toHaveCount(1);
  await expect(panel.locator('[data-snippet-id]')).toContainText('存在问题·引语');

  // A whole report in one field: the section is where the caret is.
  await page.locator('#grzj').fill('一、主要工作及成效\n全年完成各项任务。\n二、下一步工作打算\n继续努力。');
  await page.locator('#grzj').click();
  await page.locator('#grzj').press('Control+End');
  // The writer works in the page a moment, then comes back to the panel, which asks again where
  // the caret is.
  await page.waitForTimeout(800);
  await panel.locator('.search').hover();
  await expect(panel.getByLabel('只看“下一步工作打算”的素材')).toBeVisible();
});

test('the pinyin dictionary is fetched after the first paint, and pinyin works once it is there', async ({
  extension,
}) => {
  // Every script the extension's pages fetch, with when the fetch started (resource timing does not
  // list chrome-extension: loads; Playwright's request events do).
  const scripts: { url: string; start: number }[] = [];
  extension.context.on('requestfinished', (r) => {
    if (r.url().startsWith(`chrome-extension://${extension.id}/chunks/`))
      scripts.push({ url: r.url(), start: r.timing().startTime });
  });
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const panel = await openPanel(extension, page);
  const first = await panel.evaluate(() => ({
    named: [...document.querySelectorAll('script[src], link[rel=modulepreload]')].map(
      (e) => new URL(e.getAttribute('src') ?? e.getAttribute('href') ?? '', location.href).href,
    ),
    paint: performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0),
  }));
  // The scripts panel.html names make its first paint; the dictionary is another chunk, fetched in
  // idle time once the list is drawn.
  const later = () => scripts.filter((s) => !first.named.includes(s.url));
  await expect.poll(() => later().length, { timeout: 15_000 }).toBeGreaterThan(0);
  for (const chunk of later()) expect(chunk.start, chunk.url).toBeGreaterThan(first.paint);
  await panel.getByRole('searchbox', { name: '搜索素材' }).fill('czwt');
  await expect(panel.locator('[data-snippet-id]').first()).toContainText('存在问题·引语');
});
