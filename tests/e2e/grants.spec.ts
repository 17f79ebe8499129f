import { test as base, expect } from '@playwright/test';
import { formScriptLoaded, openPanel, registeredSites, siteUrl } from './fixtures';
import { grantedOrigins, launchWithOldGrants } from './grant-helpers';

// Issue 15: "always on" for http://host:8080 used to grant every port of the host. Such grants stay
// until the writer narrows them from the panel (Chromium): a site never loses its access unasked.

const test = base;

/** The test site under a host the e2e build is not granted by its manifest (other.localhost). */
function other(port?: string): { site: string; exact: string; broad: string; page: string } {
  const { port: served } = new URL(siteUrl('demo-form'));
  const origin = `http://other.localhost:${port ?? served}`;
  return {
    site: origin,
    exact: `${origin}/*`,
    broad: 'http://other.localhost/*',
    page: `${origin}/demo-form.html`,
  };
}

const ALWAYS_ON = { alwaysOn: true, submitCheck: true, offered: true };

test('an old all-port grant that is the site’s only access stays (no unasked switch-off): scripts cover the exact origin only, and the panel offers to narrow it', async () => {
  const { site, exact, broad, page: url } = other();
  const { extension, close } = await launchWithOldGrants({ [site]: ALWAYS_ON }, [broad]);
  try {
    expect(await registeredSites(extension)).toEqual({ 'tianbao-always-on': [exact], 'tianbao-submit-check': [exact] });
    const page = await extension.context.newPage();
    await page.goto(url);
    await expect.poll(() => formScriptLoaded(extension, page)).toBe(true);
    expect(await grantedOrigins(extension)).toContain(broad);

    const panel = await openPanel(extension, page);
    await expect(panel.getByText('填报助手可以访问 other.localhost 的所有端口')).toBeVisible();
    // The click asks the browser for the exact origin (a prompt headless Chromium cannot answer)
    // and removes the old grant meanwhile.
    await panel.getByRole('button', { name: '只授权本网址' }).click();
    await expect.poll(() => grantedOrigins(extension)).not.toContain(broad);
  } finally {
    await close();
  }
});

test('the offer shows also when the exact grant is held beside the old one (removing the old one would take it too), and not for an exact grant alone', async () => {
  const { site, exact, broad, page: url } = other();
  const both = await launchWithOldGrants({ [site]: ALWAYS_ON }, [broad, exact]);
  try {
    const page = await both.extension.context.newPage();
    await page.goto(url);
    const panel = await openPanel(both.extension, page);
    await expect(panel.getByRole('button', { name: '只授权本网址' })).toBeVisible();
  } finally {
    await both.close();
  }
  const alone = await launchWithOldGrants({ [site]: ALWAYS_ON }, [exact, 'http://mail.localhost/*']);
  try {
    const page = await alone.extension.context.newPage();
    await page.goto(url);
    const panel = await openPanel(alone.extension, page);
    await expect(panel.getByRole('tab', { name: '素材' })).toBeVisible();
    await expect(panel.getByRole('button', { name: '只授权本网址' })).toHaveCount(0);
    expect(await grantedOrigins(alone.extension)).toEqual(expect.arrayContaining([exact, 'http://mail.localhost/*']));
  } finally {
    await alone.close();
  }
});

test('revoking a site in the options page removes the old all-port grant made for it', async () => {
  const { site, broad } = other();
  const { extension, close } = await launchWithOldGrants({ [site]: ALWAYS_ON }, [broad]);
  try {
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.id}/options.html#sites`);
    const host = new URL(site).host;
    await options.getByRole('listitem', { name: host }).getByRole('button', { name: '撤销该网站' }).click();
    await expect(options.locator('#sites').getByRole('status')).toContainText(`已撤销 ${host}`);
    await expect.poll(() => grantedOrigins(extension)).not.toContain(broad);
    expect(await registeredSites(extension)).toEqual({ 'tianbao-always-on': [], 'tianbao-submit-check': [] });
  } finally {
    await close();
  }
});
