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
  await expect(rows.filter({ hasText: '缺少' })).toHaveCount(0);

  // A section is one click from its text.
  await panel.locator('[data-section="problems"] button').first().click();
  // (The selection is made in the page after a round trip through the worker: wait for it.)
  const selection = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLTextAreaElement ? el.value.slice(el.selectionStart, el.selectionEnd) : '';
    });
  await expect.poll(selection).toContain('存在的问题');
  const selected = await selection();
  expect(value).toContain(selected.trim());

  // The genre can be changed by hand.
  await genre.selectOption({ label: '述职报告' });
  await expect(panel.getByText('（自动识别）')).toHaveCount(0);
  await expect(panel.locator('[data-section="results"]')).toBeVisible();
});

test('a missing section’s heading goes in where it belongs, and the outline follows typing live', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const field = page.locator('#grzj');
  await field.fill(
    [
      '2026年度个人总结',
      '一年来，在局党组的领导下，我认真履行岗位职责，较好完成了各项工作任务，现总结如下。',
      '一、思想政治方面',
      '坚持把政治建设摆在首位，认真参加理论学习，按时参加支部组织生活，政治站位不断提高。'.repeat(2),
      '二、下一步工作打算',
      '进一步加强学习，改进作风，把各项工作抓实抓细抓出成效。'.repeat(2),
    ].join('\n'),
  );
  await field.click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '提纲' }).click();
  const problems = panel.locator('[data-section="problems"]');
  await expect(problems).toContainText('缺少');

  await problems.getByRole('button', { name: /在应有位置插入标题/ }).click();
  await expect(problems).toContainText('只有标题');
  const text = await field.inputValue();
  // In its place, and the heading after it renumbered.
  expect(text).toMatch(/\n二、存在的问题和不足\n[\s\S]*\n三、下一步工作打算\n/);

  // The caret waits under the new heading: the writer types on, and the panel follows on its own.
  await page.keyboard.type('对标先进还有差距，调查研究不够深入，工作方法有待改进。');
  await expect(problems).not.toContainText('只有标题');
  expect(await field.inputValue()).toContain('二、存在的问题和不足\n对标先进还有差距');
});

test('a form with one field per section is outlined field by field, as it is filled', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('sections-form'));
  await page.locator('#gz').click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '提纲' }).click();
  await expect(panel.getByText('此表单每个部分各有一栏：')).toBeVisible();
  const genre = panel.getByLabel('文种');
  await expect(genre.locator('option:checked')).toHaveText('述职报告');
  const problems = panel.locator('[data-section="problems"]');
  await expect(problems).toContainText('未填');
  await expect(problems).toContainText('填在“存在的问题和不足”栏，0 字');

  // Typing in a section's own field: its row follows after a pause.
  await page.locator('#wt').click();
  await page.keyboard.type('调查研究不够深入，');
  await expect(problems).toContainText('内容过少');
  await expect(problems).toContainText('9 字');

  // A row is one click from its field.
  await panel.locator('[data-section="plans"] button').click();
  await expect(page.locator('#ds')).toBeFocused();
});

test('the outline inserted into an empty field carries the profile’s unit, post and year', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  await panel.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'profile', value: { 单位: '某县统计局', 职务: '科员', 年度: '2026' } });
          tx.oncomplete = () => resolve();
        };
      }),
  );
  await panel.getByRole('tab', { name: '提纲' }).click();
  await panel.getByRole('button', { name: '插入提纲' }).click();
  await expect(page.locator('#grzj')).toHaveValue(/^某县统计局科员2026年公务员年度考核个人总结\n/);
  await expect(panel.locator('.outline-row').filter({ hasText: '缺少' })).toHaveCount(0);
});
