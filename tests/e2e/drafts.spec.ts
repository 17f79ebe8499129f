import type { Frame, Locator, Page } from '@playwright/test';
import type { PageName } from '../../scripts/site';
import { newestDraft, promptButton, readDrafts } from './drafts-helpers';
import { type Extension, expect, openPanel, registeredSites, setSite, sitePatternOf, siteUrl, test } from './fixtures';

/** A field on a test page: where the writer types, what the page (or its framework) holds. */
interface Case {
  name: string;
  page: PageName;
  key: string;
  field(page: Page): Locator;
  /** The text as the page's own state has it: the textarea, React's state, TinyMCE's model. */
  state(page: Page): Promise<string>;
}

const CASES: Case[] = [
  {
    name: 'a textarea',
    page: 'demo-form',
    key: '#grzj',
    field: (p) => p.locator('#grzj'),
    state: (p) => p.locator('#grzj').inputValue(),
  },
  {
    name: 'a React textarea',
    page: 'react-textarea',
    key: '#summary',
    field: (p) => p.locator('#summary'),
    state: async (p) => (await p.locator('#state').textContent()) ?? '',
  },
  {
    name: 'TinyMCE',
    page: 'tinymce',
    key: '#editor-textarea_ifr',
    field: (p) => p.frameLocator('iframe.tox-edit-area__iframe').locator('body'),
    state: (p) => p.evaluate(() => (window as unknown as { readEditorText(): string }).readEditorText()),
  },
];

const FIRST = '一年来，我认真学习党的路线方针政策，扎实做好本职工作。';
const SECOND = '全年完成调研报告三篇。';

/** The events that throw a page's text away, and how the writer gets the page back. */
const EVENTS: { name: string; lose(extension: Extension, page: Page, url: string): Promise<Page>; flushed: boolean }[] =
  [
    {
      name: 'the page is reloaded',
      flushed: true,
      lose: async (_e, page) => {
        await page.reload();
        return page;
      },
    },
    {
      name: 'the tab is closed and the page opened again',
      flushed: true,
      lose: async (extension, page, url) => {
        await page.close();
        const again = await extension.context.newPage();
        await again.goto(url);
        return again;
      },
    },
    {
      name: 'the renderer crashes',
      // No page hide in a crash: what was typed in the last second may be gone.
      flushed: false,
      lose: async (extension, page, url) => {
        const cdp = await extension.context.newCDPSession(page);
        const crashed = page.waitForEvent('crash');
        // The command never answers: its renderer is gone.
        void cdp.send('Page.crash').catch(() => undefined);
        await crashed;
        const again = await extension.context.newPage();
        await again.goto(url);
        await page.close().catch(() => undefined);
        return again;
      },
    },
    {
      name: 'the session expires (a login page) and the writer comes back',
      flushed: true,
      lose: async (_e, page, url) => {
        await page.goto(siteUrl('session-expired'));
        await expect(page.getByRole('heading', { name: '登录已超时，请重新登录' })).toBeVisible();
        await page.goto(url);
        return page;
      },
    },
  ];

async function openReady(page: Page, name: PageName) {
  await page.goto(siteUrl(name));
  if (name === 'tinymce')
    await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
}

/** Switches drafts on for the test site by making it always on (drafts `auto` then save). */
async function alwaysOn(extension: Extension) {
  await setSite(extension, new URL(siteUrl('demo-form')).origin, { alwaysOn: true });
  expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
}

for (const c of CASES) {
  for (const event of EVENTS) {
    test(`${c.name}: the draft survives when ${event.name}, and restores into the page's state`, async ({
      extension,
    }) => {
      await alwaysOn(extension);
      const page = await extension.context.newPage();
      await openReady(page, c.page);
      await c.field(page).click();
      await page.keyboard.type(FIRST);
      // More than a second later the first part must be stored, whatever happens next.
      await page.waitForTimeout(1200);
      await page.keyboard.type(SECOND);
      const url = page.url();
      const back = await event.lose(extension, page, url);

      const stored = await newestDraft(extension, c.key);
      if (event.flushed) expect(stored).toBe(FIRST + SECOND);
      else expect(stored.startsWith(FIRST)).toBe(true);

      if (c.page === 'tinymce')
        await back.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
      await expect
        .poll(async () => (await promptButton(extension, back, '恢复草稿'))?.text ?? '')
        .toContain('比栏目现有内容更长的草稿');
      const button = await promptButton(extension, back, '恢复草稿');
      if (!button) throw new Error('no prompt');
      await back.mouse.click(button.x, button.y);
      await expect.poll(() => c.state(back)).toBe(stored);
      expect(await promptButton(extension, back, '恢复草稿')).toBeNull();
    });
  }
}

