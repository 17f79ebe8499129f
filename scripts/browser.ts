import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Snippet } from '../lib/db/tianbao';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The production build (`npm run build`) and the test build (`npm run build:e2e`). */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const E2E_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-e2e');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Where Chromium is: $CHROMIUM_PATH, else the usual install paths, else undefined. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** The message to print when no browser is found. */
export const NO_CHROMIUM = [
  'No Chromium or Chrome found.',
  'Install one, e.g. on Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-cjk',
  'or point CHROMIUM_PATH at an existing Chromium/Chrome executable.',
  '未找到 Chromium 或 Chrome：请安装（Debian/Ubuntu：sudo apt-get install -y chromium fonts-noto-cjk），',
  '或用环境变量 CHROMIUM_PATH 指定浏览器可执行文件。',
].join('\n');

/** Command-line switches for a Chromium with `extensionDir` loaded and no traffic of its own. */
export function chromiumArgs(extensionDir: string, { headless }: { headless: boolean }): string[] {
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    '--lang=zh-CN',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/**
 * Launches Chromium (headless) on `profileDir` with the e2e build of the extension and waits for
 * its service worker. Used by the end-to-end tests and `npm run bench`.
 */
export async function launchWithExtension(
  profileDir: string,
  extensionDir = E2E_EXTENSION_DIR,
): Promise<{ context: BrowserContext; worker: Worker }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}: run npm run build:e2e first.`);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    // Extensions need the full browser; --headless=new in the args keeps it windowless.
    headless: false,
    args: chromiumArgs(extensionDir, { headless: true }),
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    // Chromium on Linux takes its UI language (and so the extension's catalogue) from LANGUAGE;
    // Debian needs the chromium-l10n package for anything but English.
    env: { ...process.env, LANGUAGE: 'zh_CN' },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker };
}

/**
 * Does what the toolbar button and Alt+Shift+Y do (headless Chromium has no toolbar): asks the
 * e2e build's service worker to toggle the panel in the tab showing `pageUrl`. Returns whether
 * the panel is now open.
 */
export async function pressToolbarButton(worker: Worker, pageUrl: string): Promise<boolean> {
  return (await pressToolbarButtonAt(worker, pageUrl)).open;
}

/**
 * `pressToolbarButton`, and when the service worker took the command, on the browser's wall clock
 * (timeOrigin + now, as the panel's own stamps are): for timings that start inside the browser.
 */
export function pressToolbarButtonAt(worker: Worker, pageUrl: string): Promise<{ open: boolean; at: number }> {
  return worker.evaluate(async (url) => {
    const at = performance.timeOrigin + performance.now();
    type Chrome = { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };
    const tabs = await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url });
    const tabId = tabs[0]?.id;
    if (tabId === undefined) throw new Error(`no tab shows ${url}`);
    const toggle = (globalThis as unknown as { tianbaoTogglePanel: (id: number) => Promise<boolean> })
      .tianbaoTogglePanel;
    return { open: await toggle(tabId), at };
  }, pageUrl);
}

/**
 * Writes snippets straight into the extension's IndexedDB from one of its pages, in one
 * transaction: as another profile or an old version might have left them, or 10,000 for the bench.
 */
export function putLibrary(page: Page, rows: readonly Snippet[]): Promise<void> {
  return page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('snippets', 'readwrite');
          for (const r of rows) tx.objectStore('snippets').put(r);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}
