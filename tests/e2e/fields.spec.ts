import type { Page } from '@playwright/test';
import type { ScannedField } from '../../lib/messages';
import { expect, locateInField, openPanel, scanForm, siteUrl, test } from './fixtures';

const pick = (f: ScannedField) => ({
  label: f.label,
  kind: f.kind,
  maxLength: f.maxLength,
  limitSource: f.limitSource,
  required: f.required,
  visible: f.visible,
});

test('the scan of the demo form finds every fillable field with its label, limit and required flag', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').fill('本年度工作总结');
  const panel = await openPanel(extension, page);
  const scan = await scanForm(panel);

  expect(scan.frames).toHaveLength(1);
  const fields = scan.frames[0]?.fields ?? [];
  expect(fields.map(pick)).toEqual([
    { label: '姓名', kind: 'input', maxLength: 20, limitSource: 'maxlength', required: true, visible: true },
    { label: '出生年月', kind: 'input', maxLength: undefined, limitSource: undefined, required: false, visible: true },
    { label: '工作单位', kind: 'input', maxLength: undefined, limitSource: undefined, required: true, visible: true },
    { label: '职务', kind: 'input', maxLength: undefined, limitSource: undefined, required: false, visible: true },
    { label: '个人总结', kind: 'textarea', maxLength: 1500, limitSource: 'maxlength', required: true, visible: true },
    {
      label: '主要工作实绩',
      kind: 'contenteditable',
      maxLength: undefined,
      limitSource: undefined,
      required: false,
      visible: true,
    },
    {
      label: '存在的问题和不足',
      kind: 'textarea',
      maxLength: 800,
      limitSource: 'hint',
      required: false,
      visible: true,
    },
  ]);
  // Password, disabled and select fields are not fillable report fields.
  expect(fields.find((f) => f.label.includes('密码'))).toBeUndefined();
  expect(fields.find((f) => f.label === '个人总结')?.text).toBe('本年度工作总结');
});

test('editor fields are scanned with their labels: TinyMCE from its host page, Element Plus with its word limit', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('tinymce'));
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  const panel = await openPanel(extension, page);
  const visible = (await scanForm(panel)).frames.flatMap((f) => f.fields).filter((f) => f.visible);
  expect(visible.map((f) => [f.label, f.kind, f.editor])).toEqual([['主要工作实绩', 'contenteditable', 'tinymce']]);

  const vue = await extension.context.newPage();
  await vue.goto(siteUrl('vue-element'));
  const vuePanel = await openPanel(extension, vue);
  const fields = (await scanForm(vuePanel)).frames.flatMap((f) => f.fields);
  expect(fields.map(pick)).toEqual([
    {
      label: '请填写个人总结',
      kind: 'textarea',
      maxLength: 800,
      limitSource: 'maxlength',
      required: false,
      visible: true,
    },
  ]);
});

async function selection(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el instanceof HTMLTextAreaElement) return el.value.slice(el.selectionStart, el.selectionEnd);
    return document.getSelection()?.toString() ?? '';
  });
}

test('locate selects exactly the asked range in a textarea and in a rich-text field', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').fill('一、基本情况\n本人认真履职。\n二、存在问题');
  await page.locator('#gzsj').evaluate((el) => {
    el.innerHTML = '<p>一是抓学习。</p><p>二是<b>抓落实</b>。</p>';
  });
  const panel = await openPanel(extension, page);
  const fields = (await scanForm(panel)).frames[0]?.fields ?? [];
  const summary = fields.find((f) => f.label === '个人总结');
  const rich = fields.find((f) => f.label === '主要工作实绩');
  if (!summary || !rich) throw new Error('fields not found');

  const start = summary.text.indexOf('本人');
  expect(await locateInField(panel, 0, summary.id, start, start + 6)).toBe(true);
  expect(await selection(page)).toBe('本人认真履职');

  expect(rich.text).toBe('一是抓学习。\n二是抓落实。');
  const from = rich.text.indexOf('学习');
  const to = rich.text.indexOf('落实') + 2;
  expect(await locateInField(panel, 0, rich.id, from, to)).toBe(true);
  expect((await selection(page)).replace(/\n+/g, '\n')).toBe('学习。\n二是抓落实');
  await page.screenshot({ path: 'tests/screenshots/locate.png' });

  // A range outside the text is refused, not clamped to something else.
  expect(await locateInField(panel, 0, rich.id, 0, 999)).toBe(false);
});

test('locate selects a range inside an iframe editor (TinyMCE) from its host page', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('tinymce'));
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  const body = page.frameLocator('iframe.tox-edit-area__iframe').locator('body');
  await body.click();
  await page.keyboard.type('一是抓学习。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('二是抓落实。');
  const panel = await openPanel(extension, page);
  const scan = await scanForm(panel);
  const frame = scan.frames.find((f) => f.fields.some((field) => field.visible));
  const field = frame?.fields.find((f) => f.visible);
  if (!frame || !field) throw new Error('editor field not found');
  expect(field.text).toBe('一是抓学习。\n二是抓落实。');
  const start = field.text.indexOf('抓落实');
  expect(await locateInField(panel, frame.frameId, field.id, start, start + 3)).toBe(true);
  const editorFrame = page.frames().find((f) => f.url() === 'about:srcdoc');
  expect(await editorFrame?.evaluate(() => document.getSelection()?.toString())).toBe('抓落实');
});
