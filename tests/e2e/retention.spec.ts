import type { Page } from '@playwright/test';
import { readDrafts } from './drafts-helpers';
import { addSnippetInOptions, expect, registeredSites, setSite, sitePatternOf, siteUrl, test } from './fixtures';
import { readLibrary } from './library-helpers';

const DAY = 24 * 60 * 60 * 1000;

/** Writes draft rows straight into the drafts database, as days of use would have left them. */
function putDrafts(page: Page, rows: { field: string; text: string; savedAt: number }[]) {
  return page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tianbao-drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('versions', 'readwrite');
          for (const r of rows) {
            tx.objectStore('versions').add({
              site: 'https://oa.example.gov.cn',
              page: '/kaohe',
              label: r.field,
              title: '年度考核',
              size: r.text.length * 2,
              createdAt: r.savedAt,
              ...r,
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

test('drafts older than the days set in 常规设置 are removed at once', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html#preferences`);
  const days = options.getByLabel('草稿保留天数');
  await expect(days).toHaveValue('30');
  const now = Date.now();
  await putDrafts(options, [
    { field: 'old', text: '二十天前的草稿。', savedAt: now - 20 * DAY },
    { field: 'recent', text: '昨天的草稿。', savedAt: now - DAY },
  ]);
  await days.fill('0');
  await expect(options.getByText('请填写 1 到 3650 之间的整数。')).toBeVisible();
  await days.fill('10');
  await days.press('Enter');
  await expect(options.locator('#preferences [role=status]')).toContainText('草稿保留天数');
  await expect.poll(async () => (await readDrafts(extension)).map((d) => d.field)).toEqual(['recent']);
  // Kept after a reload of the page.
  await options.reload();
  await expect(options.getByLabel('草稿保留天数')).toHaveValue('10');
});

test('清除本机全部数据 removes the library, drafts, site settings and access, after asking once more', async ({
  extension,
}) => {
  await addSnippetInOptions(extension, '本单位简介', '某县发展和改革局是县政府工作部门。');
  await setSite(extension, new URL(siteUrl('demo-form')).origin, { alwaysOn: true, submitCheck: true });
  expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([sitePatternOf('demo-form')]);
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html#clear`);
  await putDrafts(options, [{ field: 'grzj', text: '一年来的草稿。', savedAt: Date.now() }]);

  await options.getByRole('button', { name: '清除本机全部数据…' }).click();
  const confirm = options.getByRole('alertdialog', { name: '确定要清除本机全部数据吗？此操作无法撤销。' });
  await confirm.getByRole('button', { name: '取消' }).click();
  expect((await readLibrary(options)).some((s) => s.title === '本单位简介')).toBe(true);

  await options.getByRole('button', { name: '清除本机全部数据…' }).click();
  await confirm.getByRole('button', { name: '确定清除' }).click();
  await expect(options.locator('#clear [role=status]')).toHaveText('已清除本机全部数据。');
  expect(await readDrafts(extension)).toEqual([]);
  expect((await readLibrary(options)).some((s) => s.title === '本单位简介')).toBe(false);
  expect(await registeredSites(extension)).toEqual({ 'tianbao-always-on': [], 'tianbao-submit-check': [] });
  const stored = await extension.worker.evaluate(async () => {
    type Area = { get(k: null): Promise<Record<string, unknown>> };
    return (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local.get(null);
  });
  expect(Object.keys(stored)).toEqual([]);
});
