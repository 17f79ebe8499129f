import { expect, openPanel, siteUrl, test } from './fixtures';

test('提纲 shows the genre’s sections for the field, inserts the outline into an empty field, and jumps to a section', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '提纲' }).click();

  const genre = panel.getByLabel('文种');
  await expect(genre.locator('option:checked')).toHaveText('公务员年度考核个人总结');
  await expect(panel.getByText('（自动识别）')).toBeVisible();
  const rows = panel.locator('.outline-row');
  await expect(rows.filter({ hasText: '缺少' }).first()).toBeVisible();

  await panel.getByRole('button', { name: '插入提纲' }).click();
  await expect(page.locator('#grzj')).toHaveValue(/一、/);
  const value = await page.locator('#grzj').inputValue();
  // The headings are there now: no required section is missing any more.
  await page.screenshot({ path: 'tests/screenshots/panel-outline.png' });
  await expect(rows.filter({ hasText: '缺少' })).toHaveCount(0);
  await page.screenshot({ path: 'tests/screenshots/panel-outline.png' });

  // A section is one click from its text.
  const problems = rows.filter({ has: panel.locator('[data-section="problems"]') }).first();
  await panel.locator('[data-section="problems"] button').click();
  const selected = await page.evaluate(() => {
    const el = document.activeElement as HTMLTextAreaElement;
    return el.value.slice(el.selectionStart, el.selectionEnd);
  });
  expect(selected).toContain('存在的问题');
  expect(value).toContain(selected.trim());
  void problems;

  // The genre can be changed by hand.
  await genre.selectOption({ label: '述职报告' });
  await expect(panel.getByText('（自动识别）')).toHaveCount(0);
  await expect(panel.locator('[data-section="results"]')).toBeVisible();
});