test('restoring is undone with Ctrl+Z', async ({ extension }) => {
  await alwaysOn(extension);
  const page = await extension.context.newPage();
  await openReady(page, 'demo-form');
  await page.locator('#grzj').click();
  await page.keyboard.type(FIRST);
  await page.reload();
  await page.locator('#grzj').fill('新写的开头');
  await expect.poll(async () => (await promptButton(extension, page, '恢复草稿')) !== null).toBe(true);
  const button = await promptButton(extension, page, '恢复草稿');
  await page.mouse.click(button?.x ?? 0, button?.y ?? 0);
  await expect(page.locator('#grzj')).toHaveValue(FIRST);
  await page.keyboard.press('Control+z');
  await expect(page.locator('#grzj')).toHaveValue('新写的开头');
});

test('passwords, one-time codes, card numbers and fields the writer excluded are never stored', async ({
  extension,
}) => {
  const site = new URL(siteUrl('drafts-form')).origin;
  await setSite(extension, site, { alwaysOn: true, excludedFields: ['#private'] });
  expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
  const page = await extension.context.newPage();
  await page.goto(siteUrl('drafts-form'));
  const secrets: [string, string][] = [
    ['#password', 'Mima-2026!'],
    ['#otp', '734912'],
    ['#card', '6222020200112233445'],
    ['#private', '不想保存的私人备注'],
  ];
  for (const [selector, text] of secrets) {
    await page.locator(selector).click();
    await page.keyboard.type(text);
  }
  await page.locator('#report').click();
  await page.keyboard.type('可以保存的总结');
  await page.locator('#password').click(); // blur: saved at once
  await expect.poll(() => newestDraft(extension, '#report')).toBe('可以保存的总结');
  await page.reload(); // page hide: every changed field is flushed
  const rows = await readDrafts(extension);
  expect(rows.map((r) => r.field)).toEqual(['#report']);
  const stored = JSON.stringify(rows);
  for (const [, text] of secrets) expect(stored).not.toContain(text);
});

test('nothing is saved on a site whose drafts are off, nor where the panel never opened', async ({ extension }) => {
  const site = new URL(siteUrl('demo-form')).origin;
  await setSite(extension, site, { alwaysOn: true, drafts: 'off' });
  expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
  const page = await extension.context.newPage();
  await openReady(page, 'demo-form');
  await page.locator('#grzj').click();
  await page.keyboard.type(FIRST);
  await page.reload();
  expect(await readDrafts(extension)).toEqual([]);
});

/**
 * The demo form with the panel open and FIRST typed into 个人总结, saved as a draft (drafts `auto` on
 * a site that is not always on: saved while the panel is open).
 */
async function typedWithPanelOpen(extension: Extension): Promise<{ page: Page; panel: Frame }> {
  const page = await extension.context.newPage();
  await openReady(page, 'demo-form');
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  await page.locator('#grzj').click();
  await page.keyboard.type(FIRST);
  await expect.poll(() => newestDraft(extension, '#grzj')).toBe(FIRST);
  return { page, panel };
}

test('the 草稿 tab compares a draft with its field, restores it (and undoes that), deletes a version, and switches the site off', async ({
  extension,
}) => {
  const { page, panel } = await typedWithPanelOpen(extension);
  await page.locator('#grzj').fill('');

  await panel.getByRole('tab', { name: '草稿' }).click();
  const field = panel.getByRole('region', { name: '个人总结' });
  await expect(field).toContainText('栏目现有 0 字');
  await expect(field).toContainText(`与现有内容不同：多 ${FIRST.length} 字，少 0 字`);
  const tab = panel.getByRole('tabpanel', { name: '草稿' }).locator('.drafts');
  await field.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(page.locator('#grzj')).toHaveValue(FIRST);
  await expect(tab.getByRole('status')).toContainText('已把草稿恢复到“个人总结”。');
  await expect(field).toContainText('与栏目现有内容相同');
  await tab.getByRole('button', { name: '撤销' }).click();
  await expect(page.locator('#grzj')).toHaveValue('');
  await expect(tab.getByRole('status')).toHaveText('已撤销恢复。');

  await field.getByRole('button', { name: '删除' }).click();
  await expect(panel.getByText('此页还没有保存的草稿。')).toBeVisible();
  expect(await readDrafts(extension)).toEqual([]);

  await panel.getByLabel('本站保存草稿').selectOption('off');
  await page.locator('#grzj').click();
  await page.keyboard.type(SECOND);
  await page.locator('#wt').click(); // blur: would save at once
  await page.waitForTimeout(1500);
  expect(await readDrafts(extension)).toEqual([]);
});

