import { expect, formScriptLoaded, openPanel, registeredSites, setSite, siteUrl, test } from './fixtures';

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
    expect((await registeredSites(extension))['tianbao-always-on']).toEqual(['http://127.0.0.1/*']);
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
    expect((await registeredSites(extension))['tianbao-always-on']).toEqual(['http://127.0.0.1/*']);
    await extension.restart();
    const page = await extension.context.newPage();
    await page.goto(url);
    await expect.poll(() => formScriptLoaded(extension, page)).toBe(true);
  });
});
