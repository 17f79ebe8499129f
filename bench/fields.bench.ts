import type { Frame, Page, Worker } from 'playwright-core';
import type { PageName } from '../scripts/site';
import { type Metric, median, round } from './metrics';
import { openPanelFrame, stampClicks, type WorkerChrome, withSession } from './session';

/**
 * The field layer timed in Chromium: the scan of a 2,000-field form (beside one querySelectorAll
 * of the same candidates), the content script's own cost per keystroke, and insertion per editor.
 */
export default async function run(): Promise<Metric[]> {
  return withSession(async ({ context, worker, site }) => {
    const page = await context.newPage();
    await page.goto(site.url('fields-2000'));
    await page.waitForFunction(() => (window as unknown as { formReady?: boolean }).formReady === true);
    const panel = await openPanelFrame(page, worker);
    // The panel's own first scan injects the form reader, as in use.
    await panel.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'form:scan', token: location.hash.slice(1) }),
    );
    const scan = await scanTimes(worker, page.url());

    const form = await context.newPage();
    await form.goto(site.url('demo-form'));
    const keystroke = await keystrokeCost(form, worker);

    const metrics: Metric[] = [
      {
        metric: 'form_scan_2000_ms',
        value: round(median(scan.scan)),
        unit: 'ms',
        note: `scan of ${scan.fields} fields (labels, limits, text), median of ${scan.scan.length}`,
      },
      {
        metric: 'form_scan_2000_qsa_ms',
        value: round(median(scan.qsa), 3),
        unit: 'ms',
        note: 'baseline: one querySelectorAll of the same candidates, same page',
      },
      {
        metric: 'keystroke_overhead_ms',
        value: round(keystroke.perKey, 4),
        unit: 'ms',
        note: `content script's own listener time per keystroke, typing ${keystroke.keys} characters (${keystroke.calls} listener calls)`,
      },
    ];
    for (const [name, field] of EDITORS) {
      const editorPage = await context.newPage();
      const samples = await editorInsertTimes(editorPage, worker, site.url(name), field);
      metrics.push({
        metric: `insert_${field.metric ?? name.replace(/-/g, '_')}_ms`,
        value: round(median(samples)),
        unit: 'ms',
        note: `click on a snippet to its text in the editor's DOM, median of ${samples.length}`,
      });
      await editorPage.close();
    }
    return metrics;
  });
}

/**
 * Each editor's test page and where its text lives (`frame`: the editing frame, by selector);
 * `metric` names the figure when the page's name would not (insert_<metric>_ms).
 */
const EDITORS: [PageName, { selector: string; inFrame?: boolean; frame?: string; metric?: string }][] = [
  ['tinymce', { selector: 'body', inFrame: true }],
  ['kindeditor', { selector: 'body', frame: 'iframe.ke-edit-iframe' }],
  ['ckeditor4', { selector: 'body', frame: 'iframe.cke_wysiwyg_frame' }],
  ['ueditor', { selector: 'body', frame: 'iframe[id^="ueditor_"]' }],
  ['ueditor-plus', { selector: 'body', frame: 'iframe[id^="ueditor_"]', metric: 'ueditorplus' }],
  ['designmode-frame', { selector: 'body', frame: '#szbg' }],
  ['ckeditor5', { selector: '.ck-editor__editable' }],
  ['quill', { selector: '.ql-editor' }],
  ['wangeditor', { selector: '[data-slate-editor]' }],
  ['vue-element', { selector: 'textarea' }],
];

async function scanTimes(worker: Worker, url: string) {
  return worker.evaluate(async (pageUrl) => {
    type Api = { scan(): unknown[] };
    const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = await api.tabs.query({ url: pageUrl });
    const [first] = await api.scripting.executeScript({
      target: { tabId: tab?.id ?? -1 },
      func: () => {
        const form = (globalThis as unknown as { __tianbaoReader: Api }).__tianbaoReader;
        const scan: number[] = [];
        const qsa: number[] = [];
        let fields = 0;
        for (let i = 0; i < 12; i++) {
          let start = performance.now();
          fields = form.scan().length;
          scan.push(performance.now() - start);
          start = performance.now();
          document.querySelectorAll('textarea, input, [contenteditable]').length;
          qsa.push(performance.now() - start);
        }
        return { scan: scan.slice(2), qsa: qsa.slice(2), fields };
      },
    });
    return first?.result as { scan: number[]; qsa: number[]; fields: number };
  }, url);
}

async function keystrokeCost(page: Page, worker: Worker) {
  await page.locator('#grzj').click();
  await openPanelFrame(page, worker);
  await page.locator('#grzj').click();
  const keys = 2000;
  const cost = () =>
    worker.evaluate(async (pageUrl) => {
      const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
      const [tab] = await api.tabs.query({ url: pageUrl });
      const [first] = await api.scripting.executeScript({
        target: { tabId: tab?.id ?? -1 },
        func: () => ({ ...(globalThis as unknown as { __tianbaoForm: { cost: object } }).__tianbaoForm.cost }),
      });
      return first?.result as { ms: number; calls: number };
    }, page.url());
  const before = await cost();
  await page.keyboard.type('abcdefghij'.repeat(keys / 10));
  const after = await cost();
  return { perKey: (after.ms - before.ms) / keys, calls: after.calls - before.calls, keys };
}

async function editorInsertTimes(
  page: Page,
  worker: Worker,
  url: string,
  field: { selector: string; inFrame?: boolean; frame?: string },
) {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  const framed = field.frame ? await (await page.locator(field.frame).elementHandle())?.contentFrame() : null;
  const target: Frame =
    framed ??
    (field.inFrame ? (page.frames().find((f) => f !== page.mainFrame()) ?? page.mainFrame()) : page.mainFrame());
  await target.locator(field.selector).click();
  const panel = await openPanelFrame(page, worker);
  await stampClicks(panel);
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) {
    await target.evaluate((selector) => {
      const w = window as unknown as { changedAt: number };
      w.changedAt = 0;
      const el = document.querySelector(selector) as HTMLElement;
      // The change that brings the snippet's text, not the first one: an editor may change its DOM
      // when the panel click takes its focus (UEditor), before any insertion.
      const before = el.textContent?.length ?? 0;
      const observer = new MutationObserver(() => {
        if ((el.textContent?.length ?? 0) < before + 5) return;
        w.changedAt = performance.timeOrigin + performance.now();
        observer.disconnect();
      });
      observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: false });
      // A textarea's value is not in its DOM: its input event marks the change.
      el.addEventListener(
        'input',
        () => {
          if (!w.changedAt) w.changedAt = performance.timeOrigin + performance.now();
        },
        { once: true },
      );
    }, field.selector);
    await panel.locator('[data-snippet-id="starter-08"]').click();
    await target.waitForFunction(() => (window as unknown as { changedAt: number }).changedAt > 0);
    const clicked = await panel.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
    const changed = await target.evaluate(() => (window as unknown as { changedAt: number }).changedAt);
    samples.push(changed - clicked);
    await page.waitForTimeout(50);
  }
  return samples;
}
