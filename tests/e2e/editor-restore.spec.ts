import type { Page } from '@playwright/test';
import { promptButton, readDrafts } from './drafts-helpers';
import { type Extension, expect, openPanel, registeredSites, setSite, sitePatternOf, siteUrl, test } from './fixtures';

// A draft restored into an old editor goes through the editor's own model (its API in the page's
// main world, as an insertion does), not its DOM: the editor holds it, syncs it to the form's field
// when the form posts, and one Ctrl+Z gives back exactly what was there before; typing goes on.

/** The old editors, each on its real package, and its editing frame. */
const EDITORS = [
  { page: 'kindeditor', frame: 'iframe.ke-edit-iframe' },
  { page: 'ckeditor4', frame: 'iframe.cke_wysiwyg_frame' },
  { page: 'ueditor', frame: 'iframe[id^="ueditor_"]' },
  { page: 'ueditor-plus', frame: 'iframe[id^="ueditor_"]' },
] as const;

// Longer than what the writer types after the reload (the prompt offers longer drafts only), in
// two paragraphs (two blocks in the editor, two lines in the draft).
const DRAFT = '一年来，我认真学习党的理论，扎实做好本职工作。\n二、存在的不足：调查研究还不够深入。';
const BEFORE = '新写的开头';

function ready(page: Page) {
  return page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
}

/** Without white space: the editors' own text joins paragraphs differently (a line break, or nothing). */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The editor's own text, read through its API (its model), without white space. */
function editorText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { readEditorText(): string }).readEditorText()).then(squeeze);
}

/** Types the draft into the editor on a site switched on, waits for it to be saved, and reloads. */
async function saveDraftAndReload(extension: Extension, page: Page, editor: (typeof EDITORS)[number]) {
  await setSite(extension, new URL(siteUrl(editor.page)).origin, { alwaysOn: true });
  expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
  await page.goto(siteUrl(editor.page));
  await ready(page);
  const body = page.frameLocator(editor.frame).locator('body');
  await body.click();
  const [first, second] = DRAFT.split('\n');
  await page.keyboard.type(first ?? '');
  await page.keyboard.press('Enter');
  await page.keyboard.type(second ?? '');
  await expect.poll(() => editorText(page)).toBe(squeeze(DRAFT));
  await expect
    .poll(async () => (await readDrafts(extension)).some((d) => squeeze(d.text) === squeeze(DRAFT)))
    .toBe(true);
  await page.reload();
  await ready(page);
  // What the writer types before restoring: one Ctrl+Z after the restore gives it back.
  await body.click();
  await page.keyboard.type(BEFORE);
  await expect.poll(() => editorText(page)).toBe(BEFORE);
  // (The editors record typing as an undo step after a short pause.)
  await page.waitForTimeout(600);
  return body;
}

for (const editor of EDITORS) {
  test(`${editor.page}: a draft restored from the page's prompt goes into the editor's model; one Ctrl+Z gives back what was there, typing goes on`, async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const body = await saveDraftAndReload(extension, page, editor);
    await expect.poll(async () => (await promptButton(extension, page, '恢复草稿')) !== null).toBe(true);
    const button = await promptButton(extension, page, '恢复草稿');
    await page.mouse.click(button?.x ?? 0, button?.y ?? 0);
    await expect.poll(() => editorText(page)).toBe(squeeze(DRAFT));

    await body.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe(BEFORE);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('丙');
    await expect.poll(() => editorText(page)).toBe(`${BEFORE}丙`);
  });

  test(`${editor.page}: a draft restored from the 草稿 tab goes into the editor's model, is posted with the form, and one Ctrl+Z gives back what was there`, async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    const body = await saveDraftAndReload(extension, page, editor);
    const panel = await openPanel(extension, page);
    await panel.getByRole('tab', { name: '草稿' }).click();
    const field = panel.getByRole('region', { name: '个人总结' });
    // (The newest version is what the writer typed after the reload: the draft is the one before.)
    const version = field.locator('.draft-version', { hasText: DRAFT.slice(0, 10) });
    const status = panel.getByRole('tabpanel', { name: '草稿' }).locator('.drafts').getByRole('status');
    await version.getByRole('button', { name: '恢复', exact: true }).click();
    await expect(status).toContainText('已把草稿恢复到');
    await expect.poll(() => editorText(page)).toBe(squeeze(DRAFT));
    await body.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe(BEFORE);

    // Typing goes on, and the editor's own sync posts its model with the form.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('丙');
    await expect.poll(() => editorText(page)).toBe(`${BEFORE}丙`);
    expect(await postedText(page, editor.page)).toBe(`${BEFORE}丙`);
  });
}

/** Submits the form (it posts with GET) and returns the editor field's value as sent, as text. */
async function postedText(page: Page, name: string): Promise<string> {
  const posted = page.waitForRequest((request) => request.url().includes(`${name}.html?`));
  await page.locator('#submit').click();
  const html = new URL((await posted).url()).searchParams.get('grzj') ?? '';
  return squeeze(html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' '));
}

for (const editor of EDITORS) {
  test(`${editor.page}: a draft restored from the 草稿 tab into the empty editor is taken back by its 撤销, restored again, typed on and posted`, async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(siteUrl(editor.page));
    await ready(page);
    const panel = await openPanel(extension, page);
    // Drafts `auto`: saved while the panel is open.
    await page.frameLocator(editor.frame).locator('body').click();
    await page.keyboard.type(DRAFT.replace('\n', ''));
    await expect.poll(async () => (await readDrafts(extension)).length).toBe(1);
    await page.reload();
    await ready(page);
    const again = await openPanel(extension, page);
    expect(again).not.toBe(panel);
    await again.getByRole('tab', { name: '草稿' }).click();
    const tab = again.getByRole('tabpanel', { name: '草稿' }).locator('.drafts');
    await again.getByRole('region', { name: '个人总结' }).getByRole('button', { name: '恢复', exact: true }).click();
    await expect(tab.getByRole('status')).toContainText('已把草稿恢复到');
    await expect.poll(() => editorText(page)).toBe(squeeze(DRAFT));
    await tab.getByRole('button', { name: '撤销' }).click();
    await expect(tab.getByRole('status')).toHaveText('已撤销恢复。');
    await expect.poll(() => editorText(page)).toBe('');

    // Restored again: typing goes on after it, and the form posts the editor's model.
    await again.getByRole('region', { name: '个人总结' }).getByRole('button', { name: '恢复', exact: true }).click();
    await expect.poll(() => editorText(page)).toBe(squeeze(DRAFT));
    await page.frameLocator(editor.frame).locator('body').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('丙');
    await expect.poll(() => editorText(page)).toBe(squeeze(`${DRAFT}丙`));
    expect(await postedText(page, editor.page)).toBe(squeeze(`${DRAFT}丙`));
  });
}
