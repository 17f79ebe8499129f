import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addSnippetInOptions, expect, test } from './fixtures';
import { file, openManager, readLibrary, row } from './library-helpers';

const V1 = readFileSync(resolve('tests/fixtures/packs/xian-fgj-2026.1.json'));
const V2 = readFileSync(resolve('tests/fixtures/packs/xian-fgj-2026.2.json'));

test('a unit pack installs marked and read-only, a newer version replaces it, removing it leaves the writer’s own', async ({
  extension,
}) => {
  await addSnippetInOptions(extension, '我的开头', '我自己写的开头。');
  const page = await openManager(extension);
  const packs = page.locator('#packs');
  await packs.getByLabel('安装素材包文件').setInputFiles(file('xian-fgj-2026.1.json', V1));
  await expect(packs.getByRole('status')).toHaveText('已安装“某县发改局素材包” 2026.1 版。');
  await expect(packs.getByRole('listitem', { name: '某县发改局素材包' })).toContainText(
    '2026.1 版，发布单位：某县发改局办公室，素材 2 条，模板 0 个',
  );
  const item = row(page, '本局简介');
  await expect(item).toContainText('单位素材包：某县发改局素材包');
  await expect(item.getByRole('button', { name: '编辑' })).toBeDisabled();
  await expect(item.getByRole('button', { name: '删除' })).toBeDisabled();

  await packs.getByLabel('安装素材包文件').setInputFiles(file('xian-fgj-2026.2.json', V2));
  await expect(packs.getByRole('status')).toHaveText('已将“某县发改局素材包”从 2026.1 版更新到 2026.2 版。');
  await expect(row(page, '本局述职开头（2026 版）')).toBeVisible();
  await expect(row(page, '本局简介')).toHaveCount(0);
  // An older file is refused, with the reason.
  await packs.getByLabel('安装素材包文件').setInputFiles(file('xian-fgj-2026.1.json', V1));
  await expect(packs.getByRole('status')).toContainText('不能换成旧版本 2026.1');

  await packs.getByRole('button', { name: '移除“某县发改局素材包”' }).click();
  await expect(packs.getByRole('status')).toHaveText('已移除“某县发改局素材包”及其条目。');
  const titles = (await readLibrary(page)).map((s) => s.title);
  expect(titles).toContain('我的开头');
  expect(titles.some((t) => t.startsWith('本局'))).toBe(false);
});
