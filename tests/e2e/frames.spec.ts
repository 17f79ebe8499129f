import { expect, openPanel, panelBox, scanForm, siteUrl, test } from './fixtures';

test('insertion follows the user between a framed form and the top page', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('framed-form'));
  const inner = page.frameLocator('#content');
  await inner.locator('#wt').click();
  await page.keyboard.type('问题：');
  const panel = await openPanel(extension, page);
  const closing = panel.getByRole('button', { name: '结尾·请予评议' });

  await closing.click();
  await expect(inner.locator('#wt')).toHaveValue('问题：以上述职，请予评议。');

  await page.locator('#top-search').click();
  await closing.click();
  await expect(page.locator('#top-search')).toHaveValue('以上述职，请予评议。');

  // Back into the same framed field: the insertion goes there again, at its caret.
  await inner.locator('#wt').click();
  await page.keyboard.press('Control+Home');
  await closing.click();
  await expect(inner.locator('#wt')).toHaveValue('以上述职，请予评议。问题：以上述职，请予评议。');
});

test('an iframe editor created after the panel opened still takes insertions, into its own model', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('late-tinymce'));
  const panel = await openPanel(extension, page);
  await page.locator('#edit').click();
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  await page.frameLocator('iframe.tox-edit-area__iframe').locator('body').click();
  await page.keyboard.type('甲乙');
  await page.keyboard.press('ArrowLeft');
  await panel.getByRole('button', { name: '结尾·请予评议' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { readEditorText(): string }).readEditorText()))
    .toBe('甲以上述职，请予评议。乙');
});

test('a form in a cross-origin frame (localhost inside 127.0.0.1) is scanned and filled', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('cross-origin-form'));
  const inner = page.frameLocator('#content');
  await inner.locator('#wt').click();
  await page.keyboard.type('问题：');
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: '结尾·请予评议' }).click();
  await expect(inner.locator('#wt')).toHaveValue('问题：以上述职，请予评议。');

  const scan = await scanForm(panel);
  expect(scan.frames.map((f) => f.fields.map((field) => field.label))).toEqual([['检索'], ['存在问题']]);
});

test('a frameset: the panel docks over it and fills the content frame', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('frameset'));
  const main = page.frame({ name: 'main' });
  if (!main) throw new Error('no main frame');
  await main.locator('#wt').click();
  const panel = await openPanel(extension, page);
  expect((await panelBox(page))?.width).toBe(340);
  await panel.getByRole('button', { name: '结尾·请予评议' }).click();
  await expect(main.locator('#wt')).toHaveValue('以上述职，请予评议。');
  // The list does not reorder under the pointer after a use.
  await expect(panel.locator('[data-snippet-id]').first()).toHaveAttribute('data-snippet-id', 'starter-01');
  await page.screenshot({ path: 'tests/screenshots/panel-frameset.png' });
});

test('a field in a frame the extension cannot reach gets a clear refusal, and no other field is touched', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('unreachable-form'));
  await page.locator('#top-search').click();
  await page.keyboard.type('检索词');
  const panel = await openPanel(extension, page);
  await page.frameLocator('#boxed').locator('#wt').click();
  await page.keyboard.type('沙箱');
  await panel.getByRole('button', { name: '结尾·请予评议' }).click();
  await expect(panel.getByRole('status')).toHaveText(
    `这个输入框在另一个网站（other.localhost:${new URL(page.url()).port}）的框架里，填报助手无权在那里插入，未插入。可在新标签页中单独打开该表单后再使用。`,
  );
  await expect(page.locator('#top-search')).toHaveValue('检索词');
  await expect(page.frameLocator('#boxed').locator('#wt')).toHaveValue('沙箱');
});
