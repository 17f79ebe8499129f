import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { launchWithExtension, pressToolbarButton } from './browser';
import { buildSite, serveSite } from './site';

// `npm run screenshots`: after the extension's test build (the npm script runs it first: headless
// Chromium has no toolbar button, and that build lets the script press it), opens the bundled demo
// form, fills it with the demo text (its 填入示例内容 button), and writes a PNG of each panel tab and
// of the options page, light and dark, to docs/images/. The README shows them.

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'docs/images');
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

await buildSite();
const site = await serveSite(0);
const profile = mkdtempSync(join(tmpdir(), 'tianbao-shots-'));
const { context, worker } = await launchWithExtension(profile);
const extensionId = new URL(worker.url()).host;
mkdirSync(OUT, { recursive: true });
const written: string[] = [];

try {
  const page = await context.newPage();
  await page.goto(site.url('demo-form'));
  await page.locator('#sample').click();
  // The caret in 个人总结, after its opening paragraph: 素材 then offers that section's snippets.
  await page.locator('#grzj').click();
  await page.locator('#grzj').evaluate((el: HTMLTextAreaElement) => {
    el.setSelectionRange(0, 0);
    el.scrollTop = 0;
  });
  if (!(await pressToolbarButton(worker, page.url()))) throw new Error('the panel did not open');
  const panel = await panelFrame(page, extensionId);
  // The one-time offer to keep the helper on for this site: declined, so the tabs show alone.
  const decline = panel.getByRole('button', { name: '暂不' });
  if (await decline.isVisible()) await decline.click();

  for (const scheme of SCHEMES) {
    await setScheme(context, page, panel, scheme);
    await panel.getByRole('tab', { name: '提纲' }).click();
    await panel.locator('.outline-rows').waitFor();
    await shoot(page, `outline-${scheme}`);

    await panel.getByRole('tab', { name: '素材' }).click();
    await panel.getByRole('searchbox', { name: '搜索素材' }).fill('czwt');
    await panel.locator('.snippets mark').first().waitFor();
    await shoot(page, `snippets-${scheme}`);

    await panel.getByRole('tab', { name: '检查' }).click();
    await panel.locator('.check[data-checked]').waitFor();
    await shoot(page, `check-${scheme}`);
  }

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('.library-row').first().waitFor();
  for (const scheme of SCHEMES) {
    await options.emulateMedia({ colorScheme: scheme });
    await options.evaluate(() => window.scrollTo(0, 0));
    await shoot(options, `options-${scheme}`);
  }

  // The check before 提交, on the demo site switched to always on with the check: the sample text
  // has errors, so 提交 is held and they are listed.
  const origin = new URL(site.url('demo-form')).origin;
  await worker.evaluate(async (key) => {
    type Api = { storage: { local: { set(v: object): Promise<void> } } };
    await (globalThis as unknown as { chrome: Api }).chrome.storage.local.set({
      [key]: { alwaysOn: true, submitCheck: true, offered: true },
    });
    await (globalThis as unknown as { tianbaoSyncSites(): Promise<void> }).tianbaoSyncSites();
  }, `site:${origin}`);
  const form = await context.newPage();
  await form.emulateMedia({ colorScheme: 'light' });
  await form.goto(site.url('demo-form'));
  await form.locator('#sample').click();
  await form.locator('#xm').fill('张某');
  await form.locator('#dw').fill('某县市场监督管理局');
  await form.getByRole('button', { name: '提交' }).click();
  await form.locator('tianbao-submit-check').waitFor();
  await shoot(form, 'submit-check-light');
} finally {
  await context.close();
  await site.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`已写入 Written:\n${written.map((f) => `  ${f}`).join('\n')}`);

/** The panel's frame in `page`, once its snippet list is drawn. */
async function panelFrame(page: Page, id: string): Promise<Frame> {
  const prefix = `chrome-extension://${id}/panel.html`;
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame) {
      await frame.locator('[data-ready]').waitFor();
      return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('no panel frame');
}

/**
 * Emulates the colour scheme on the page and on the panel's frame: the panel is an out-of-process
 * frame (an extension page), which is checked to follow, else given the emulation through its own
 * DevTools session.
 */
async function setScheme(context: BrowserContext, page: Page, panel: Frame, scheme: Scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  const follows = () => panel.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme);
  if (!(await follows())) {
    const session = await context.newCDPSession(panel);
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
  }
  if (!(await follows())) throw new Error(`the panel does not follow the ${scheme} scheme`);
  // The out-of-process frame repaints a moment after the page: wait for its next frames.
  await panel.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(300);
}

async function shoot(page: Page, name: string) {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  written.push(path.slice(ROOT.length + 1));
}
