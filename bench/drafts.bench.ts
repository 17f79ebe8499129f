import 'fake-indexeddb/auto';
import { DraftsDB } from '../lib/db/drafts';
import { formatBytes } from '../lib/drafts/history';
import { saveDraft, usedBytes } from '../lib/drafts/store';
import { type Metric, round } from './metrics';
import { type WorkerChrome, withSession } from './session';

const KEYS = 20_000;

/**
 * Drafts: the form script's own time per keystroke while typing 20,000 characters with drafts
 * saving (its listeners and its timed saves, as the e2e build counts them), the saves that reach
 * the database per minute of continuous typing, and the database after an hour of typing into one
 * field (unit level: the store on fake-indexeddb with a simulated clock).
 */
export default async function run(): Promise<Metric[]> {
  const typing = await withSession(async ({ context, worker, site }) => {
    const page = await context.newPage();
    const url = site.url('demo-form');
    await worker.evaluate(async (origin) => {
      const c = globalThis as unknown as {
        chrome: { storage: { local: { set(v: object): Promise<void> } } };
        tianbaoSyncSites(): Promise<void>;
      };
      await c.chrome.storage.local.set({ [`site:${origin}`]: { alwaysOn: true } });
      await c.tianbaoSyncSites();
    }, new URL(url).origin);
    await page.goto(url);
    // #wt has no maxlength: all 20,000 characters go in.
    await page.locator('#wt').click();
    await page.waitForFunction(() => document.readyState === 'complete');
    const sample = () =>
      worker.evaluate(async (pageUrl) => {
        const g = globalThis as unknown as { chrome: WorkerChrome; tianbaoDraftWrites(): number };
        const [tab] = await g.chrome.tabs.query({ url: pageUrl });
        const [first] = await g.chrome.scripting.executeScript({
          target: { tabId: tab?.id ?? -1 },
          func: () => ({ ...(globalThis as unknown as { __tianbaoForm: { cost: object } }).__tianbaoForm.cost }),
        });
        return { cost: first?.result as { ms: number; calls: number }, writes: g.tianbaoDraftWrites() };
      }, page.url());
    await page.locator('#wt').click();
    const before = await sample();
    const start = Date.now();
    await page.keyboard.type('年度考核个人总结认真履职'.repeat(KEYS / 12).padEnd(KEYS, '。'));
    const minutes = (Date.now() - start) / 60_000;
    const after = await sample();
    return {
      perKey: (after.cost.ms - before.cost.ms) / KEYS,
      calls: after.cost.calls - before.cost.calls,
      writesPerMin: (after.writes - before.writes) / minutes,
      minutes,
    };
  });

  const hour = await simulatedHour();
  return [
    {
      metric: 'autosave_keystroke_ms',
      value: round(typing.perKey, 4),
      unit: 'ms',
      note: `form script's own time per keystroke typing ${KEYS} characters with drafts on (${typing.calls} timed calls, saves included)`,
    },
    {
      metric: 'autosave_writes_per_min',
      value: round(typing.writesPerMin, 1),
      unit: 'writes/min',
      note: `database writes while typing continuously for ${round(typing.minutes, 1)} min (one per second at most)`,
    },
    {
      metric: 'drafts_db_after_hour_bytes',
      value: hour.bytes,
      unit: 'bytes',
      note: `${formatBytes(hour.bytes)} in ${hour.versions} versions after an hour of typing into one field, saved each second (simulated clock, fake-indexeddb, ${hour.chars} characters)`,
    },
  ];
}

// An hour of writing into one field, saved every second as the form script would: a character
// or so a second, a sentence rewritten every ten minutes, a coffee break of six minutes.
async function simulatedHour(): Promise<{ bytes: number; versions: number; chars: number }> {
  const db = new DraftsDB(`drafts-bench-${Date.now()}`);
  const field = {
    site: 'https://oa.example.gov.cn',
    page: '/kaohe/edit',
    field: '#grzj',
    label: '个人总结',
    title: '考核',
  };
  const sentence =
    '一年来，我坚持以习近平新时代中国特色社会主义思想为指导，认真履行岗位职责，较好地完成了各项工作任务。';
  let text = '';
  const start = 1_700_000_000_000;
  for (let second = 0; second < 3600; second++) {
    if (second >= 1800 && second < 2160) continue; // the break
    if (second % 600 === 599) text = text.slice(0, -40); // a sentence rewritten
    text += sentence[second % sentence.length];
    await saveDraft(db, { ...field, text }, start + second * 1000);
  }
  const result = { bytes: await usedBytes(db), versions: await db.versions.count(), chars: text.length };
  db.close();
  return result;
}
