import { newestDraft } from './drafts-helpers';
import { expect, openPanel, registeredSites, setSite, sitePatternOf, siteUrl, test } from './fixtures';

// Issue 15, item 1: the writer's field is the one the writer chose. Each test is one attack of the
// issue; before the focus rule (lib/fields/focus-rule.ts) each put the text where the page wanted.

const CLOSING = '结尾·请予评议';
const CLOSING_TEXT = '以上述职，请予评议。';

test('a frame of another site focusing its own off-screen textarea does not take the snippet', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(`${siteUrl('attack-focus')}?frame`);
  const panel = await openPanel(extension, page);
  const frame = page.frameLocator('#ad');
  await frame.locator('#hidden').waitFor({ state: 'attached' });
  // The field holds the writer's text; their click puts the caret after it. (Typed keys would race
  // the frame, which takes the real focus every 150 ms: a key may land there before the click's.)
  await page.locator('#report').fill('甲');
  await page.locator('#report').click();
  // Let the frame steal the focus a few times (every 150 ms) before the writer picks the snippet.
  await page.waitForTimeout(600);
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(page.locator('#report')).toHaveValue(`甲${CLOSING_TEXT}`);
  await expect(panel.getByRole('status')).toHaveText(`已插入“${CLOSING}”。`);
  expect(await frame.locator('#hidden').inputValue()).toBe('');
});

test('the page focusing an off-screen field when the pointer nears the panel does not take the snippet', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(`${siteUrl('attack-focus')}?pointer`);
  const panel = await openPanel(extension, page);
  await page.locator('#report').click();
  await page.keyboard.type('乙');
  // Moving to the panel passes over the page outside the form: the page focuses its decoy.
  await page.mouse.move(5, 5);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('decoy');
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(page.locator('#report')).toHaveValue(`乙${CLOSING_TEXT}`);
  expect(await page.locator('#decoy').inputValue()).toBe('');
});

test('restoring a draft writes exactly one field of the tab’s page, not same-id fields of other frames', async ({
  extension,
}) => {
  await setSite(extension, new URL(siteUrl('attack-restore')).origin, { alwaysOn: true });
  expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
  const page = await extension.context.newPage();
  await page.goto(siteUrl('attack-restore'));
  const text = '一年来，我认真履行岗位职责，按期完成各项任务。';
  await page.locator('#report').click();
  await page.keyboard.type(text);
  await expect.poll(() => newestDraft(extension, '#report')).toBe(text);
  await page.locator('#report').fill('');

  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '草稿' }).click();
  const field = panel.getByRole('region', { name: '个人总结' });
  await field.getByRole('button', { name: '恢复', exact: true }).first().click();
  await expect(page.locator('#report')).toHaveValue(text);
  expect(await page.frameLocator('#other-site').locator('#report').inputValue()).toBe('');
  expect(await page.frameLocator('#other-page').locator('#report').inputValue()).toBe('');
});
