import {
  expect,
  formScriptLoaded,
  openPanel,
  registeredSites,
  setSite,
  sitePatternOf,
  siteUrl,
  test,
} from './fixtures';

test.describe('always on for a site', () => {
  test('loads the form script on every page of a site switched on, and stops when switched off', async ({
    extension,
  }) => {
    const url = siteUrl('demo-form');
    const site = new URL(url).origin;
    const page = await extension.context.newPage();
    await page.goto(url);
    expect(await formScriptLoaded(extension, page)).toBe(false);

    await setSite(extension, site, { alwaysOn: true });
    expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
    // The tab already open gets the script at once, without a reload; later pages through the registration.
    await expect.poll(() => formScriptLoaded(extension, page)).toBe(true);
    await page.reload();
    await expect.poll(() => formScriptLoaded(extension, page)).toBe(true);
    // The panel opens on the script that is already there (no second copy).
    const panel = await openPanel(extension, page);
    await expect(panel.getByRole('tab', { name: '素材' })).toBeVisible();

    await setSite(extension, site, { alwaysOn: false });
    expect(await registeredSites(extension)).toEqual({ 'tianbao-always-on': [], 'tianbao-submit-check': [] });
    await page.reload();
    await page.waitForLoadState('load');
    expect(await formScriptLoaded(extension, page)).toBe(false);
  });

  test('keeps the registration across a browser restart', async ({ extension }) => {
    const url = siteUrl('demo-form');
    await setSite(extension, new URL(url).origin, { alwaysOn: true });
    expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
    await extension.restart();
    const page = await extension.context.newPage();
    await page.goto(url);
    await expect.poll(() => formScriptLoaded(extension, page)).toBe(true);
  });
});

test.describe('site settings', () => {
  test('the panel offers always-on once; accepting switches on the check before 提交', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(siteUrl('demo-form'));
    const panel = await openPanel(extension, page);
    await expect(panel.getByText('在 127.0.0.1:')).toBeVisible();
    await panel.getByRole('button', { name: '始终启用' }).click();
    await expect(panel.getByRole('status').first()).toContainText('已在 127.0.0.1:');
    const registered = await registeredSites(extension);
    expect(registered['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
    expect(registered['tianbao-submit-check']).toEqual([sitePatternOf('demo-form')]);

    // Not offered again.
    await page.reload();
    const again = await openPanel(extension, page);
    await expect(again.getByRole('tab', { name: '素材' })).toBeVisible();
    await expect(again.getByRole('button', { name: '始终启用' })).toHaveCount(0);
  });

  test('暂不 is remembered, and the options page lists, changes and revokes sites', async ({ extension }) => {
    const url = siteUrl('demo-form');
    const page = await extension.context.newPage();
    await page.goto(url);
    const panel = await openPanel(extension, page);
    await panel.getByRole('button', { name: '暂不' }).click();
    await expect(panel.getByRole('button', { name: '始终启用' })).toHaveCount(0);

    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.id}/options.html#sites`);
    const host = new URL(url).host;
    const site = options.getByRole('listitem', { name: host });
    await expect(site.getByRole('checkbox', { name: '始终启用（每次打开该网站都加载）' })).not.toBeChecked();
    // (The switches show what is saved, so they change once the setting is stored: click, then look.)
    await site.getByRole('checkbox', { name: '提交前检查' }).click();
    await expect(options.locator('#sites').getByRole('status')).toHaveText(`已更新 ${host} 的设置。`);
    await expect(site.getByRole('checkbox', { name: '始终启用（每次打开该网站都加载）' })).toBeChecked();
    expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([sitePatternOf('demo-form')]);

    await site.getByRole('combobox', { name: '文种' }).selectOption({ label: '述职报告' });
    await site.getByRole('checkbox', { name: '始终启用（每次打开该网站都加载）' }).click();
    await expect(site.getByRole('checkbox', { name: '提交前检查' })).not.toBeChecked();
    expect(await registeredSites(extension)).toEqual({ 'tianbao-always-on': [], 'tianbao-submit-check': [] });

    await site.getByRole('button', { name: '撤销该网站' }).click();
    await expect(options.locator('#sites').getByRole('status')).toContainText(`已撤销 ${host}`);
    await expect(options.getByRole('listitem', { name: host })).toHaveCount(0);
    await expect(options.getByText('还没有网站设置。')).toBeVisible();
  });

  test('remembers the genre chosen in 提纲 for the site', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(siteUrl('demo-form'));
    await page.locator('#wt').click();
    let panel = await openPanel(extension, page);
    await panel.getByRole('button', { name: '暂不' }).click();
    await panel.getByRole('tab', { name: '提纲' }).click();
    await panel.getByRole('combobox', { name: '文种' }).selectOption({ label: '述职报告' });

    await page.reload();
    await page.locator('#wt').click();
    panel = await openPanel(extension, page);
    await panel.getByRole('tab', { name: '提纲' }).click();
    await expect(panel.getByRole('combobox', { name: '文种' })).toHaveValue('shuzhi');
  });
});
