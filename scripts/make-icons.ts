import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, NO_CHROMIUM } from './browser';

// Draws the toolbar and store icons (public/icon/<size>.png): the character 填 in white on the
// panel's red. Run by hand when the design changes: `npx tsx scripts/make-icons.ts`.

const OUT = join(resolve(fileURLToPath(new URL('..', import.meta.url))), 'public/icon');
const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM);
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${Math.round(size * 0.2)}px;background:#b3261e;
      display:flex;align-items:center;justify-content:center;color:#fff;font-weight:700;
      font-family:'Noto Sans CJK SC','Noto Sans CJK',sans-serif;font-size:${Math.round(size * 0.74)}px;
      line-height:1">填</div></body></html>`);
  await page.screenshot({ path: join(OUT, `${size}.png`), omitBackground: true });
}
await browser.close();
