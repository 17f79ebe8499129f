import type { Page } from 'playwright-core';
import type { Snippet } from '../lib/snippets/db';
import { type Metric, median, round } from './metrics';
import { withSession } from './session';
import { generateSnippets } from './snippet-corpus';

const COUNT = 10_000;
const RUNS = 5;

/**
 * `library_open_ms`: the options page (the library manager) with 10,000 snippets of 100–500
 * characters, from navigation start to the loaded list drawn and interactive, in Chromium.
 * The page itself stamps that moment (`performance.mark('tianbao-library-ready')`, one frame
 * after React committed the list), so Playwright's own latency is not counted.
 */
export default async function run(): Promise<Metric[]> {
  return withSession(async ({ context, worker }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await readyAt(page); // the database exists and has its starter pack
    await seed(page, generateSnippets(COUNT));
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.reload();
      samples.push(await readyAt(page));
    }
    const rows = await page.locator('.library-row').count();
    const heading = (await page.locator('#list-heading').textContent()) ?? '';
    if (!heading.includes(String(COUNT + 8))) throw new Error(`the manager did not list ${COUNT} snippets: ${heading}`);
    return [
      {
        metric: 'library_open_ms',
        value: round(median(samples)),
        unit: 'ms',
        note: `options page with ${COUNT} snippets, navigation start to list interactive, median of ${RUNS}; ${rows} rows in the DOM`,
      },
    ];
  });
}

/** Milliseconds from navigation start to the manager's ready mark. */
async function readyAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('tianbao-library-ready')[0]?.startTime,
    undefined,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Puts `rows` into the extension's database with the raw IndexedDB API, in one transaction. */
function seed(page: Page, rows: Snippet[]): Promise<void> {
  return page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('snippets', 'readwrite');
          const store = tx.objectStore('snippets');
          for (const row of rows) store.put(row);
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
