import { readFileSync } from 'node:fs';
import { expect, openPanel, siteUrl, test } from './fixtures';
import { file } from './library-helpers';

// The check a proofreader would sign: a 登记表 box written without headings is not held for
// missing parts; a flagged word can join the writer's word list; a unit's wording list comes from
// a file whole or not at all.

const BOX =
  '一年来，我始终把政治建设摆在首位，认真学习习近平新时代中国特色社会主义思想，政治立场坚定。' +
  '注重提升业务能力，熟练掌握预算编制和绩效评价方法。严格遵守考勤制度，全年无迟到早退，工作态度端正。' +
  '全年审核部门预算86个，完成绩效评价项目23个，各项任务均按时完成。' +
  '严格遵守中央八项规定及其实施细则精神，不收受礼品礼金，守住廉洁底线。不足之处是理论学习还不够系统，今后将加强学习。';

test('a summary typed into the 登记表 box without headings gets no missing-part error', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').fill(BOX);
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '检查' }).click();
  await expect(panel.locator('.check[data-checked="true"]')).toBeVisible();
  const box = panel.locator('.check-field', { has: panel.getByRole('heading', { name: '个人总结' }) });
  await expect(panel.locator('.check-field').first()).toBeVisible();
  // Each of 德能勤绩廉 is judged by what the box says; none is “missing”.
  await expect(box.locator('.finding', { hasText: '缺少' })).toHaveCount(0);
  await expect(box.locator('.finding.error')).toHaveCount(0);
});

test('a flagged word added to my word list is not flagged again, and the options page lists it', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#wt').fill('其它问题整改还不够及时，截止目前仍有两项未完成。');
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '检查' }).click();
  const problems = panel.locator('.check-field', { has: panel.getByRole('heading', { name: '存在的问题和不足' }) });
  await expect(problems.locator('.finding', { hasText: '“其它”应为“其他”' })).toBeVisible();
  await expect(problems.locator('.finding', { hasText: '“截止目前”应为“截至目前”' })).toBeVisible();
  await problems.getByRole('button', { name: '把“其它”添加到我的词表，不再提示' }).click();
  await expect(problems.locator('.finding', { hasText: '“其它”应为“其他”' })).toHaveCount(0);
  // Only that word: the other finding stays.
  await expect(problems.locator('.finding', { hasText: '截至目前' })).toBeVisible();

  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html#wording`);
  const list = options.getByRole('list', { name: '我的词表' });
  await expect(list).toContainText('其它');
  await options.getByRole('button', { name: '从词表删除“其它”' }).click();
  await expect(options.locator('#wording').getByRole('status')).toHaveText('已从词表删除“其它”。');
  await expect(options.getByText('词表为空。')).toBeVisible();
});

test('a unit wording list is imported whole or not at all, and exported back', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html#wording`);
  const section = options.locator('#wording');
  const list = {
    format: 'tianbao-wording',
    version: 1,
    name: '县委办统一口径',
    forbidden: [{ text: '基本完成', preferred: '全面完成' }],
    required: [{ text: '以人民为中心的发展思想' }],
  };
  // One bad entry refuses the whole file, and each problem is named by its place.
  const bad = { ...list, forbidden: [...list.forbidden, { text: '' }] };
  await section.getByLabel('导入统一口径文件…').setInputFiles(file('bad.json', JSON.stringify(bad)));
  await expect(section.getByRole('status')).toContainText('文件有误，未导入');
  await expect(section.getByRole('status')).toContainText('forbidden[1].text');
  await expect(section.getByText('尚未导入统一口径。')).toBeVisible();

  await section.getByLabel('导入统一口径文件…').setInputFiles(file('unit.json', JSON.stringify(list)));
  await expect(section.getByRole('status')).toHaveText('已导入“县委办统一口径”：不用的表述 1 条，必须写的表述 1 条。');
  await expect(section.getByRole('list', { name: '统一口径' })).toContainText('县委办统一口径');

  const download = options.waitForEvent('download');
  await section.getByRole('button', { name: '导出' }).click();
  const saved = await download;
  expect(JSON.parse(readFileSync(await saved.path(), 'utf8'))).toEqual(list);

  // The panel's check uses it: the forbidden wording is flagged with what to write instead.
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#wt').fill('个别任务仅基本完成，推进力度还需加大。');
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '检查' }).click();
  await expect(panel.locator('.finding', { hasText: '本单位统一口径不用“基本完成”，应为“全面完成”' })).toBeVisible();
});
