import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';

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
