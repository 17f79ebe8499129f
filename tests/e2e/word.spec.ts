import { readFileSync } from 'node:fs';
import { readDocx } from '../../lib/word/read';
import { expect, openPanel, siteUrl, test } from './fixtures';
import { file, openManager, readLibrary } from './library-helpers';

// 导出 Word from the panel and the options page, and snippets imported from a .docx, in Chromium with
// the built extension. The file saved is read back as Word would read it.

const REPORT = [
  '2026年度述职报告',
  '一年来，我在组织的领导下认真履行岗位职责，现将有关情况报告如下。',
  '一、主要工作及成效',
  '（一）抓好理论学习。全年参加集中学习二十次，撰写学习体会六篇。',
  '二、存在的问题和不足',
  '调查研究还不够深入。',
  '三、下一步工作打算',
  '加强学习，改进作风。',
].join('\n');

test('提纲 exports the current field as a 公文 .docx', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').fill(REPORT);
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '提纲' }).click();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: '导出 Word' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('2026年度述职报告.docx');
  const paragraphs = readDocx(readFileSync(await saved.path()));
  expect(paragraphs.map((p) => p.text)).toEqual(['2026年度述职报告', '', ...REPORT.split('\n').slice(1)]);
  expect(paragraphs.find((p) => p.text === '二、存在的问题和不足')?.outline).toBe(1);
  await expect(panel.getByRole('status').filter({ hasText: '已导出' })).toHaveText('已导出“2026年度述职报告.docx”。');
  // The field is as it was: exporting reads, never writes.
  await expect(page.locator('#grzj')).toHaveValue(REPORT);

  // A report without a title of its own: no title is made up, the file is named after the genre.
  const untitledText = REPORT.split('\n').slice(1).join('\n');
  await page.locator('#grzj').fill(untitledText);
  await page.locator('#grzj').click();
  await expect(panel.locator('.outline')).toHaveAttribute('data-length', String(untitledText.length));
  const second = page.waitForEvent('download');
  await panel.getByRole('button', { name: '导出 Word' }).click();
  const untitled = await second;
  expect(untitled.suggestedFilename()).toBe(
    `${await panel.getByLabel('文种').locator('option:checked').textContent()}.docx`,
  );
  expect(readDocx(readFileSync(await untitled.path()))[0]?.text).toBe(REPORT.split('\n')[1]);
});

test('a form with a box per section exports its sections in the outline’s order', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('sections-form'));
  await page.locator('#ds').fill('加强学习，改进作风，把各项工作抓实抓细。');
  await page.locator('#gz').fill('全年完成重点任务六项。\n（一）抓好学习。全年集中学习二十次。');
  await page.locator('#wt').fill('调查研究还不够深入。');
  await page.locator('#xm').fill('王小明');
  await page.locator('#xm').click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '提纲' }).click();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: '整份导出 Word' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('述职报告.docx');
  expect(readDocx(readFileSync(await saved.path())).map((p) => p.text)).toEqual([
    '述职报告',
    '',
    '一、主要工作及成效',
    '全年完成重点任务六项。',
    '（一）抓好学习。全年集中学习二十次。',
    '二、存在的问题和不足',
    '调查研究还不够深入。',
    '三、下一步工作打算',
    '加强学习，改进作风，把各项工作抓实抓细。',
  ]);
});

test('the options page imports snippets from a WPS .docx through the import plan', async ({ extension }) => {
  const page = await openManager(extension);
  const before = (await readLibrary(page)).length;
  const docx = readFileSync(new URL('../fixtures/word/wps-report.docx', import.meta.url));
  const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  await page.getByLabel('导入素材文件').setInputFiles(file('2025述职.docx', docx, type));
  const plan = page.locator('.import-plan');
  await expect(plan.getByRole('heading')).toHaveText('“2025述职.docx”中有 13 条素材，导入后：');
  expect((await readLibrary(page)).length).toBe(before);
  await plan.getByRole('button', { name: '导入' }).click();
  await expect(page.locator('#transfer').getByRole('status')).toContainText('13');
  const library = await readLibrary(page);
  expect(library.length).toBe(before + 13);
  expect(library.find((s) => s.title === '每天登录学习平台，完成当日学习任务')).toMatchObject({
    sections: ['results'],
    tags: ['2025述职'],
  });

  // A damaged file is refused with its reason, and the library stays as it was.
  await page.getByLabel('导入素材文件').setInputFiles(file('坏文件.docx', Buffer.from('not a zip'), type));
  await expect(page.locator('#transfer').getByRole('status')).toContainText('不是 .docx 文件');
  expect((await readLibrary(page)).length).toBe(before + 13);
});

test('the options page’s drafts export a field, or a page’s fields in the outline’s order', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html#drafts`);
  await expect(options.locator('#drafts[data-drafts-ready="true"]')).toBeVisible();
  // Two fields' drafts of one page, as the form script saves them (the problems saved last), a
  // minute ago: drafts older than the retention are deleted by the worker's clean-up, which may run
  // after this write.
  await options.evaluate(async () => {
    const now = Date.now();
    const row = (field: string, label: string, text: string, savedAt: number) => ({
      site: 'http://127.0.0.1:9',
      page: '/shuzhi',
      field,
      label,
      title: '年度述职登记',
      text,
      size: text.length * 2,
      createdAt: savedAt,
      savedAt,
    });
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('tianbao-drafts');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('versions', 'readwrite');
        tx.objectStore('versions').add(row('gz', '主要工作及成效', '全年完成重点任务六项。', now - 60_000));
        tx.objectStore('versions').add(row('wt', '存在的问题和不足', '调查研究还不够深入。', now - 30_000));
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
  await options.reload();
  const site = options.getByRole('region', { name: 'http://127.0.0.1:9' });
  await expect(site.getByRole('region', { name: '存在的问题和不足' })).toBeVisible();

  let download = options.waitForEvent('download');
  await site.getByRole('button', { name: '整份导出 Word' }).click();
  let saved = await download;
  expect(saved.suggestedFilename()).toBe('述职报告.docx');
  expect(readDocx(readFileSync(await saved.path())).map((p) => p.text)).toEqual([
    '述职报告',
    '',
    '一、主要工作及成效',
    '全年完成重点任务六项。',
    '二、存在的问题和不足',
    '调查研究还不够深入。',
  ]);

  download = options.waitForEvent('download');
  await site.getByRole('region', { name: '存在的问题和不足' }).getByRole('button', { name: '导出 Word' }).click();
  saved = await download;
  expect(readDocx(readFileSync(await saved.path())).map((p) => p.text)).toEqual(['调查研究还不够深入。']);
});