test('the 草稿 tab follows the field as the writer types on in the page', async ({ extension }) => {
  const { page, panel } = await typedWithPanelOpen(extension);

  await panel.getByRole('tab', { name: '草稿' }).click();
  const field = panel.getByRole('region', { name: '个人总结' });
  await expect(field).toContainText(`栏目现有 ${FIRST.length} 字`);
  // Typed on in the page with the tab open: the tab reads the field again once the writer pauses.
  await page.locator('#grzj').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('又一句。');
  await expect(field).toContainText(`栏目现有 ${FIRST.length + 4} 字`);
});

test('the options page lists drafts by site, page and field, exports them and clears them', async ({ extension }) => {
  await alwaysOn(extension);
  const page = await extension.context.newPage();
  await openReady(page, 'demo-form');
  await page.locator('#grzj').click();
  await page.keyboard.type(FIRST);
  await page.locator('#wt').click();
  await page.keyboard.type(SECOND);
  await page.locator('#grzj').click();
  await expect.poll(async () => (await readDrafts(extension)).length).toBe(2);

  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html#drafts`);
  const site = options.getByRole('region', { name: new URL(siteUrl('demo-form')).origin });
  await expect(site.getByRole('heading', { name: /公务员年度考核登记表/ })).toBeVisible();
  await expect(site.getByRole('region', { name: '个人总结' })).toContainText(FIRST);
  await expect(site.getByRole('region', { name: '存在的问题和不足' })).toContainText(SECOND);

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: '导出全部草稿' }).click();
  const file = await download;
  const exported = JSON.parse(await readStream(await file.createReadStream()));
  expect(exported.drafts.map((d: { text: string }) => d.text).sort()).toEqual([FIRST, SECOND].sort());

  await options.getByRole('button', { name: '清除全部草稿' }).click();
  await options
    .getByRole('group', { name: '删除全部草稿？此操作无法撤销。' })
    .getByRole('button', { name: '删除', exact: true })
    .click();
  await expect(options.getByText('还没有保存的草稿。')).toBeVisible();
  expect(await readDrafts(extension)).toEqual([]);
});

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

test('the drafts prompt speaks the language chosen in settings', async ({ extension }) => {
  await alwaysOn(extension);
  await extension.worker.evaluate(async () => {
    type Api = { storage: { local: { set(v: object): Promise<void> } } };
    await (globalThis as unknown as { chrome: Api }).chrome.storage.local.set({ language: 'en' });
  });
  const page = await extension.context.newPage();
  await openReady(page, 'demo-form');
  await page.locator('#grzj').click();
  await page.keyboard.type(FIRST);
  await page.reload();
  await expect
    .poll(async () => (await promptButton(extension, page, 'Restore draft'))?.text ?? '')
    .toContain('个人总结');
  expect(await promptButton(extension, page, 'Dismiss')).not.toBeNull();
});

test('a save that fails (a full disk) is told on the page, and nothing is stored', async ({ extension }) => {
  await alwaysOn(extension);
  await extension.worker.evaluate(() =>
    (globalThis as unknown as { tianbaoDraftsFail(code: string | null): void }).tianbaoDraftsFail('quota'),
  );
  const page = await extension.context.newPage();
  await openReady(page, 'demo-form');
  await page.locator('#grzj').click();
  await page.keyboard.type(FIRST);
  await expect
    .poll(async () => (await promptButton(extension, page, '忽略'))?.text ?? '')
    .toContain('浏览器存储空间已满');
  expect(await readDrafts(extension)).toEqual([]);
});
