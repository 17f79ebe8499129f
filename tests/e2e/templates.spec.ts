import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, openPanel, siteUrl, test } from './fixtures';

// A unit's own template, written for the tests (shared with lib/settings/templates.test.ts).
const UNIT = JSON.parse(readFileSync(resolve('tests/fixtures/templates/unit-summary.json'), 'utf8'));

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('the options page imports a unit template, refuses a malformed one naming the field, and exports a built-in', async ({
  extension,
}) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html`);
  await expect(options.getByRole('heading', { name: '文种模板（9 个）' })).toBeVisible();
  const upload = options.getByLabel('导入模板文件（JSON）');

  await upload.setInputFiles(file('unit.json', JSON.stringify(UNIT)));
  const status = options.locator('#templates [role=status]');
  await expect(status).toHaveText('已导入模板“本单位年度工作总结”。');
  await expect(options.getByRole('heading', { name: '文种模板（10 个）' })).toBeVisible();
  const row = options.locator('[data-template-id="danwei-zongjie"]');
  await expect(row).toContainText('自定义');
  await expect(row).toContainText('工作完成情况 → 存在的不足 → 明年打算');

  const broken = { ...UNIT, id: 'danwei-zongjie-2', sections: [{ ...UNIT.sections[0], required: '是' }] };
  await upload.setInputFiles(file('broken.json', JSON.stringify(broken)));
  await expect(status).toContainText('模板文件有误，未导入（已有模板没有变化）：');
  await expect(status).toContainText('sections[0].required');
  await expect(options.getByRole('heading', { name: '文种模板（10 个）' })).toBeVisible();
  await options.locator('#templates').screenshot({ path: 'tests/screenshots/templates.png' });

  const download = options.waitForEvent('download');
  await options.locator('[data-template-id="shuzhi"]').getByRole('link', { name: '导出' }).click();
  const saved = await (await download).path();
  const exported = JSON.parse(readFileSync(saved, 'utf8'));
  expect(exported.id).toBe('shuzhi');
  expect(exported.sections.length).toBeGreaterThan(2);

  // The imported template survives a restart; deleting it takes it out.
  await extension.restart();
  const again = await extension.context.newPage();
  await again.goto(`chrome-extension://${extension.id}/options.html`);
  const kept = again.locator('[data-template-id="danwei-zongjie"]');
  await expect(kept).toBeVisible();
  await kept.getByRole('button', { name: '删除' }).click();
  await expect(again.getByRole('heading', { name: '文种模板（9 个）' })).toBeVisible();
});

test('the templates editor saves a changed copy of a built-in, shows each problem beside its input, and creates a genre the panel offers', async ({
  extension,
}) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html#templates`);
  const row = options.locator('[data-template-id="shuzhi"]');
  await row.getByRole('button', { name: '编辑' }).click();
  const editor = options.getByRole('form', { name: '编辑文种“述职报告”' });
  await expect(editor).toBeVisible();
  const section = (n: number) => editor.getByRole('group', { name: `第 ${n} 部分` });

  // A valid change: one more alias for the second section; the built-in is listed as changed.
  const aliases = section(2).getByLabel('别名（每行一个）');
  await aliases.fill(`${await aliases.inputValue()}\n年度亮点`);
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(options.locator('#templates [role=status]')).toHaveText('已保存模板“述职报告”。');
  await expect(row).toContainText('已修改');
  await expect(row.getByRole('button', { name: '编辑' })).toBeFocused();
  const listed = await row.locator('p').textContent();

  // An invalid change: an empty title and a minimum over the maximum, each refused beside its input.
  await row.getByRole('button', { name: '编辑' }).click();
  await expect(section(2).getByLabel('别名（每行一个）')).toHaveValue(/\n年度亮点$/);
  const title = section(1).getByLabel('标题（中文）');
  await title.fill('');
  await section(2).getByLabel('最少字数').fill('500');
  await section(2).getByLabel('最多字数').fill('100');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(editor.getByRole('alert')).toHaveText('有 2 处需要修改，未保存。');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('至少 1 个字符');
  await expect(title).toBeFocused();
  await expect(section(2).getByLabel('最少字数')).toHaveAccessibleDescription('最小长度大于最大长度');
  await expect(section(2).getByLabel('最多字数')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(section(1).getByLabel('标题（英文）')).not.toHaveAttribute('aria-invalid', 'true');
  await options.locator('#templates').screenshot({ path: 'tests/screenshots/template-editor.png' });
  // Nothing was saved: the list and the editor, reopened after 取消, show the template as it was.
  await editor.getByRole('button', { name: '取消' }).click();
  await expect(row.locator('p')).toHaveText(listed ?? '');
  await row.getByRole('button', { name: '编辑' }).click();
  await expect(section(1).getByLabel('标题（中文）')).toHaveValue('开头');
  await expect(section(2).getByLabel('最少字数')).not.toHaveValue('500');
  await expect(editor.getByLabel('名称（中文）')).toBeFocused();
  await options.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  // A new genre from a blank start: a taken id is refused beside the id, then it is saved under its own.
  await options.getByLabel('新建时的起点').selectOption({ label: '空白文种' });
  await options.getByRole('button', { name: '新建文种' }).click();
  const creator = options.getByRole('form', { name: '新建文种' });
  await creator.getByLabel('名称（中文）').fill('本单位季度小结');
  await creator.getByLabel('名称（英文）').fill('Unit quarterly summary');
  const id = creator.getByLabel('标识（id）');
  await id.fill('shuzhi');
  await creator.getByLabel('关键词（每行一个，或用逗号分隔）').fill('季度小结，季度工作小结');
  await creator.getByRole('button', { name: '保存' }).click();
  await expect(id).toHaveAccessibleDescription('“述职报告”已使用这个标识，请换一个');
  await expect(id).toBeFocused();
  await id.fill('jidu-xiaojie');
  await creator.getByRole('button', { name: '保存' }).click();
  await expect(options.locator('[data-template-id="jidu-xiaojie"]')).toContainText('自定义');
  await expect(options.getByRole('heading', { name: '文种模板（10 个）' })).toBeVisible();

  // The panel offers the new genre at once, with its section.
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '提纲' }).click();
  const genre = panel.getByRole('combobox', { name: '文种' });
  await genre.selectOption({ label: '本单位季度小结' });
  await expect(panel.locator('.outline-row').first()).toContainText('正文');
});
