import type { Frame, Page } from '@playwright/test';
import { type Extension, expect, openPanel, panelBox, panelFrame, siteUrl, test } from './fixtures';

/** The accessible name of what has the focus in the panel, or null when the focus is elsewhere. */
function focusedInPanel(panel: Frame) {
  return panel.evaluate(() => {
    if (!document.hasFocus()) return null;
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? null;
  });
}

/** Presses the focus-search shortcut (Alt+Shift+F) in the tab showing `page`, as the e2e build allows. */
function pressFocusSearch(extension: Extension, page: Page) {
  return extension.worker.evaluate(async (url) => {
    type Chrome = { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };
    const [tab] = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url });
    const focus = (globalThis as unknown as { tianbaoFocusSearch: (id: number) => Promise<boolean> })
      .tianbaoFocusSearch;
    return focus(tab?.id ?? -1);
  }, page.url());
}

test('the panel works from the keyboard: tabs with arrows, / and Ctrl+K to the search, Enter inserts, Esc closes', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);

  // WAI-ARIA tabs: one tab stop, arrows move between tabs and show their panel.
  const tabs = panel.getByRole('tablist');
  await expect(tabs.getByRole('tab')).toHaveText(['提纲', '素材', '检查', '草稿']);
  await expect(panel.getByRole('tab', { name: '素材' })).toHaveAttribute('aria-selected', 'true');
  await panel.getByRole('tab', { name: '素材' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('tab', { name: '检查' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('tabpanel', { name: '检查' })).toBeVisible();
  expect(await focusedInPanel(panel)).toBe('检查');
  await page.keyboard.press('Home');
  await expect(panel.getByRole('tabpanel', { name: '提纲' })).toBeVisible();

  // / goes to the search (from 提纲, it shows 素材), typing filters, Enter inserts at the caret.
  await page.keyboard.press('/');
  await expect(panel.getByRole('tabpanel', { name: '素材' })).toBeVisible();
  await expect.poll(() => focusedInPanel(panel)).toBe('搜索素材');
  await page.keyboard.type('kaitou');
  await expect(panel.getByRole('list', { name: '素材列表' }).getByRole('listitem').first()).toContainText('开头');
  await page.keyboard.press('Enter');
  await expect(page.locator('#grzj')).toHaveValue(/一年来/);

  // Esc clears the search box first, then closes the panel; the writer is back in the field.
  await panel.getByRole('tab', { name: '检查' }).click();
  await page.keyboard.press('Control+K');
  await expect.poll(() => focusedInPanel(panel)).toBe('搜索素材');
  await page.keyboard.type('jiewei');
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('searchbox', { name: '搜索素材' })).toHaveValue('');
  expect(await panelBox(page)).not.toBeNull();
  expect(await focusedInPanel(panel)).toBe('搜索素材');
  await page.keyboard.press('Escape');
  await expect.poll(() => panelBox(page)).toBeNull();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('grzj');
});

test('the focus-search shortcut opens the panel with the focus in the search, and expands a collapsed one', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();

  expect(await pressFocusSearch(extension, page)).toBe(true);
  const panel = await panelFrame(extension, page);
  await expect.poll(() => focusedInPanel(panel)).toBe('搜索素材');
  await page.keyboard.type('czwt');
  await expect(panel.getByRole('list', { name: '素材列表' }).getByRole('listitem').first()).toContainText('存在');

  await panel.getByRole('button', { name: '收起' }).click();
  await expect(panel.getByRole('button', { name: '展开填报助手' })).toBeVisible();
  await page.locator('#grzj').click();
  expect(await pressFocusSearch(extension, page)).toBe(true);
  await expect.poll(() => focusedInPanel(panel)).toBe('搜索素材');
  expect((await panelBox(page))?.width).toBeGreaterThan(300);
});
