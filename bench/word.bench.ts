import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { exportDocx } from '../lib/word/export';
import { type Metric, median, round } from './metrics';
import { reportOf } from './panel.bench';
import { openPanelFrame, stampClicks, withSession } from './session';

// Word in and out. `docx_export_20k_ms`: in the panel (Chromium, the e2e build), from the click on
// 导出 Word to the download handed to the browser, for a 20,000-character field; the first click also
// loads the writer. `check_docx_50_files_ms`: `tianbao check` of 50 .docx reports from the shell, one
// process, wall time. Beside each, its baseline: the writer alone in Node; the command's start-up.

const BIN = resolve('bin/tianbao.mjs');

export default async function run(): Promise<Metric[]> {
  const text = reportOf(20_000);
  const engine: number[] = [];
  for (let i = 0; i < 8; i++) {
    const start = performance.now();
    await exportDocx(text);
    engine.push(performance.now() - start);
  }

  const dir = mkdtempSync(join(tmpdir(), 'tianbao-bench-docx-'));
  const files: string[] = [];
  try {
    for (let i = 0; i < 50; i++) {
      const file = join(dir, `report-${String(i + 1).padStart(2, '0')}.docx`);
      writeFileSync(file, await exportDocx(reportOf(3000 + (i % 5) * 1000, i * 11)));
      files.push(file);
    }
    const wall = (args: string[]) => {
      const start = performance.now();
      const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (run.status === 2) throw new Error(run.stderr);
      return performance.now() - start;
    };
    const cli = [0, 1, 2].map(() => wall(['check', ...files, '--json']));
    const startup = [0, 1, 2].map(() => wall(['templates']));

    const panel = await withSession(async ({ context, worker, site }) => {
      const page = await context.newPage();
      await page.goto(site.url('ten-fields'));
      await page.locator('#f1').fill(text);
      await page.locator('#f1').click();
      const frame = await openPanelFrame(page, worker);
      await frame.getByRole('tab', { name: '提纲' }).click();
      await frame.waitForSelector(`.outline[data-length="${text.length}"]`);
      await stampClicks(frame);
      const runs: number[] = [];
      for (let i = 0; i < 8; i++) runs.push(await exportRun(frame));
      return runs;
    });
    const [first = 0, ...warm] = panel;
    return [
      {
        metric: 'docx_export_20k_ms',
        value: round(median(warm)),
        unit: 'ms',
        note: `panel: click on 导出 Word to the download, ${text.length}-char field, median of ${warm.length}; first click (loads the writer) ${round(first)} ms`,
      },
      {
        metric: 'docx_export_engine_ms',
        value: round(median(engine.slice(2))),
        unit: 'ms',
        note: 'baseline: exportDocx of the same text in Node (docx + zip)',
      },
      {
        metric: 'check_docx_50_files_ms',
        value: round(median(cli)),
        unit: 'ms',
        note: `tianbao check of 50 .docx (3,000–7,000 chars each) --json, one process, wall time, median of ${cli.length}`,
      },
      {
        metric: 'cli_startup_ms',
        value: round(median(startup)),
        unit: 'ms',
        note: 'baseline: tianbao templates, the same process start (node + tsx) with no file',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Clicks 导出 Word and returns the time from the click to the outcome shown (the download handed over). */
async function exportRun(panel: Frame): Promise<number> {
  const shown = panel.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          const status = document.querySelector('.word-export .status');
          if (status?.textContent?.includes('.docx')) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
  await panel.getByRole('button', { name: '导出 Word' }).click();
  const end = await shown;
  const clickedAt = await panel.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
  return end - clickedAt;
}
