import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../../scripts/browser';
import { expect, test } from './fixtures';
import { file, openManager, readLibrary, row } from './library-helpers';

test('the profile is checked, saved, and still there after a browser restart', async ({ extension }) => {
  const page = await openManager(extension);
  const profile = page.locator('#profile');
  await profile.getByLabel('姓名').fill('张三');
  await profile.getByLabel('单位').fill('某某市发展和改革局');
  await profile.getByLabel('职务').fill('科长');
  await profile.getByLabel('年度').fill('二〇二六');
  await profile.getByRole('button', { name: '添加自定义变量' }).click();
  await profile.getByLabel('自定义变量 1 的名称').fill('科室');
  await profile.getByLabel('自定义变量 1 的值').fill('办公室');
  await profile.getByRole('button', { name: '更新个人信息' }).click();
  await expect(profile.getByRole('status')).toContainText('个人信息有误，未更新：');
  await expect(profile.getByRole('status')).toContainText('年度应为四位数字，如 2026。');
  await expect(profile.getByLabel('年度')).toHaveAttribute('aria-invalid', 'true');

  await profile.getByLabel('年度').fill('2026');
  await profile.getByRole('button', { name: '更新个人信息' }).click();
  await expect(profile.getByRole('status')).toHaveText('个人信息已更新。');
  await page.locator('#profile').screenshot({ path: 'tests/screenshots/manager-profile.png' });

  await extension.restart();
  const again = await openManager(extension);
  const reopened = again.locator('#profile');
  await expect(reopened.getByLabel('姓名')).toHaveValue('张三');
  await expect(reopened.getByLabel('单位')).toHaveValue('某某市发展和改革局');
  await expect(reopened.getByLabel('职务')).toHaveValue('科长');
  await expect(reopened.getByLabel('年度')).toHaveValue('2026');
  await expect(reopened.getByLabel('自定义变量 1 的名称')).toHaveValue('科室');
  await expect(reopened.getByLabel('自定义变量 1 的值')).toHaveValue('办公室');
});

test('export the library and import it into a fresh profile: the plan is shown and nothing is lost', async ({
  extension,
}) => {
  const page = await openManager(extension);
  await page.locator('form.snippet-form').getByLabel('标题').fill('本单位简介');
  await page.locator('form.snippet-form').getByLabel('正文').fill('本单位现有干部职工四十余人。\n下设五个科室。');
  await page.getByLabel('标签（用逗号分隔，可不填）').fill('单位情况');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('form.snippet-form').getByRole('status')).toHaveText('已保存。');
  await row(page, '本单位简介').getByRole('button', { name: '收藏“本单位简介”' }).click();
  await row(page, '本单位简介').getByRole('button', { name: '编辑' }).click();
  await page.getByText('适用文种和部分').click();
  await page.getByLabel('述职报告', { exact: true }).check();
  await page.getByLabel('开头', { exact: true }).check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('form.snippet-form').getByRole('status')).toHaveText('已保存。');
  const library = await readLibrary(page);
  expect(library.find((s) => s.title === '本单位简介')).toMatchObject({
    favorite: 1,
    genres: ['shuzhi'],
    sections: ['opening'],
  });

  await page.locator('#profile').getByLabel('姓名').fill('张三');
  await page.locator('#profile').getByRole('button', { name: '更新个人信息' }).click();
  await expect(page.locator('#profile').getByRole('status')).toHaveText('个人信息已更新。');

  const download = page.waitForEvent('download');
  await page.getByLabel('同时导出个人信息（变量的值）').check();
  await page.getByRole('button', { name: '导出全部素材' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^tianbao-snippets-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = readFileSync(await saved.path(), 'utf8');

  // A second browser with its own profile: only the starter pack, created at another time.
  const dir = mkdtempSync(join(tmpdir(), 'tianbao-e2e-fresh-'));
  const fresh = await launchWithExtension(dir);
  try {
    const other = await fresh.context.newPage();
    await other.goto(`chrome-extension://${new URL(fresh.worker.url()).host}/options.html`);
    await other.getByLabel('导入素材文件').setInputFiles(file(saved.suggestedFilename(), exported));
    const plan = other.locator('.import-plan');
    await expect(plan).toContainText('中有 9 条素材，导入后：');
    await expect(plan.locator('[data-count=new]')).toHaveText('新增 1 条');
    // Same ids, titles and bodies as the starter pack here, but other creation times.
    await expect(plan.locator('[data-count=duplicate]')).toHaveText('8 条重复（标题和正文与库中某条相同）');
    await expect(plan.locator('[data-count=conflict]')).toHaveText('0 条冲突（与库中某条同名或同编号，但正文不同）');
    await other.locator('#transfer').screenshot({ path: 'tests/screenshots/manager-import-plan.png' });
    await plan.getByLabel('用文件中的覆盖').check();
    await plan.getByLabel('同时导入文件中的个人信息（1 项，覆盖同名的值）').check();
    await plan.getByRole('button', { name: '导入' }).click();
    await expect(other.locator('#transfer [role=status]')).toHaveText(
      '导入完成：新增 1 条，覆盖 8 条，两者都保留 0 条，跳过 0 条，相同未变 0 条。',
    );
    await expect(row(other, '本单位简介')).toBeVisible();
    expect(await readLibrary(other)).toEqual(library);
    await expect(other.locator('#profile').getByLabel('姓名')).toHaveValue('张三');
  } finally {
    await fresh.context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an import plan counts new, unchanged, duplicate and conflicting snippets and applies "keep both"', async ({
  extension,
}) => {
  const page = await openManager(extension);
  const library = await readLibrary(page);
  const [a, b, c] = library;
  if (!a || !b || !c) throw new Error('starter pack missing');
  const incoming = [
    { ...a }, // unchanged
    { ...b, id: 'other-id', tags: ['别的标签'] }, // duplicate: same title and body
    { ...c, body: '另一种写法。' }, // conflict: same id and title, other body
    { ...a, id: 'brand-new', title: '全新的素材', body: '新内容。' },
  ];
  const text = JSON.stringify({
    format: 'tianbao-snippets',
    version: 1,
    exportedAt: new Date().toISOString(),
    snippets: incoming,
  });
  await page.getByLabel('导入素材文件').setInputFiles(file('mixed.json', text));
  const plan = page.locator('.import-plan');
  await expect(plan.locator('[data-count=new]')).toHaveText('新增 1 条');
  await expect(plan.locator('[data-count=unchanged]')).toHaveText('1 条与库中完全相同，不会重复写入');
  await expect(plan.locator('[data-count=duplicate]')).toHaveText('1 条重复（标题和正文与库中某条相同）');
  await expect(plan.locator('[data-count=conflict]')).toHaveText('1 条冲突（与库中某条同名或同编号，但正文不同）');
  // Nothing is written while the plan is shown.
  expect(await readLibrary(page)).toEqual(library);

  await plan.getByLabel('两者都保留').check();
  await plan.getByRole('button', { name: '导入' }).click();
  await expect(page.locator('#transfer [role=status]')).toHaveText(
    '导入完成：新增 1 条，覆盖 0 条，两者都保留 2 条，跳过 0 条，相同未变 1 条。',
  );
  const after = await readLibrary(page);
  expect(after.length).toBe(library.length + 3);
  // The library's own versions are untouched; the conflicting one was added beside them.
  for (const s of library) expect(after).toContainEqual(s);
  expect(after.filter((s) => s.title === c.title).map((s) => s.body)).toEqual(
    expect.arrayContaining([c.body, '另一种写法。']),
  );
  await expect(page.getByRole('heading', { name: '全部素材（11 条）' })).toBeVisible();
});

