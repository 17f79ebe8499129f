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

// Issue 15, item 5: a site's always-on grant is for its exact origin, port included.

test('always on for 127.0.0.1 on the test port does not reach another port of the same host', async ({ extension }) => {
  const url = new URL(siteUrl('demo-form'));
  await setSite(extension, url.origin, { alwaysOn: true });
  expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);

  const page = await extension.context.newPage();
  await page.goto(url.href);
  await expect.poll(() => formScriptLoaded(extension, page)).toBe(true);

  // Another service of the same host, on another port (answered here, as that service would).
  const other = new URL(url.href);
  other.port = String(Number(url.port) === 65535 ? 1024 : Number(url.port) + 1);
  const elsewhere = await extension.context.newPage();
  await elsewhere.route(`${other.origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><textarea id="t"></textarea>' }),
  );
  await elsewhere.goto(`${other.origin}/admin.html`);
  await elsewhere.waitForTimeout(500);
  expect(await formScriptLoaded(extension, elsewhere)).toBe(false);
});

test('a page popover over the docked panel: the panel takes no click while covered, and says so', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('attack-popover'));
  await page.locator('#report').click();
  await page.keyboard.type('甲');
  const panel = await openPanel(extension, page);
  await page.locator('#open').click();
  // The writer sees the popover before pressing anything; the panel learns it is covered from the
  // browser's visibility tracking (IntersectionObserver v2, re-checked every 100 ms at best).
  await page.waitForTimeout(500);
  await page.locator('#report').click();
  // The popover lets clicks through: this press reaches the covered panel's snippet.
  await panel.getByRole('button', { name: '结尾·请予评议' }).click({ force: true });
  await page.waitForTimeout(500);
  await expect(page.locator('#report')).toHaveValue('甲');
  await expect(panel.getByRole('alert')).toContainText('页面上的内容盖住了填报助手');

  // Uncovered, the panel works again.
  await page.evaluate(() => (document.getElementById('cover') as HTMLElement).hidePopover());
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await panel.getByRole('button', { name: '结尾·请予评议' }).click();
  await expect(page.locator('#report')).toHaveValue('甲以上述职，请予评议。');
});
