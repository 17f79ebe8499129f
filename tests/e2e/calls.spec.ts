import type { Page } from '@playwright/test';
import { expect, openPanel, siteUrl, test } from './fixtures';

// A heading inserted where its section belongs moves the numbers of the headings after it: the
// whole change is one call into the field, applied at once, and one Ctrl+Z gives back exactly the
// text the writer had (lib/analysis/edits.ts, the `field:edit` call of lib/calls/).

const BODY = '坚持学习，认真履行岗位职责，按时完成各项任务，工作中注重方法，成效明显。';
// 德、勤、绩、廉 are there; 能 is missing, between 德 and 勤: its heading goes in as 二、 and the
// three headings after it become 三、四、五、.
const BEFORE = [
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
const RENUMBERED =
  /一、思想政治方面\n.+\n二、[^\n]*能[^\n]*\n\n?三、工作态度方面\n.+\n四、工作实绩方面\n.+\n五、廉洁自律方面/;

/** The text of an element as the writer sees it, a line per paragraph (blank lines dropped). */
function shownLines(el: Element): string {
  // biome-ignore lint/performance/useDomNodeTextContent: the lines as laid out are what this compares.
  return (el as HTMLElement).innerText.replace(/\n+/g, '\n').trim();
}

async function insertNengHeading(page: Page, extension: Parameters<typeof openPanel>[0]) {
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '提纲' }).click();
  const neng = panel.locator('[data-section="neng"]');
  await expect(neng).toContainText('缺少');
  await neng.getByRole('button', { name: /在应有位置插入标题/ }).click();
  await expect(neng).toContainText('只有标题');
}

test('a heading with its renumbering goes into a textarea as one edit: one Ctrl+Z restores the exact text before', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const field = page.locator('#grzj');
  await field.fill(BEFORE);
  await field.click();
  await insertNengHeading(page, extension);
  await expect(field).toHaveValue(RENUMBERED);

  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(BEFORE);
});

test('a heading with its renumbering goes into a contenteditable as one edit: one Ctrl+Z restores the exact text before', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const field = page.locator('#gzsj');
  // The demo form's rich field, holding the whole report (a paragraph per line).
  await field.evaluate((el, lines) => {
    el.setAttribute('aria-label', '个人总结');
    el.innerHTML = lines.map((line) => `<p>${line}</p>`).join('');
  }, BEFORE.split('\n'));
  const before = await field.innerHTML();
  const text = () => field.evaluate(shownLines);
  await field.click();
  await insertNengHeading(page, extension);
  await expect.poll(text).toMatch(RENUMBERED);

  await field.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(text).toBe(BEFORE);
  await expect.poll(() => field.innerHTML()).toBe(before);
});

/** The editors with an undo stack of their own, on their real npm packages; how each page loads a text. */
const EDITORS = [
  { page: 'ckeditor4', frame: 'iframe.cke_wysiwyg_frame' },
  { page: 'kindeditor', frame: 'iframe.ke-edit-iframe' },
  { page: 'ueditor', frame: 'iframe[id^="ueditor_"]' },
] as const;

for (const editor of EDITORS) {
  test(`${editor.page}: a heading with its renumbering goes in through its API as one undo step`, async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(siteUrl(editor.page));
    await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
    const html = BEFORE.split('\n')
      .map((line) => `<p>${line}</p>`)
      .join('');
    // The text as the writer's earlier work, with the editor's undo history starting from it.
    await page.evaluate(
      ([name, data]) => {
        const e = (window as unknown as { editor: Record<string, (...a: unknown[]) => unknown> }).editor;
        if (name === 'ckeditor4') e.setData?.(data, { callback: () => e.resetUndo?.() });
        if (name === 'kindeditor') e.html?.(data);
        if (name === 'ueditor') {
          e.setContent?.(data);
          (e as unknown as { undoManger: { reset(): void } }).undoManger.reset();
        }
      },
      [editor.page, html] as const,
    );
    // What the writer sees, a line per paragraph; and the editor's own content, to compare exactly.
    const body = page.frameLocator(editor.frame).locator('body');
    const text = () => body.evaluate(shownLines);
    const data = () => page.evaluate(() => (window as unknown as { readEditorHtml(): string }).readEditorHtml());
    await expect.poll(text).toBe(BEFORE);
    const before = await data();
    await body.click();
    await insertNengHeading(page, extension);
    await expect.poll(text).toMatch(RENUMBERED);

    await body.click();
    await page.keyboard.press('Control+z');
    await expect.poll(data).toBe(before);
    await expect.poll(text).toBe(BEFORE);
  });
}
