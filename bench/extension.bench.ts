import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, pressToolbarButton } from '../scripts/browser';
import { type Metric, median, round } from './metrics';
import { openPanelFrame, stampClicks, timedPanelOpen, withSession } from './session';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const kb = (bytes: number) => round(bytes / 1024, 1);

/** Sizes of the production build, and panel opening and insertion timed in Chromium. */
export default async function run(): Promise<Metric[]> {
  return [...sizes(), ...(await timings())];
}

function sizes(): Metric[] {
  // What a page gets when the panel is first opened on it: the page script and the form part's starter.
  const contentScript = Buffer.concat(['page.js', 'form.js'].map((name) => readFileSync(join(EXTENSION_DIR, name))));
  const panelFiles = panelAssets();
  const panelBytes = panelFiles.reduce((sum, file) => sum + statSync(file).size, 0);
  const panelGzip = panelFiles.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  const lazyBytes = lazyChunks(panelFiles).reduce((sum, file) => sum + statSync(file).size, 0);
  execFileSync('npx', ['wxt', 'zip'], { cwd: ROOT, stdio: 'ignore' });
  const zip = readdirSync(join(ROOT, '.output')).find((name) => name.endsWith('-chrome.zip'));
  if (!zip) throw new Error('wxt zip wrote no zip');
  return [
    {
      metric: 'content_script_kb',
      value: kb(contentScript.length),
      unit: 'KiB',
      note: `page.js + form.js, minified; ${kb(gzipSync(contentScript).length)} KiB gzipped`,
    },
    {
      metric: 'panel_bundle_kb',
      value: kb(panelBytes),
      unit: 'KiB',
      note: `JS+CSS panel.html loads and preloads (the first read of the list needs no more; docs/panel.md); ${kb(panelGzip)} KiB gzipped; loaded after the list is drawn (the library's database code once it is painted; the other tabs, DOMPurify and pinyin-pro in idle time or on demand): ${kb(lazyBytes)} KiB`,
    },
    pageScripts(),
    { metric: 'extension_zip_kb', value: kb(statSync(join(ROOT, '.output', zip)).size), unit: 'KiB', note: zip },
  ];
}

// Every script we put in a page (entrypoints/page/ and its starters; entrypoints/background/inject.ts).
// On a site where the writer switched the check before 提交 on: page.js and submit-guard.js at
// document_start, form.js at document_idle (page.js is listed there too and starts nothing the
// second time), form-reader.js when the panel first reads the form or a draft is offered. Elsewhere
// page.js and form.js when the panel is opened, form-reader.js as above. With the check on, the
// page's send starts are also marked in the page's own world, for the guard (page-sends.js).
const PAGE_SCRIPTS = ['page.js', 'form.js', 'form-reader.js', 'submit-guard.js', 'page-sends.js'];

