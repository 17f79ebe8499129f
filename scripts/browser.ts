import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
