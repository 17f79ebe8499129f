import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page, Worker } from 'playwright-core';
import { E2E_EXTENSION_DIR, launchWithExtension } from '../scripts/browser';
import { buildSite, serveSite } from '../scripts/site';
import { type Metric, median, round } from './metrics';
import { openPanelFrame, stampClicks } from './session';

// The messages an insertion costs, counted, not estimated: the browser's own messaging functions
// are wrapped in the panel (runtime.sendMessage) and in the service worker (tabs.sendMessage,
// scripting.executeScript, storage.session.get) before the click, and read once the panel shows
// the result. Every message sent there is a request with its reply: a round trip. With
// CALLS_BASE_DIR set to another e2e build (main's), the same run measures it too, side by side.

const BASE_DIR = process.env.CALLS_BASE_DIR;
const BODY = '坚持学习，认真履行岗位职责，按时完成各项任务，工作中注重方法，成效明显。';
const REPORT = [
  '2026年度个人总结',
  '一年来，在局党组的领导下，我认真履行岗位职责，较好完成了各项工作任务，现从德、能、勤、绩、廉五个方面总结如下。',
  '一、思想政治方面',
  BODY,
  '二、工作态度方面',
  BODY,
  '三、工作实绩方面',
  BODY,
  '四、廉洁自律方面',
  BODY,
].join('\n');

type Counts = { panel: number; frame: number; script: number; session: number };

/** insert_roundtrips, insert_ms and the heading's round trips, for this build and (if given) the base. */
export default async function run(): Promise<Metric[]> {
  const builds: [string, string][] = [['', E2E_EXTENSION_DIR]];
  if (BASE_DIR && existsSync(join(BASE_DIR, 'manifest.json'))) builds.push(['_base', BASE_DIR]);
  const metrics: Metric[] = [];
  for (const [suffix, dir] of builds) metrics.push(...(await measure(dir, suffix)));
  return metrics;
}

async function measure(dir: string, suffix: string): Promise<Metric[]> {
  await buildSite();
  const site = await serveSite();
  const profile = mkdtempSync(join(tmpdir(), 'tianbao-bench-calls-'));
  const { context, worker } = await launchWithExtension(profile, dir);
  await worker.evaluate('globalThis.__name ??= (fn) => fn');
  const label = suffix ? ` (${dir})` : '';
  const trips = (metric: string, what: string, counts: Counts): Metric => ({
    metric: `${metric}${suffix}`,
    value: tripsOf(counts),
    unit: 'trips',
    note: `${what}: ${countsNote(counts)}${label}`,
  });
  try {
    await countWorkerCalls(worker);
    const open = async (name: Parameters<typeof site.url>[0]) => {
      const page = await context.newPage();
      await page.goto(site.url(name));
      return page;
    };
    // A textarea of the top frame.
    const page = await open('demo-form');
    const panel = await openPanelFrame(page, worker);
    await countPanelCalls(panel);
    const snippet = await snippetInsertions(page, worker, panel);
    const heading = await headingInsertion(page, worker, panel);
    const fix = await fixInsertion(page, worker, panel);
    await page.close();
    // A field in a frame of another site (localhost inside 127.0.0.1) that runs our script.
    const framed = await open('cross-origin-form');
    const inner = framed.frameLocator('#content').locator('#wt');
    await inner.click();
    const framedPanel = await openPanelFrame(framed, worker);
    await countPanelCalls(framedPanel);
    const inFrame = await clicks(worker, framedPanel, 5, async () => {
      await inner.fill('');
      await inner.click();
    });
    await framed.close();
    // An editor filled through its own API in the page's world (CKEditor 4).
    const ck = await open('ckeditor4');
    await ck.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
    const ckBody = ck.frameLocator('iframe.cke_wysiwyg_frame').locator('body');
    await ckBody.click();
    const ckPanel = await openPanelFrame(ck, worker);
    await countPanelCalls(ckPanel);
    const inEditor = await clicks(worker, ckPanel, 5, () => ckBody.click());
    await ck.close();
    return [
      trips('insert_roundtrips', 'snippet click into a textarea', snippet.counts),
      {
        metric: `insert_done_ms${suffix}`,
        value: round(median(snippet.done)),
        unit: 'ms',
        note: `click on a snippet to the insertion's answer in the panel (it shows 已插入 from it), median of ${snippet.done.length}${label}`,
      },
      {
        metric: `insert_input_ms${suffix}`,
        value: round(median(snippet.input)),
        unit: 'ms',
        note: `click on a snippet to the field's input event (as insert_ms), median of ${snippet.input.length}${label}`,
      },
      trips('insert_roundtrips_frame_first', 'first snippet click into a cross-origin frame', inFrame.first),
      trips('insert_roundtrips_frame', 'later snippet clicks into a cross-origin frame', inFrame.counts),
      {
        metric: `insert_done_ms_frame${suffix}`,
        value: round(median(inFrame.done)),
        unit: 'ms',
        note: `into the cross-origin frame: click to the answer, median of ${inFrame.done.length}${label}`,
      },
      trips('insert_roundtrips_editor', 'snippet click into CKEditor 4 (its API in the page world)', inEditor.counts),
      trips('heading_roundtrips', '插入标题 with 3 headings after it renumbered', heading),
      trips('fix_roundtrips', '修正 of one finding', fix),
    ];
  } finally {
    await context.close();
    await site.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const countsNote = (c: Counts) =>
  `panel→worker ${c.panel}, worker→frame messages ${c.frame}, executeScript ${c.script}; storage.session reads ${c.session}`;

/** Wraps the messaging functions of the worker with counters (reset by `resetCounts`). */
async function countWorkerCalls(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const api = (globalThis as unknown as { chrome: Record<string, Record<string, unknown>> }).chrome;
    const counts: Record<string, number[]> = { frame: [], script: [], session: [] };
    Object.assign(globalThis, { __callCounts: counts });
    const wrap = (owner: Record<string, unknown>, name: string, key: string) => {
      const original = owner[name] as (...args: unknown[]) => unknown;
      owner[name] = (...args: unknown[]) => {
        counts[key]?.push(performance.timeOrigin + performance.now());
        return original.apply(owner, args);
      };
    };
    wrap(api.tabs as Record<string, unknown>, 'sendMessage', 'frame');
    wrap(api.scripting as Record<string, unknown>, 'executeScript', 'script');
    wrap((api.storage as unknown as { session: Record<string, unknown> }).session, 'get', 'session');
  });
}

