import { expect, test } from './fixtures';
import { file, openManager, readLibrary, row } from './library-helpers';

// A CSV as Excel on a Chinese Windows saves it (GBK), written out as bytes:
// 标题,正文 / 工作实绩,全年完成调研报告三篇。 / 存在问题,学习不够深入。 (CRLF).
const GBK_CSV = Buffer.from(
  'b1eacce22cd5fdcec40d0ab9a4d7f7cab5bca82cc8abc4eacdeab3c9b5f7d1d0b1a8b8e6c8fdc6aaa1a30d0a' +
    'b4e6d4dacecacce22cd1a7cfb0b2bbb9bbc9eec8eba1a30d0a',
  'hex',
);

test('a GBK CSV is read, its first rows are shown before anything is written, then imported', async ({ extension }) => {
  const page = await openManager(extension);
  const before = await readLibrary(page);
  await page.getByLabel('导入素材文件').setInputFiles(file('素材.csv', GBK_CSV, 'text/csv'));
  const plan = page.locator('.import-plan');
  await expect(plan).toContainText('文件编码：GB18030/GBK');
  const preview = plan.getByRole('table', { name: '前 2 条（尚未写入）' });
  await expect(preview.getByRole('row')).toHaveCount(3);
  await expect(preview.getByRole('row').nth(1)).toHaveText('工作实绩全年完成调研报告三篇。');
  // Nothing is written until the writer says so.
  expect(await readLibrary(page)).toEqual(before);
  await plan.getByRole('button', { name: '导入' }).click();
  await expect(row(page, '存在问题')).toBeVisible();
  expect((await readLibrary(page)).length).toBe(before.length + 2);
});

test('a UTF-16 text file (Notepad’s “Unicode”) is read', async ({ extension }) => {
  const page = await openManager(extension);
  const text = '述职开头\n一年来，我认真履行岗位职责。';
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await page.getByLabel('导入素材文件').setInputFiles(file('开头.txt', bytes, 'text/plain'));
  const plan = page.locator('.import-plan');
  await expect(plan).toContainText('文件编码：UTF-16 LE');
  await expect(plan.getByRole('table')).toContainText('一年来，我认真履行岗位职责。');
});
