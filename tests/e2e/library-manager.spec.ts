import { readFileSync } from 'node:fs';
import type { Snippet } from '../../lib/db/tianbao';
import { expect, test } from './fixtures';
import { openManager, putLibrary, readLibrary, row, shownTitles } from './library-helpers';

test('create, edit, duplicate, star, and delete with undo, by mouse and keyboard', async ({ extension }) => {
  const page = await openManager(extension);
  await page.locator('form.snippet-form').getByLabel('标题').fill('本单位简介');
  await page.locator('form.snippet-form').getByLabel('正文').fill('本单位现有干部职工四十余人。');
  await page.getByLabel('标签（用逗号分隔，可不填）').fill('单位情况，开头');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('form.snippet-form').getByRole('status')).toHaveText('已保存。');
  await expect(page.getByRole('heading', { name: '全部素材（9 条）' })).toBeVisible();
  await expect(row(page, '本单位简介')).toContainText('单位情况');

  // Edit from the row's button: the form becomes the editor of that snippet.
  await row(page, '本单位简介').getByRole('button', { name: '编辑' }).click();
  await expect(page.getByRole('heading', { name: '编辑素材：本单位简介' })).toBeVisible();
  await expect(page.locator('form.snippet-form').getByLabel('标题')).toBeFocused();
  await page.locator('form.snippet-form').getByLabel('正文').fill('本单位现有干部职工四十二人，下设五个科室。');
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
  await expect.poll(() => shownTitles(page)).toEqual(['本单位简介']);
  await page.getByLabel('只看收藏').uncheck();
  await page.screenshot({ path: 'tests/screenshots/manager.png', fullPage: true });
  await page.locator('section.library').screenshot({ path: 'tests/screenshots/manager-list.png' });

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
  await expect(page.locator('.library-row:focus')).toHaveCount(1);
  // Ctrl+Z undoes it, as the bar's button does.
  await page.keyboard.press('Control+z');
  await expect(undoBar).toBeEmpty();
  await expect(row(page, '本单位简介（副本）')).toBeVisible();
  expect(await readLibrary(page)).toEqual(before);
});

test('bulk select: tag, delete with undo, keyboard selection; sort orders; remove the starter pack', async ({
  extension,
}) => {
  const page = await openManager(extension);
  const undoBar = page.locator('.undo-bar');
  const status = page.locator('[data-library-status]');

  await page.getByLabel('全选列出的 8 条').check();
  await expect(page.getByText('已选 8 条：')).toBeVisible();
  await page.getByRole('textbox', { name: '给所选添加标签' }).fill('年终');
  await page.getByRole('button', { name: '添加标签' }).click();
  await expect(status).toHaveText('已给 8 条素材添加标签“年终”。');
  expect((await readLibrary(page)).every((s) => s.tags.includes('年终'))).toBe(true);

  const before = await readLibrary(page);
  await page.getByRole('button', { name: '删除所选' }).click();
  await expect(undoBar).toContainText('已删除 8 条素材。');
  await expect(page.getByRole('heading', { name: '全部素材（0 条）' })).toBeVisible();
  await expect(page.getByText('没有符合条件的素材。')).toBeVisible();
  await undoBar.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('heading', { name: '全部素材（8 条）' })).toBeVisible();
  expect(await readLibrary(page)).toEqual(before);

  // Keyboard: into the list, Space selects, ↓ moves, Delete deletes the selection.
  await page.getByLabel('全选列出的 8 条').uncheck();
  const titles = await shownTitles(page);
  await page.locator('.library-row').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(row(page, titles[1] ?? '')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByText('已选 2 条：')).toBeVisible();
  // Export the selection: a file with exactly those two, every field as stored.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出所选' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { snippets: Snippet[] };
  const chosen = before.filter((s) => titles.slice(0, 2).includes(s.title));
  expect(exported.snippets.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(chosen);
  await row(page, titles[1] ?? '').focus();
  await page.keyboard.press('Delete');
  await expect(undoBar).toContainText('已删除 2 条素材。');
  await expect.poll(() => shownTitles(page)).toEqual(titles.slice(2));
  // Focus stays in the list, at the same place (the second row), for the next key.
  await expect(row(page, titles[3] ?? '')).toBeFocused();
  await undoBar.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('heading', { name: '全部素材（8 条）' })).toBeVisible();
  expect(await readLibrary(page)).toEqual(before);

  // Sort: most used first, then by title in Chinese (pinyin) order.
  await putLibrary(
    page,
    before.map((s, i) => ({ ...s, useCount: i === 5 ? 30 : i === 2 ? 20 : 0 })),
  );
  await page.reload();
  const sort = page.getByLabel('排序');
  await sort.selectOption({ label: '最常用' });
  await expect.poll(async () => (await shownTitles(page)).slice(0, 2)).toEqual([before[5]?.title, before[2]?.title]);
  await sort.selectOption({ label: '标题（拼音顺序）' });
  const byTitle = before.map((s) => s.title).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  await expect.poll(() => shownTitles(page)).toEqual(byTitle);
  await page.getByLabel('筛选').fill('述职');
  const mentions = (title: string) =>
    before.some((s) => s.title === title && [s.title, ...s.tags, s.body].join('\n').includes('述职'));
  const filtered = byTitle.filter(mentions);
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(8);
  await expect.poll(() => shownTitles(page)).toEqual(filtered);
  await page.getByLabel('筛选').fill('');

  // The starter pack goes in one action, and comes back with undo.
  await page.getByRole('button', { name: '删除示例素材（8 条）' }).click();
  await expect(undoBar).toContainText('已删除 8 条示例素材。');
  await expect(page.getByRole('heading', { name: '全部素材（0 条）' })).toBeVisible();
  await expect(page.getByRole('button', { name: /删除示例素材/ })).toHaveCount(0);
  await undoBar.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('heading', { name: '全部素材（8 条）' })).toBeVisible();
});

test('a library of 3,000 snippets: only the rows in view are drawn, and End/Home reach both ends', async ({
  extension,
}) => {
  const page = await openManager(extension);
  const [template] = await readLibrary(page);
  if (!template) throw new Error('starter pack missing');
  const many = Array.from({ length: 3000 }, (_, i) => ({
    ...template,
    id: `bulk-${String(i).padStart(4, '0')}`,
    title: `第${i + 1}条素材`,
    starter: false,
    // Newest first under the default sort: 第3000条 at the top, 第1条 at the bottom.
    updatedAt: 2_000_000_000_000 + i,
  }));
  await putLibrary(page, many);
  await page.reload();
  await expect(page.getByRole('heading', { name: '全部素材（3008 条）' })).toBeVisible();
  await expect(page.locator('.library-row').first()).toContainText('第3000条素材');
  expect(await page.locator('.library-row').count()).toBeLessThan(40);

  await page.locator('.library-row').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator('.library-row:focus')).toHaveAttribute('aria-posinset', '3008');
  await page.keyboard.press('Home');
  await expect(row(page, '第3000条素材')).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(page.locator('.library-row:focus')).not.toHaveAttribute('aria-posinset', '1');
  expect(await page.locator('.library-row').count()).toBeLessThan(40);

  await page.getByLabel('筛选').fill('第2999条');
  await expect.poll(() => shownTitles(page)).toEqual(['第2999条素材']);
});
