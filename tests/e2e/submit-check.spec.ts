import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { type Extension, expect, registeredSites, setSite, sitePatternOf, siteUrl, test } from './fixtures';

// A clean 年度考核 summary the team wrote (no errors for the engine).
const CLEAN = readFileSync(resolve('tests/fixtures/structure/kaohe-gwy.txt'), 'utf8');

/** Switches the check before 提交 on for the test site and opens the demo form there. */
async function guardedDemoForm(extension: Extension): Promise<Page> {
  const url = siteUrl('demo-form');
  await setSite(extension, new URL(url).origin, { alwaysOn: true, submitCheck: true });
  expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([sitePatternOf('demo-form')]);
  const page = await extension.context.newPage();
  await page.goto(url);
  return page;
}

/**
 * The dialog as a screen reader finds it (it lives in a closed shadow root, which page scripts and
 * Playwright's selectors cannot enter): its name and its buttons, or null when none is shown.
 */
async function dialogSeen(page: Page): Promise<{ name: string; text: string[] } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; ignored?: boolean }[];
    };
    const dialog = nodes.find((n) => n.role?.value === 'alertdialog');
    if (!dialog) return null;
    return {
      name: dialog.name?.value ?? '',
      text: nodes.filter((n) => !n.ignored && n.name?.value).map((n) => n.name?.value ?? ''),
    };
  } finally {
    await cdp.detach();
  }
}

const submissions = (page: Page) => page.locator('#kaohe').getAttribute('data-submitted');

test.describe('check before 提交', () => {
  test('holds a submission with errors; 返回修改 goes to the first one and sends nothing', async ({ extension }) => {
    const page = await guardedDemoForm(extension);
    await page.locator('#dw').fill('某县发展和改革局');
    await page.locator('#grzj').fill(CLEAN);
    // 姓名 is required and left empty.
    await expect.poll(async () => (await dialogSeen(page)) === null).toBe(true);
    await page.getByRole('button', { name: '提交' }).click();

    await expect.poll(async () => (await dialogSeen(page))?.name).toBe('提交前检查：发现 1 处错误');
    const dialog = await dialogSeen(page);
    expect(dialog?.text).toEqual(expect.arrayContaining(['返回修改', '仍然提交']));
    expect(dialog?.text.join(' ')).toContain('必填项，尚未填写。');
    expect(await submissions(page)).toBeNull();

    // 返回修改 has the focus: Enter answers it.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogSeen(page)).toBeNull();
    expect(await submissions(page)).toBeNull();
    await expect(page.locator('#xm')).toBeFocused();
  });

  test('仍然提交 sends the held submission once, through the page’s own handler', async ({ extension }) => {
    const page = await guardedDemoForm(extension);
    await page.locator('#xm').fill('张某');
    await page.locator('#dw').fill('某县发展和改革局');
    // 釆 (biàn) for 采: an error the engine finds.
    await page.locator('#grzj').fill(`${CLEAN}\n认真釆取措施。`);
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(async () => (await dialogSeen(page))?.name).toBe('提交前检查：发现 1 处错误');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#result')).toHaveText(/已提交/);
    expect(await submissions(page)).toBe('1');
    expect(await dialogSeen(page)).toBeNull();
    // The page goes on working as before: a second 提交 is checked again.
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(async () => (await dialogSeen(page))?.name).toBe('提交前检查：发现 1 处错误');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogSeen(page)).toBeNull();
    expect(await submissions(page)).toBe('1');
  });

  test('lets a form without errors submit at once, and checks Enter in a field too', async ({ extension }) => {
    const page = await guardedDemoForm(extension);
    await page.locator('#xm').fill('张某');
    await page.locator('#dw').fill('某县发展和改革局');
    await page.locator('#grzj').fill(CLEAN);
    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.locator('#result')).toHaveText(/已提交/);
    expect(await submissions(page)).toBe('1');
    expect(await dialogSeen(page)).toBeNull();

    // Enter in a single-line field submits the form (implicit submission): checked as well.
    await page.locator('#xm').fill('');
    await page.locator('#dw').press('Enter');
    await expect.poll(async () => (await dialogSeen(page))?.name).toBe('提交前检查：发现 1 处错误');
    expect(await submissions(page)).toBe('1');
  });

  test('is off on sites where it was not switched on', async ({ extension }) => {
    const url = siteUrl('demo-form');
    await setSite(extension, new URL(url).origin, { alwaysOn: true, submitCheck: false });
    expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([]);
    const page = await extension.context.newPage();
    await page.goto(url);
    await page.locator('#grzj').fill('认真釆取措施。');
    await page.locator('#xm').fill('张某');
    await page.locator('#dw').fill('某县发展和改革局');
    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.locator('#result')).toHaveText(/已提交/);
    expect(await dialogSeen(page)).toBeNull();
  });

  test('guards a 上报 link with no form on a one-field-per-section page', async ({ extension }) => {
    const url = siteUrl('sections-form');
    await setSite(extension, new URL(url).origin, { alwaysOn: true, submitCheck: true });
    expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([sitePatternOf('demo-form')]);
    const page = await extension.context.newPage();
    await page.goto(url);
    await page.locator('#gz').fill('全年牵头完成重点任务十二项，各项任务均按期完成,成效明显。');
    await page.getByText('上　报').click();
    // 存在的问题和不足 and 下一步工作打算 are starred and empty; the comma is half-width.
    await expect.poll(async () => (await dialogSeen(page))?.name).toBe('提交前检查：发现 3 处错误');
    expect(await page.locator('body').getAttribute('data-reported')).toBeNull();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#result')).toHaveText(/已上报/);
    expect(await page.locator('body').getAttribute('data-reported')).toBe('1');
  });

  test('speaks the language chosen in settings', async ({ extension }) => {
    await extension.worker.evaluate(async () => {
      type Api = { storage: { local: { set(v: object): Promise<void> } } };
      await (globalThis as unknown as { chrome: Api }).chrome.storage.local.set({ language: 'en' });
    });
    const page = await guardedDemoForm(extension);
    await page.locator('#dw').fill('某县发展和改革局');
    await page.locator('#grzj').fill(CLEAN);
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(async () => (await dialogSeen(page))?.name).toBe('Check before submitting: 1 error(s) found');
    expect((await dialogSeen(page))?.text).toEqual(expect.arrayContaining(['Go back and fix', 'Submit anyway']));
  });

  test('judges as the panel does: the anonymisation marker of the settings is no placeholder', async ({
    extension,
  }) => {
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.id}/options.html`);
    // (Once the page's own database is open and set up.)
    await options.locator('.library-row').first().waitFor();
    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('tianbao');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ key: 'preferences', value: { anonymisationMarker: '*' } });
            tx.oncomplete = () => resolve();
          };
        }),
    );
    const page = await guardedDemoForm(extension);
    await page.locator('#xm').fill('张某');
    await page.locator('#dw').fill('某县发展和改革局');
    // *** stands for a removed name: with the marker set it is not an unfilled placeholder.
    await page.locator('#grzj').fill(`${CLEAN}\n***同志对工作提出了意见。`);
    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.locator('#result')).toHaveText(/已提交/);
    expect(await dialogSeen(page)).toBeNull();
  });
});
