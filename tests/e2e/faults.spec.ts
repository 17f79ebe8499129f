import { pressToolbarButton } from '../../scripts/browser';
import { expect, openPanel, pageErrors, panelFrame, siteUrl, test } from './fixtures';
import { updateExtension } from './worker-helpers';

// Faults (issue #8): the page or frame removed between the click in the panel and the insertion,
// and the extension updated while a page with the panel open exists.

const CLOSING = '结尾·请予评议';
const CLOSING_TEXT = '以上述职，请予评议。';
const FIELD_GONE = '刚才的输入框已不在页面上（页面可能已刷新或跳转），请重新点击要填写的位置。';

test('the frame holding the field is removed between the click in the panel and the insertion', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('framed-form'));
  const inner = page.frameLocator('#content');
  await inner.locator('#wt').click();
  const panel = await openPanel(extension, page);
  // The portal drops its content frame as focus leaves it: the click on the snippet does that.
  const frame = page.frames().find((f) => f.url().endsWith('/inner-form.html'));
  // (Whichever comes first as the insertion starts: the field losing focus to the panel, getting
  // it back, or the input the insertion fires.)
  await frame?.evaluate(() => {
    for (const type of ['blur', 'focus', 'input']) {
      document.getElementById('wt')?.addEventListener(type, () => window.frameElement?.remove());
    }
  });
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(panel.getByRole('status')).toHaveText(FIELD_GONE);
  await expect(page.locator('#content')).toHaveCount(0);
  await expect(page.locator('#top-search')).toHaveValue('');

  // The user clicks another field: insertion works again.
  await page.locator('#top-search').click();
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(page.locator('#top-search')).toHaveValue(CLOSING_TEXT);
});

test('the field is removed (re-rendered away) between the click in the panel and the insertion', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  await page.evaluate(() => {
    const field = document.getElementById('grzj');
    for (const type of ['blur', 'focus', 'input']) field?.addEventListener(type, () => field.remove());
  });
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(panel.getByRole('status')).toHaveText(FIELD_GONE);
  await expect(page.locator('#grzj')).toHaveCount(0);
  // Nothing went anywhere else.
  const values = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value).join(''),
  );
  expect(values).not.toContain(CLOSING_TEXT);
});

test('the extension is updated while a page has the panel open: no error in the page, the panel comes back', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  const errors = pageErrors(page);
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  await page.keyboard.type('甲');
  const old = await openPanel(extension, page);
  await old.getByRole('button', { name: CLOSING }).click();
  await expect(page.locator('#grzj')).toHaveValue(`甲${CLOSING_TEXT}`);

  const worker = await updateExtension(extension);
  // The old version's panel is dead: the user's next click in the page removes it.
  await page.locator('#grzj').click();
  await expect(page.locator('tianbao-panel')).toHaveCount(0);

  // The toolbar button of the new version opens its panel, once, and it inserts.
  expect(await pressToolbarButton(worker, page.url())).toBe(true);
  await expect(page.locator('tianbao-panel')).toHaveCount(1);
  const panel = await panelFrame(extension, page);
  await page.locator('#grzj').click();
  await page.keyboard.press('Control+Home');
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(page.locator('#grzj')).toHaveValue(`${CLOSING_TEXT}甲${CLOSING_TEXT}`);
  expect(errors).toEqual([]);
});

test('updated while the panel is open and the page untouched: the new panel replaces the old one', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  const errors = pageErrors(page);
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  await openPanel(extension, page);

  const worker = await updateExtension(extension);
  expect(await pressToolbarButton(worker, page.url())).toBe(true);
  // The new version's start told the old one to leave: one panel, the new one, and it works.
  await expect(page.locator('tianbao-panel')).toHaveCount(1);
  const panel = await panelFrame(extension, page);
  await page.locator('#grzj').click();
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(page.locator('#grzj')).toHaveValue(CLOSING_TEXT);
  // And it closes and opens as before.
  expect(await pressToolbarButton(worker, page.url())).toBe(false);
  await expect(page.locator('tianbao-panel')).toHaveCount(0);
  expect(await pressToolbarButton(worker, page.url())).toBe(true);
  await expect(page.locator('tianbao-panel')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the field is removed after the user left it, before the click in the panel: told so, not "click a field"', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  await page.evaluate(() => document.getElementById('grzj')?.remove());
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(panel.getByRole('status')).toHaveText(FIELD_GONE);
});