/** Wraps the panel's runtime.sendMessage with a counter, and stamps its clicks and answers. */
async function countPanelCalls(panel: Frame): Promise<void> {
  await stampClicks(panel);
  await panel.evaluate(() => {
    const runtime = (globalThis as unknown as { chrome: { runtime: Record<string, unknown> } }).chrome.runtime;
    const counts: Record<string, number[]> = { panel: [] };
    Object.assign(globalThis, { __callCounts: counts, __answeredAt: 0 });
    const original = runtime.sendMessage as (...args: unknown[]) => Promise<unknown>;
    runtime.sendMessage = (...args: unknown[]) => {
      counts.panel?.push(performance.timeOrigin + performance.now());
      const type = (args[0] as { type?: string } | undefined)?.type;
      const insertion = type === 'field:insert' || type === 'field:edit';
      return original.apply(runtime, args).then((reply) => {
        // When the panel has the insertion's answer (it shows 已插入 from it).
        if (insertion) Object.assign(globalThis, { __answeredAt: performance.timeOrigin + performance.now() });
        return reply;
      });
    };
  });
}

async function resetCounts(worker: Worker, panel: Frame): Promise<void> {
  const reset = () => {
    const counts = (globalThis as unknown as { __callCounts: Record<string, number[]> }).__callCounts;
    for (const key of Object.keys(counts)) counts[key] = [];
  };
  await worker.evaluate(reset);
  await panel.evaluate(reset);
}

/**
 * The calls made up to the moment the panel had the answer of the insertion or edit (the panel
 * reads the field and the form again after an edit: those calls are not the edit's).
 */
async function readCounts(worker: Worker, panel: Frame): Promise<Counts> {
  const until = await panel.evaluate(() => (window as unknown as { __answeredAt: number }).__answeredAt);
  const read = (end: number) =>
    Object.fromEntries(
      Object.entries((globalThis as unknown as { __callCounts: Record<string, number[]> }).__callCounts).map(
        ([key, times]) => [key, times.filter((t) => t <= end).length],
      ),
    );
  const inWorker = (await worker.evaluate(read, until)) as Omit<Counts, 'panel'>;
  const inPanel = (await panel.evaluate(read, until)) as Pick<Counts, 'panel'>;
  return { ...inWorker, ...inPanel };
}

