import type { Frame, Page } from '@playwright/test';
import { starterSnippets } from '../../lib/snippets/starter';
import type { PageName } from '../../scripts/site';
import {
  type Extension,
  expect,
  openPanel,
  pageErrors,
  panelBox,
  panelFrame,
  scanForm,
  siteUrl,
  test,
  togglePanel,
} from './fixtures';

// The hostile-page fixture set (issue #8): pages that replace built-ins, restyle everything, forbid
// everything by CSP, forge messages, snoop on our UI, or remove it and flood the DOM. On each the
// panel opens, inserts into the field and checks the form, and the page learns nothing of it.

const CLOSING = '结尾·请予评议';
const CLOSING_TEXT = '以上述职，请予评议。';

/** The panel's box on the page, read without running script in the page's world. */
async function dockBox(page: Page) {
  const host = page.locator('tianbao-panel');
  return (await host.count()) === 0 ? null : host.boundingBox();
}

/** The panel works on `page`: it opens, inserts a snippet into #summary, scans and checks the form. */
async function panelWorks(extension: Extension, page: Page): Promise<Frame> {
  await page.locator('#summary').click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(page.locator('#summary')).toHaveValue(CLOSING_TEXT);
  await expect(panel.getByRole('status')).toHaveText(`已插入“${CLOSING}”。`);
  const scan = await scanForm(panel);
  expect(scan.frames[0]?.fields.map((f) => [f.label, f.text])).toContainEqual(['个人总结', CLOSING_TEXT]);
  await panel.getByRole('tab', { name: '检查' }).click();
  await expect(panel.locator('.check .summary')).toBeVisible();
  await panel.getByRole('tab', { name: '素材' }).click();
  return panel;
}

// (hostile-mutations removes the panel once when it first appears: its own test below.)
const HOSTILE: PageName[] = ['hostile-globals', 'hostile-css', 'hostile-csp', 'hostile-messages', 'hostile-reader'];
for (const name of HOSTILE) {
  test(`${name}: the panel opens, inserts and checks, and the page shows no error of ours`, async ({ extension }) => {
    const page = await extension.context.newPage();
    const errors = pageErrors(page);
    await page.goto(siteUrl(name));
    await panelWorks(extension, page);
    expect((await dockBox(page))?.width).toBe(340);
    // The CSP page's own inline script is refused: that report is the page's, and proves the CSP applies.
    expect(errors.filter((e) => !(name === 'hostile-csp' && e.includes('Content Security Policy')))).toEqual([]);
  });
}

test('a page that replaced Array, JSON, Event, addEventListener, dispatchEvent and focus before we came', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('hostile-globals'));
  await expect(page.locator('html')).toHaveAttribute('data-hostile', 'armed');
  const panel = await panelWorks(extension, page);
  // Insertion into another field, after the user moved there: the caret tracking still works.
  await page.locator('#summary').click();
  await page.keyboard.press('Control+Home');
  await panel.getByRole('button', { name: '述职报告·结尾' }).click();
  await expect(page.locator('#summary')).toHaveValue(/^.+以上述职，请予评议。$/s);
  // Closing and opening again.
  expect(await togglePanel(extension, page)).toBe(false);
  await expect(page.locator('tianbao-panel')).toHaveCount(0);
  expect(await togglePanel(extension, page)).toBe(true);
  await panelFrame(extension, page);
  expect((await dockBox(page))?.width).toBe(340);
});

test('a page with a strict CSP (default-src none): its own inline script is refused, the panel is not', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('hostile-csp'));
  // The policy applies: the page's inline script did not run.
  await expect(page.locator('html')).not.toHaveAttribute('data-inline-script', 'ran');
  await panelWorks(extension, page);
  const box = await panelBox(page);
  expect(box).toMatchObject({ width: 340, height: 768, y: 0 });
});

