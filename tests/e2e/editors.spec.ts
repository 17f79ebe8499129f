import type { Frame, Locator, Page } from '@playwright/test';
import type { PageName } from '../../scripts/site';
import { addSnippetInOptions, expect, locateInField, openPanel, scanForm, siteUrl, test } from './fixtures';

const CLOSING = '以上述职，请予评议。';

/** Each editor family on its test page: where a user clicks to type, and whether Ctrl+Z is the editor's. */
const EDITORS: { page: PageName; name: string; field: (page: Page) => Locator }[] = [
  {
    page: 'tinymce',
    name: 'TinyMCE (iframe)',
    field: (p) => p.frameLocator('iframe.tox-edit-area__iframe').locator('body'),
  },
  { page: 'ckeditor5', name: 'CKEditor 5', field: (p) => p.locator('.ck-editor__editable') },
  { page: 'quill', name: 'Quill', field: (p) => p.locator('.ql-editor') },
  { page: 'wangeditor', name: 'wangEditor (Slate)', field: (p) => p.locator('[data-slate-editor]') },
  { page: 'vue-element', name: 'Vue 3 + Element Plus el-input', field: (p) => p.locator('textarea') },
];

/** What the page shows in the field: a textarea's value, an editor's text. */
const shown = (field: Locator) =>
  field.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).textContent));

const readEditor = (page: Page) =>
  page.evaluate(() => (window as unknown as { readEditorText(): string }).readEditorText());

async function ready(page: Page, name: PageName) {
  await page.goto(siteUrl(name));
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
}

async function insert(panel: Frame, title: string) {
  await panel.getByRole('button', { name: title }).click();
  await expect(panel.getByRole('status')).toHaveText(`已插入“${title}”。`);
}

for (const editor of EDITORS) {
  test(`${editor.name}: a snippet goes in at the caret, into the editor's own model, and typing goes on after it`, async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await ready(page, editor.page);
    await editor.field(page).click();
    await page.keyboard.type('甲乙');
    await page.keyboard.press('ArrowLeft');
    const panel = await openPanel(extension, page);
    await insert(panel, '结尾·请予评议');

    await expect.poll(() => readEditor(page)).toBe(`甲${CLOSING}乙`);
    await expect.poll(() => shown(editor.field(page))).toContain(`甲${CLOSING}乙`);
    await page.keyboard.type('丙');
    await expect.poll(() => readEditor(page)).toBe(`甲${CLOSING}丙乙`);
  });

  test(`${editor.name}: Ctrl+Z takes the insertion out`, async ({ extension }) => {
    const page = await extension.context.newPage();
    await ready(page, editor.page);
    await editor.field(page).click();
    await page.keyboard.type('甲乙');
    await page.keyboard.press('ArrowLeft');
    const panel = await openPanel(extension, page);
    // Editors merge edits into one undo step when they follow each other closely: in time (Quill
    // within 1 s) or in place (Slate merges text typed on at the same spot). Move the caret and
    // pause, as a writer does, so that the undo step is the insertion alone.
    await page.waitForTimeout(1100);
    await insert(panel, '结尾·请予评议');
    await expect.poll(() => readEditor(page)).toBe(`甲${CLOSING}乙`);
    await page.waitForTimeout(1100);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => readEditor(page)).toBe('甲乙');
  });

  test(`${editor.name}: a snippet of several paragraphs keeps its paragraphs`, async ({ extension }) => {
    await addSnippetInOptions(extension, '两段', '第一段。\n第二段。');
    const page = await extension.context.newPage();
    await ready(page, editor.page);
    await editor.field(page).click();
    const panel = await openPanel(extension, page);
    await insert(panel, '两段');
    await expect.poll(() => readEditor(page)).toBe('第一段。\n第二段。');
  });
}

for (const editor of EDITORS) {
  test(`${editor.name}: the scan finds the field with its label, and locate selects a range in it`, async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await ready(page, editor.page);
    await editor.field(page).click();
    await page.keyboard.type('一是抓学习。');
    await page.keyboard.press('Enter');
    await page.keyboard.type('二是抓落实。');
    const panel = await openPanel(extension, page);
    const scan = await scanForm(panel);
    const found = scan.frames.flatMap((f) => f.fields.filter((field) => field.visible).map((field) => ({ f, field })));
    expect(found).toHaveLength(1);
    const { f, field } = found[0] ?? {};
    if (!f || !field) throw new Error('no field');
    const label = editor.page === 'vue-element' ? '请填写个人总结' : '主要工作实绩';
    expect(field.label).toBe(label);
    expect(field.text).toBe('一是抓学习。\n二是抓落实。');

    const start = field.text.indexOf('抓落实');
    expect(await locateInField(panel, f.frameId, field.id, start, start + 3)).toBe(true);
    const frame = editor.page === 'tinymce' ? page.frames().find((x) => x.url() === 'about:srcdoc') : page.mainFrame();
    const selected = await frame?.evaluate(() => {
      const el = document.activeElement;
      if (el instanceof HTMLTextAreaElement) return el.value.slice(el.selectionStart, el.selectionEnd);
      return document.getSelection()?.toString();
    });
    expect(selected).toBe('抓落实');
  });
}

// A snippet's text that looks like HTML arrives in a rich editor as that text: the HTML the editor
// is given is escaped and sanitised in the panel (lib/fields/rich-html.ts), so no element, handler
// or script of it reaches the page.
for (const editor of EDITORS.filter((e) => e.page === 'tinymce' || e.page === 'ckeditor5')) {
  test(`${editor.name}: a snippet holding HTML arrives as text, and no script of it runs`, async ({ extension }) => {
    const body =
      '<img src=x onerror="window.top.pwned=1"><script>window.top.pwned=2</script>\n<a href="javascript:window.top.pwned=3">链接</a>';
    await addSnippetInOptions(extension, '带标记的素材', body);
    const page = await extension.context.newPage();
    await ready(page, editor.page);
    await editor.field(page).click();
    const panel = await openPanel(extension, page);
    await insert(panel, '带标记的素材');
    await expect.poll(() => readEditor(page)).toBe(body);
    const field = editor.field(page);
    await expect(field.locator('img, script, a')).toHaveCount(0);
    await expect(field.locator('p', { hasText: '<img src=x onerror=' })).toHaveCount(1);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });
}
