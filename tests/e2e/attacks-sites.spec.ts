import { expect, formScriptLoaded, registeredSites, setSite, sitePatternOf, siteUrl, test } from './fixtures';

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
