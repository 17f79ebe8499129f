import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { checkForm } from '../lib/analysis/form-check';
import { outlineOf } from '../lib/analysis/outline';
import { EDIT_PAUSE_MS } from '../lib/fields/caret';
import type { FormScan } from '../lib/messages';
import { BUILTIN_TEMPLATES } from '../lib/structure';
import { type Metric, median, round, timeRuns } from './metrics';
import { openPanelFrame, stampClicks, withSession } from './session';

// Report text the team wrote (tests/fixtures/structure), cut into lines, to fill fields with.
const FIXTURES = resolve('tests/fixtures/structure');
const LINES = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(join(FIXTURES, name), 'utf8').split('\n'))
  .filter((line) => line.trim());

/** About `chars` characters of report text: a title, then lines of the fixtures in turn. */
export function reportOf(chars: number, offset = 0): string {
  const out = ['2026年度述职报告'];
  let length = 0;
  for (let i = offset; length < chars; i++) {
    const line = LINES[i % LINES.length] ?? '';
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n').slice(0, chars);
}

/**
 * The panel on a real form: `outline_refresh_ms`, from the end of the typing pause to the outline
 * redrawn, on a 5,000-character field; `check_form_ms`, from the click on 重新检查 to the results
 * shown, on a form of 10 fields with 20,000 characters. Beside each, the engine's own time for the
 * same work in Node (the part no messaging or drawing can remove).
 */
export default async function run(): Promise<Metric[]> {
  const report = reportOf(5000);
  const fields = Array.from({ length: 10 }, (_, i) => reportOf(2000, i * 7));
  const outlineEngine = median(timeRuns(() => outlineOf('述职报告', report, BUILTIN_TEMPLATES), 15));
  const scan: FormScan = {
    frames: [
      {
        frameId: 0,
        fields: fields.map((text, i) => ({
          id: `f${i}`,
          kind: 'textarea',
          editor: 'text',
          label: ['个人总结', '主要工作及成效', '存在的问题和不足', '下一步工作打算', '思想政治表现'][i % 5] ?? '',
          text,
          required: false,
          visible: true,
        })),
      },
    ],
  };
  const checkEngine = median(timeRuns(() => checkForm(scan), 10));

  return withSession(async ({ context, worker, site }) => {
    const page = await context.newPage();
    await page.goto(site.url('ten-fields'));
    const field = page.locator('#f1');
    await field.fill(report);
    await field.click();
    const panel = await openPanelFrame(page, worker);
    await panel.getByRole('tab', { name: '提纲' }).click();
    await panel.waitForSelector(`.outline[data-length="${report.length}"]`);
    const refresh: number[] = [];
    for (let i = 0; i < 12; i++) refresh.push(await outlineRefresh(page, panel));

    const form = await context.newPage();
    // (Another address than the first tab's: the toolbar button is pressed on the tab found by it.)
    await form.goto(`${site.url('ten-fields')}?check`);
    for (let i = 0; i < fields.length; i++) await form.locator(`#f${i + 1}`).fill(fields[i] ?? '');
    await form.locator('#f1').click();
    const checkPanel = await openPanelFrame(form, worker);
    await checkPanel.getByRole('tab', { name: '检查' }).click();
    await checkPanel.waitForSelector('.check[data-checked]');
    await stampClicks(checkPanel);
    const check: number[] = [];
    for (let i = 0; i < 10; i++) check.push(await checkRun(checkPanel));

    return [
      {
        metric: 'outline_refresh_ms',
        value: round(median(refresh.slice(2))),
        unit: 'ms',
        note: `end of the ${EDIT_PAUSE_MS} ms typing pause to the outline redrawn, 5,000-char field, median of ${refresh.length - 2}`,
      },
      {
        metric: 'outline_engine_ms',
        value: round(outlineEngine),
        unit: 'ms',
        note: 'baseline: outlineOf on the same text in Node (parse, genre, sections)',
      },
      {
        metric: 'check_form_ms',
        value: round(median(check.slice(2))),
        unit: 'ms',
        note: `click on 重新检查 to the results shown, 10 fields / ${fields.join('').length} chars, median of ${check.length - 2}`,
      },
      {
        metric: 'check_form_engine_ms',
        value: round(checkEngine),
        unit: 'ms',
        note: 'baseline: checkForm on the same fields in Node',
      },
    ];
  });
}

/**
 * Types one character at the end of the field and returns the time from the end of the pause
 * (last keystroke + the pause) to the outline redrawn with the new length.
 */
async function outlineRefresh(page: Page, panel: Frame): Promise<number> {
  const length = Number(await panel.getAttribute('.outline', 'data-length'));
  const redrawn = panel.evaluate(
    (want) =>
      new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector(`.outline[data-length="${want}"]`)) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          }
        });
        observer.observe(document.body, { subtree: true, attributes: true, childList: true });
      }),
    length + 1,
  );
  const input = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        document.addEventListener('input', (event) => resolve(performance.timeOrigin + event.timeStamp), {
          once: true,
          capture: true,
        });
      }),
  );
  await page.locator('#f1').press('End');
  await page.keyboard.type('。');
  const typedAt = await input;
  return (await redrawn) - typedAt - EDIT_PAUSE_MS;
}

/** Clicks 重新检查 and returns the time from the click to the results drawn again. */
async function checkRun(panel: Frame): Promise<number> {
  const shown = panel.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let gone = false;
        const observer = new MutationObserver(() => {
          const results = document.querySelector('.check[data-checked]');
          if (!results) gone = true;
          else if (gone) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          }
        });
        observer.observe(document.body, { subtree: true, childList: true });
      }),
  );
  await panel.getByRole('button', { name: '重新检查' }).click();
  const end = await shown;
  const clickedAt = await panel.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
  return end - clickedAt;
}