/** page_script_kb: the sum of the page scripts, raw (gzipped in the note), each listed. */
function pageScripts(): Metric {
  const each = PAGE_SCRIPTS.map((name) => {
    const bytes = readFileSync(join(EXTENSION_DIR, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  const sum = (key: 'raw' | 'gzip') => each.reduce((n, s) => n + s[key], 0);
  return {
    metric: 'page_script_kb',
    value: kb(sum('raw')),
    unit: 'KiB',
    note: `${kb(sum('gzip'))} KiB gzipped; ${each.map((s) => `${s.name} ${kb(s.raw)} (${kb(s.gzip)} gz)`).join(', ')}; page.js first in every frame we enter, the others start its parts: submit-guard.js at document_start where the check before 提交 is on, form.js at document_idle on sites always on or when the panel opens, form-reader.js when the panel first reads the form or a draft is offered`,
  };
}

/** The files panel.html loads: its script, module preloads and stylesheets. */
function panelAssets(): string[] {
  const html = readFileSync(join(EXTENSION_DIR, 'panel.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return refs.map((ref) => join(EXTENSION_DIR, ref));
}

/**
 * The chunks `files` import dynamically (import(`./x.js`)), and every chunk those import in turn,
 * that are not among `files`: what is loaded after the page's first paint.
 */
function lazyChunks(files: string[]): string[] {
  const first = new Set(files);
  const found = new Set<string>();
  const queue = files.filter((file) => file.endsWith('.js'));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const code = readFileSync(file, 'utf8');
    const dynamic = [...code.matchAll(/import\([`'"]\.\/([^`'"]+\.js)[`'"]\)/g)];
    // Static imports of a chunk loaded later are loaded with it.
    const staticOfLazy = found.has(file) ? [...code.matchAll(/(?:from|import)\s*[`'"]\.\/([^`'"]+\.js)[`'"]/g)] : [];
    for (const m of [...dynamic, ...staticOfLazy]) {
      const chunk = join(file, '..', m[1] ?? '');
      if (first.has(chunk) || found.has(chunk)) continue;
      found.add(chunk);
      queue.push(chunk);
    }
  }
  return [...found];
}

async function timings(): Promise<Metric[]> {
  return withSession(async ({ context, worker, site }) => {
    const page = await context.newPage();
    await page.goto(site.url('demo-form'));
    const open = await panelOpenTimes(page, worker);
    const insert = await insertTimes(page, worker);
    const direct = await directInsertTimes(page);
    return [
      {
        metric: 'panel_open_ms',
        value: round(median(open.inBrowser.slice())),
        unit: 'ms',
        note: `the service worker taking the toolbar command to the snippet list in the panel's DOM, both stamped in the browser, median of ${open.inBrowser.length}; first (injects the page script) ${round(open.inBrowser[0] ?? 0)} ms. As Playwright sees it (from its call to the worker to its hearing of the list from the panel): median ${round(median(open.harness.slice()))}, first ${round(open.harness[0] ?? 0)}`,
      },
      {
        metric: 'insert_ms',
        value: round(median(insert.slice())),
        unit: 'ms',
        note: `click on a snippet to the field's input event, median of ${insert.length}`,
      },
      {
        metric: 'insert_direct_ms',
        value: round(median(direct.slice())),
        unit: 'ms',
        note: "baseline: the page's own execCommand('insertText') of the same text, same field",
      },
    ];
  });
}

/**
 * Opens the panel 10 times (closing it in between), each timed from the service worker taking the
 * command to the list in the panel's DOM, stamped inside the browser, and as Playwright sees it.
 */
async function panelOpenTimes(page: Page, worker: Worker): Promise<{ inBrowser: number[]; harness: number[] }> {
  const inBrowser: number[] = [];
  const harness: number[] = [];
  for (let i = 0; i < 10; i++) {
    const open = await timedPanelOpen(page, worker);
    inBrowser.push(open.inBrowser);
    harness.push(open.harness);
    await pressToolbarButton(worker, page.url());
  }
  return { inBrowser, harness };
}

/**
 * Clicks a snippet 20 times. Both ends are stamped inside the browser on the shared wall clock
 * (timeOrigin + event time): the click event in the panel and the input event in the page.
 */
async function insertTimes(page: Page, worker: Worker): Promise<number[]> {
  const frame = await openPanelFrame(page, worker);
  await page.evaluate(() => {
    const field = document.querySelector('#grzj') as HTMLTextAreaElement;
    field.addEventListener('input', () => {
      (window as unknown as { insertedAt: number }).insertedAt = performance.timeOrigin + performance.now();
    });
  });
  await stampClicks(frame);
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) {
    await page.evaluate(() => {
      (document.querySelector('#grzj') as HTMLTextAreaElement).value = '';
    });
    // The writer's click: a script's focus does not choose the field (lib/fields/focus-rule.ts).
    await page.locator('#grzj').click();
    await frame.locator('[data-snippet-id="starter-01"]').click();
    await page.waitForFunction(() => (document.querySelector('#grzj') as HTMLTextAreaElement).value.length > 0);
    const clicked = await frame.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
    const inserted = await page.evaluate(() => (window as unknown as { insertedAt: number }).insertedAt);
    samples.push(inserted - clicked);
  }
  return samples;
}

/** The same insertion done by the page itself, with no panel or messaging: the floor. */
async function directInsertTimes(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const field = document.querySelector('#grzj') as HTMLTextAreaElement;
    const text =
      '一年来，在上级党委的坚强领导下，我认真履行岗位职责，团结带领班子成员，围绕年初确定的目标任务扎实开展工作。';
    const out: number[] = [];
    for (let i = 0; i < 20; i++) {
      field.value = '';
      field.focus();
      const start = performance.now();
      document.execCommand('insertText', false, text);
      out.push(performance.now() - start);
    }
    return out;
  });
}