test('a malformed import file lists its problems with their fields and changes nothing', async ({ extension }) => {
  const page = await openManager(extension);
  const library = await readLibrary(page);
  const [a] = library;
  const text = JSON.stringify({
    format: 'tianbao-snippets',
    version: 1,
    exportedAt: new Date().toISOString(),
    snippets: [
      { ...a, id: 'x1', title: '   ' },
      { ...a, id: 'x2', favorite: 2 },
    ],
  });
  await page.getByLabel('导入素材文件').setInputFiles(file('broken.json', text));
  const status = page.locator('#transfer [role=status]');
  await expect(status).toContainText('“broken.json”有误，未导入，素材库没有变化：');
  await expect(status.getByRole('listitem')).toHaveCount(2);
  await expect(status.getByRole('listitem').nth(0)).toContainText('第1条素材的“title”');
  await expect(status.getByRole('listitem').nth(0)).toContainText('snippets[0].title');
  await expect(status.getByRole('listitem').nth(1)).toContainText('第2条素材的“favorite”只能是 0 或 1');
  await expect(page.locator('.import-plan')).toHaveCount(0);
  await page.locator('#transfer').screenshot({ path: 'tests/screenshots/manager-import-refused.png' });

  // Not text (an image renamed .txt): refused as a whole too. (GBK and UTF-16 text is read: import-encodings.spec.ts.)
  await page
    .getByLabel('导入素材文件')
    .setInputFiles(file('notes.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'text/plain'));
  await expect(status).toContainText('“notes.txt”有误');
  await expect(page.locator('.import-plan')).toHaveCount(0);
  expect(await readLibrary(page)).toEqual(library);
});

test('plain text and CSV files are planned and imported like an export file', async ({ extension }) => {
  const page = await openManager(extension);
  const plan = page.locator('.import-plan');
  const status = page.locator('#transfer [role=status]');

  await page
    .getByLabel('导入素材文件')
    .setInputFiles(
      file('notes.txt', '本单位简介\n本单位现有干部职工四十余人。\n\n结尾\n以上报告，请审议。\n', 'text/plain'),
    );
  await expect(plan.locator('[data-count=new]')).toHaveText('新增 2 条');
  await plan.getByRole('button', { name: '导入' }).click();
  await expect(status).toHaveText('导入完成：新增 2 条，覆盖 0 条，两者都保留 0 条，跳过 0 条，相同未变 0 条。');
  await expect(row(page, '本单位简介')).toContainText('四十余人');

  const csv =
    '标题,正文,标签\n本单位简介,"本单位现有干部职工四十二人，""五个科室""。",单位\n下步打算,明年重点抓好三件事。,打算\n';
  await page.getByLabel('导入素材文件').setInputFiles(file('snippets.csv', csv, 'text/csv'));
  await expect(plan.locator('[data-count=new]')).toHaveText('新增 1 条');
  await expect(plan.locator('[data-count=conflict]')).toHaveText('1 条冲突（与库中某条同名或同编号，但正文不同）');
  // The default is to skip: the library's 本单位简介 stays as it was.
  await plan.getByRole('button', { name: '导入' }).click();
  await expect(status).toHaveText('导入完成：新增 1 条，覆盖 0 条，两者都保留 0 条，跳过 1 条，相同未变 0 条。');
  await expect(row(page, '本单位简介')).toContainText('四十余人');
  await expect(row(page, '下步打算')).toContainText('打算');
  await expect(page.getByRole('heading', { name: '全部素材（11 条）' })).toBeVisible();
});
