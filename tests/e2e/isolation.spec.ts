import { expect, openPanel, panelBox, siteUrl, test } from './fixtures';

test('a page whose CSS unsets everything and targets our element cannot hide, shrink or cover the panel', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('hostile-css'));
  await page.locator('#summary').click();
  const panel = await openPanel(extension, page);

  const box = await panelBox(page);
  expect(box?.width).toBe(340);
  expect(box?.height).toBe(768);
  await expect(panel.getByRole('heading', { name: '填报助手' })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/panel-hostile-css.png' });

  // It still works: a real click on a snippet (through the page's full-screen overlay) inserts.
  await panel.getByRole('button', { name: '结尾·请予评议' }).click();
  await expect(page.locator('#summary')).toHaveValue('以上述职，请予评议。');
});
