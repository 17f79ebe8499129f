import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The Firefox test build (`npm run build:e2e:firefox`). */
export const FIREFOX_E2E_DIR = join(ROOT, '.output/firefox-mv3-e2e');

/** The add-on id of every Firefox build (`browser_specific_settings.gecko.id` in wxt.config.ts). */
export const GECKO_ID = 'tianbao@tianbao.invalid';

/**
 * The extension's internal host in test profiles. Firefox draws a random one per profile; the pref
 * `extensions.webextensions.uuids` fixes it so tests can address moz-extension:// pages.
 */
export const TEST_UUID = '6a5c1f60-7e57-4000-8000-00000000a017';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

/** Where Firefox is: $FIREFOX_PATH, else Debian's firefox-esr, else undefined. */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** The message to print when no Firefox is found. */
export const NO_FIREFOX = [
  'No Firefox found. Install Firefox ESR, e.g. on Debian/Ubuntu:  sudo apt-get install -y firefox-esr',
  'or point FIREFOX_PATH at an existing Firefox executable.',
  '未找到 Firefox：请安装（Debian/Ubuntu：sudo apt-get install -y firefox-esr），或用环境变量 FIREFOX_PATH 指定。',
].join('\n');

/**
 * Launches headless Firefox (WebDriver BiDi) on a fresh profile with the Firefox test build installed as a
 * temporary add-on, and none of Firefox's own traffic (updates, telemetry, remote settings).
 */
export async function launchFirefox(): Promise<Browser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(NO_FIREFOX);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1366, height: 768 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: TEST_UUID }),
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'services.settings.server': 'http://127.0.0.1:9/',
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_E2E_DIR);
  return browser;
}

/**
 * An extension page to act from, as the Chromium tests act from the service worker: panel.html is
 * web-accessible, so a page of the test site can open it (WebDriver BiDi itself may not navigate to
 * moz-extension://); from there the options page is the extension's own.
 */
export async function openExtensionPage(browser: Browser, siteOrigin: string, path = 'options.html'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${siteOrigin}/demo-form.html`);
  await page.evaluate((url) => {
    location.href = url;
  }, `moz-extension://${TEST_UUID}/panel.html`);
  await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete');
  await page.evaluate((url) => {
    location.href = url;
  }, `moz-extension://${TEST_UUID}/${path}`);
  await page.waitForFunction((p) => location.pathname === `/${p}` && document.readyState === 'complete', {}, path);
  return page;
}
