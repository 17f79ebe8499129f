import { expect, test } from './fixtures';
import { openManager, readLibrary, row, shownTitles } from './library-helpers';

test('create, edit, duplicate, star, and delete with undo, by mouse and keyboard', async ({ extension }) => {
  const page = await openManager(extension);
  await page.getByLabel('标题').fill('本单位简介');
  await page.getByLabel('正文').fill('本单位现有干部职工四十余人。');
  await page.getByLabel('标签（用逗号分隔，可不填）').fill('单位情况，开头');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('form.snippet-form').getByRole('status')).toHaveText('已保存。');
  await expect(page.getByRole('heading', { name: '全部素材（9 条）' })).toBeVisible();
  await expect(row(page, '本单位简介')).toContainText('单位情况');

  // Edit from the row's button: the form becomes the editor of that snippet.
  await row(page, '本单位简介').getByRole('button', { name: '编辑' }).click();
  await expect(page.getByRole('heading', { name: '编辑素材：本单位简介' })).toBeVisible();
  await expect(page.getByLabel('标题')).toBeFocused();
  await page.getByLabel('正文').fill('本单位现有干部职工四十二人，下设五个科室。');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('form.snippet-form').getByRole('status')).toHaveText('已保存。');
  await expect(page.getByRole('heading', { name: '新建素材' })).toBeVisible();
  await expect(row(page, '本单位简介')).toContainText('四十二人');
  await expect(page.getByRole('heading', { name: '全部素材（9 条）' })).toBeVisible();

  // Keyboard: Enter on a row opens it, Esc closes the editor without saving and returns to the row.
  await row(page, '本单位简介').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '编辑素材：本单位简介' })).toBeVisible();
  await page.keyboard.type('（改）');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: '新建素材' })).toBeVisible();
  await expect(row(page, '本单位简介')).toBeFocused();
  await expect(row(page, '本单位简介（改）')).toHaveCount(0);

  await row(page, '本单位简介').getByRole('button', { name: '复制' }).click();
  await expect(page.locator('[data-library-status]')).toHaveText('已复制为“本单位简介（副本）”。');
  await expect(row(page, '本单位简介（副本）')).toContainText('四十二人');

  const star = row(page, '本单位简介').getByRole('button', { name: '收藏“本单位简介”' });
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('只看收藏').check();
  expect(await shownTitles(page)).toEqual(['本单位简介']);
  await page.getByLabel('只看收藏').uncheck();
  await page.screenshot({ path: 'tests/screenshots/manager.png', fullPage: true });

  // Delete, then undo: the library is exactly as before, every field included.
  const before = await readLibrary(page);
  await row(page, '本单位简介').getByRole('button', { name: '删除' }).click();
  const undoBar = page.locator('.undo-bar');
  await expect(undoBar).toContainText('已删除“本单位简介”。');
  await expect(row(page, '本单位简介')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '全部素材（9 条）' })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/manager-undo.png' });
  await undoBar.getByRole('button', { name: '撤销' }).click();
  await expect(row(page, '本单位简介')).toBeVisible();
  expect(await readLibrary(page)).toEqual(before);

  // The Delete key deletes the focused row; undo again.
  await row(page, '本单位简介（副本）').focus();
  await page.keyboard.press('Delete');
  await expect(undoBar).toContainText('已删除“本单位简介（副本）”。');
  await undoBar.getByRole('button', { name: '撤销' }).click();
  await expect(row(page, '本单位简介（副本）')).toBeVisible();
  expect(await readLibrary(page)).toEqual(before);
});