const tripsOf = (c: Counts) => c.panel + c.frame + c.script;

/** Clicks a snippet `n` times, `before` each; the round trips of the first and last, and each time to the answer. */
async function clicks(worker: Worker, panel: Frame, n: number, before: () => Promise<void>) {
  const done: number[] = [];
  let first: Counts | undefined;
  let counts: Counts = { panel: 0, frame: 0, script: 0, session: 0 };
  for (let i = 0; i < n; i++) {
    await before();
    await resetCounts(worker, panel);
    // (A click without pointer movement: moving into the panel makes it read the field again.)
    await panel.locator('[data-snippet-id="starter-01"]').evaluate((el) => (el as HTMLElement).click());
    await panel.waitForFunction(() => {
      const g = window as unknown as { __answeredAt: number; clickedAt: number };
      return g.__answeredAt > g.clickedAt;
    });
    done.push(
      await panel.evaluate(() => {
        const g = window as unknown as { __answeredAt: number; clickedAt: number };
        return g.__answeredAt - g.clickedAt;
      }),
    );
    await panel.waitForTimeout(200);
    counts = await readCounts(worker, panel);
    first ??= counts;
  }
  return { first: first ?? counts, counts, done };
}

/**
 * Clicks a snippet 12 times into the demo form's textarea (clicked first by the writer): the round
 * trips of the last click, and each click's time to the field's input event and to the answer.
 */
async function snippetInsertions(page: Page, worker: Worker, panel: Frame) {
  await page.evaluate(() => {
    (document.querySelector('#grzj') as HTMLTextAreaElement).addEventListener('input', () => {
      (window as unknown as { insertedAt: number }).insertedAt = performance.timeOrigin + performance.now();
    });
  });
  const input: number[] = [];
  const clicked = async () => {
    const at = await panel.evaluate(() => (window as unknown as { clickedAt?: number }).clickedAt);
    const inserted = await page.evaluate(() => (window as unknown as { insertedAt?: number }).insertedAt);
    if (at !== undefined && inserted !== undefined && inserted > at) input.push(inserted - at);
  };
  const result = await clicks(worker, panel, 12, async () => {
    await clicked();
    await page.evaluate(() => {
      (document.querySelector('#grzj') as HTMLTextAreaElement).value = '';
    });
    await page.locator('#grzj').click();
  });
  await clicked();
  return { ...result, input };
}

/** 插入标题 for a missing section with three numbered headings after it, in the textarea. */
async function headingInsertion(page: Page, worker: Worker, panel: Frame) {
  await page.locator('#grzj').fill(REPORT);
  await page.locator('#grzj').click();
  await panel.locator('[role="tab"]', { hasText: '提纲' }).evaluate((el) => (el as HTMLElement).click());
  const row = panel.locator('[data-section="neng"]');
  await row.getByText('缺少').waitFor();
  await page.waitForTimeout(500);
  await resetCounts(worker, panel);
  await row.locator('button.add-heading').evaluate((el) => (el as HTMLElement).click());
  await page.waitForFunction(() => /五、廉洁/.test((document.querySelector('#grzj') as HTMLTextAreaElement).value));
  await page.waitForTimeout(500);
  return readCounts(worker, panel);
}

/** 修正 of a half-width comma between Chinese words, from 检查. */
async function fixInsertion(page: Page, worker: Worker, panel: Frame) {
  await page.locator('#grzj').fill(REPORT.replace('坚持学习，', '坚持学习,'));
  await page.locator('#grzj').click();
  await panel.locator('[role="tab"]', { hasText: '检查' }).evaluate((el) => (el as HTMLElement).click());
  const fixButton = panel.locator('.finding button.fix').first();
  await fixButton.waitFor();
  await page.waitForTimeout(500);
  await resetCounts(worker, panel);
  await fixButton.evaluate((el) => (el as HTMLElement).click());
  await panel.waitForFunction(() => {
    const g = window as unknown as { __answeredAt: number; clickedAt: number };
    return g.__answeredAt > g.clickedAt;
  });
  await page.waitForTimeout(500);
  return readCounts(worker, panel);
}