test('forged window messages and DOM events are ignored: no insertion, no toggle, our script keeps running', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('hostile-messages'));
  await page.locator('#summary').click();
  const panel = await openPanel(extension, page);

  const forged = await page.evaluate(
    (id) => (window as unknown as { forge(id: string): unknown }).forge(id),
    extension.id,
  );
  // The page has no way to the extension's messaging (no externally_connectable).
  expect(forged).toMatchObject({ runtime: false });
  await page.waitForTimeout(500);
  await expect(page.locator('#summary')).toHaveValue('');
  await expect(page.locator('#other')).toHaveValue('');
  expect((await panelBox(page))?.width).toBe(340);
  await expect(panel.getByRole('button', { name: CLOSING })).toBeVisible();

  // The forged focus did not move the insertion point; the real one does.
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(page.locator('#summary')).toHaveValue(CLOSING_TEXT);
  await expect(page.locator('#other')).toHaveValue('');
  await page.locator('#other').click();
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(page.locator('#other')).toHaveValue(CLOSING_TEXT);

  // Nothing we post reaches the page's window: not our messages, not our id.
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen.join('\n'));
  const own = seen.split('\n').filter((line) => line.includes(extension.id) && !line.includes('forged'));
  expect(own).toEqual([]);
});

test('a page that hooks attachShadow and walks the DOM reads none of the panel’s contents', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('hostile-reader'));
  await page.locator('#summary').click();
  const panel = await openPanel(extension, page);
  const titles = starterSnippets(0).map((s) => s.title);
  for (const title of titles.slice(0, 3)) await expect(panel.getByRole('button', { name: title })).toBeVisible();
  await panel.getByRole('tab', { name: '提纲' }).click();
  await expect(panel.getByText('（自动识别）')).toBeVisible();
  await panel.getByRole('tab', { name: '素材' }).click();

  const seen = await page.evaluate(
    (words) => (window as unknown as { snoop(words: string[]): string }).snoop(words),
    [...titles, '填报助手', '素材', '提纲', '检查'],
  );
  // It did look: the host element and one frame are there, closed to it.
  expect(seen).toContain('host: <tianbao-panel');
  expect(seen).toContain('host.shadowRoot: null');
  expect(seen).toContain('hooked roots: \n');
  // A frame in a shadow tree is not even listed in window.frames.
  expect(seen).toContain('frames.length: 0');
  expect(seen).toContain('find: false,false');
  for (const word of [...titles, '填报助手', '素材', '提纲', '检查', extension.id, 'panel.html', 'chrome-extension']) {
    expect(seen, word).not.toContain(word);
  }
});

test('a page that removes the panel and floods the DOM: the panel opens again and the page keeps running', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  const errors = pageErrors(page);
  await page.goto(siteUrl('hostile-mutations'));
  await page.locator('#summary').click();
  expect(await togglePanel(extension, page)).toBe(true);
  // The page's clean-up removes our element.
  await expect.poll(() => panelBox(page)).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { removed: number }).removed)).toBe(1);

  // Asked again, it opens again, and works.
  await panelWorks(extension, page);

  // The page is not hung: its 4 ms flood keeps ticking, and a round trip into it is quick.
  const ticks = () => page.evaluate(() => (window as unknown as { ticks: number }).ticks);
  const before = await ticks();
  await page.waitForTimeout(1000);
  expect((await ticks()) - before).toBeGreaterThan(20);
  const start = Date.now();
  await page.evaluate(() => document.title);
  expect(Date.now() - start).toBeLessThan(1000);
  // Closed and opened again under the flood.
  expect(await togglePanel(extension, page)).toBe(false);
  await expect(page.locator('tianbao-panel')).toHaveCount(0);
  expect(await togglePanel(extension, page)).toBe(true);
  expect((await panelBox(page))?.width).toBe(340);
  expect(errors).toEqual([]);
});

test('a page that frames the panel itself cannot make it insert, read the form or act at all', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(`${siteUrl('hostile-frame')}?ext=${extension.id}`);
  // Our own panel, opened and closed: the tab has our script and a real token.
  await page.locator('#summary').click();
  await openPanel(extension, page);
  expect(await togglePanel(extension, page)).toBe(false);

  for (const index of [0, 1]) {
    const framed = await (await page.locator(`#framed-${index}`).elementHandle())?.contentFrame();
    if (!framed) throw new Error(`framed panel ${index} not found`);
    await framed.locator('[data-ready]').waitFor();
    await page.locator('#summary').click();
    await framed.getByRole('button', { name: CLOSING }).click();
    await expect(framed.getByRole('status')).not.toHaveText('');
    await expect(framed.getByRole('status')).not.toContainText('已插入');
    expect(await page.locator('#summary').inputValue()).toBe('');
    // Nor does it get the form's fields.
    expect(await scanForm(framed)).toBeNull();
  }
});
