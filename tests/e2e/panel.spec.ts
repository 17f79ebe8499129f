import { mkdirSync } from 'node:fs';
import { expect, openPanel, panelBox, siteUrl, test, togglePanel } from './fixtures';

mkdirSync('tests/screenshots', { recursive: true });

test('the panel docks on the right of the demo form, collapses, and closes with the same shortcut', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const formBefore = await page.locator('form').boundingBox();

  const panel = await openPanel(extension, page);
  const box = await panelBox(page);
  const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
  expect(box).toEqual({ x: pageWidth - 340, y: 0, width: 340, height: 768 });
  // The page is narrowed to make room, as a narrower window would: the centred form now sits
  // wholly left of the panel, at its own size.
  const formDocked = await page.locator('form').boundingBox();
  expect(formDocked?.width).toBe(formBefore?.width);
  expect((formDocked?.x ?? 0) + (formDocked?.width ?? 0)).toBeLessThanOrEqual(box?.x ?? 0);
  // The panel is above the editor's sticky toolbar (z-index 9999) and everything else.
  const topmost = await page.evaluate(
    () => document.elementFromPoint(document.documentElement.clientWidth - 180, 300)?.tagName,
  );
  expect(topmost).toBe('TIANBAO-PANEL');
  // Page scripts cannot reach into it: its shadow root is closed.
  expect(await page.evaluate(() => document.querySelector('tianbao-panel')?.shadowRoot)).toBeNull();
  await expect(panel.getByRole('heading', { name: '填报助手' })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/panel-demo-form.png' });

  await panel.getByRole('button', { name: '收起' }).click();
  await expect.poll(async () => (await panelBox(page))?.width).toBe(40);
  // Collapsed, the page has its full width back.
  expect(await page.locator('form').boundingBox()).toEqual(formBefore);
  await page.screenshot({ path: 'tests/screenshots/panel-collapsed.png' });
  await panel.getByRole('button', { name: '展开填报助手' }).click();
  await expect.poll(async () => (await panelBox(page))?.width).toBe(340);

  // The toolbar button / Alt+Shift+Y again closes it…
  expect(await togglePanel(extension, page)).toBe(false);
  expect(await panelBox(page)).toBeNull();
  expect(await page.locator('form').boundingBox()).toEqual(formBefore);
  expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBe('');
  // …and opens it again.
  const reopened = await openPanel(extension, page);
  await reopened.getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => panelBox(page)).toBeNull();
});
