import { addSnippetInOptions, expect, openPanel, siteUrl, test } from './fixtures';

// The first starter snippet, as the panel lists it (lib/snippets/starter.ts).
const OPENING_TITLE = '述职报告·开头';
const OPENING =
  '一年来，在上级党委的坚强领导下，我认真履行岗位职责，团结带领班子成员，围绕年初确定的目标任务扎实开展工作。现将本人一年来的履职情况报告如下。';

test('a snippet goes in at the caret of a plain textarea, the caret stays after it, and Ctrl+Z takes it out', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const field = page.locator('#grzj');
  await field.click();
  await page.keyboard.type('甲乙丙丁');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');

  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: OPENING_TITLE }).click();

  await expect(field).toHaveValue(`甲乙${OPENING}丙丁`);
  await expect(panel.getByRole('status')).toHaveText(`已插入“${OPENING_TITLE}”。`);
  await page.screenshot({ path: 'tests/screenshots/panel-inserted.png' });
  // The page's own counter saw the input event.
  await expect(page.locator('#grzj-count')).toHaveText(String(`甲乙${OPENING}丙丁`.length));

  // One Ctrl+Z in the page takes the insertion out, as it would a paste.
  await page.keyboard.press('Control+Z');
  await expect(field).toHaveValue('甲乙丙丁');

  // Focus and caret are back in the field, right after the inserted text: typing goes on there.
  await panel.getByRole('button', { name: OPENING_TITLE }).click();
  await expect(field).toHaveValue(`甲乙${OPENING}丙丁`);
  await page.keyboard.type('戊');
  await expect(field).toHaveValue(`甲乙${OPENING}戊丙丁`);
});

test('a snippet goes into a single-line text input at the caret, its line breaks joined', async ({ extension }) => {
  await addSnippetInOptions(extension, '单位全称', '某某市\n某某区\n发展和改革局');
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#dw').click();
  await page.keyboard.type('（）');
  await page.keyboard.press('ArrowLeft');
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: /单位全称/ }).click();
  await expect(page.locator('#dw')).toHaveValue('（某某市 某某区 发展和改革局）');
  await expect(panel.getByRole('status')).toHaveText('已插入“单位全称”。这是单行输入框，原文中的换行已改为空格。');
});

test('a React-controlled textarea: the insertion reaches React state, not only the DOM', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('react-textarea'));
  const field = page.locator('#summary');
  await field.click();
  await page.keyboard.type('开头：');
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: OPENING_TITLE }).click();

  const expected = `开头：${OPENING}`;
  await expect(field).toHaveValue(expected);
  await expect(page.locator('#state')).toHaveText(expected);
  await expect(page.locator('#state-length')).toHaveText(String(expected.length));
  // A re-render from React state keeps the text (it was not only painted into the DOM).
  await page.keyboard.type('好');
  await expect(page.locator('#state')).toHaveText(`${expected}好`);
});

test('a snippet goes in at the caret of a contenteditable rich-text field', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const editor = page.locator('#gzsj');
  await editor.click();
  await page.keyboard.type('前文后文');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: '结尾·请予评议' }).click();

  await expect(editor).toHaveText('前文以上述职，请予评议。后文');
  await page.keyboard.type('！');
  await expect(editor).toHaveText('前文以上述职，请予评议。！后文');
});

test('a snippet that would pass the field’s maxlength is refused with the numbers, and the field is untouched', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const field = page.locator('#grzj');
  const nearlyFull = '字'.repeat(1490);
  await field.fill(nearlyFull);
  await field.click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: OPENING_TITLE }).click();

  const over = 1490 + OPENING.length - 1500;
  await expect(panel.getByRole('status')).toHaveText(
    `插入后将超出该栏 1500 字的限制（多出 ${over} 字），未插入。请先删减内容。`,
  );
  await expect(field).toHaveValue(nearlyFull);
});

test('with no field chosen yet, the panel says where to click first', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: OPENING_TITLE }).click();
  await expect(panel.getByRole('status')).toHaveText('没有找到要插入的位置：请先在表单的输入框中点一下，再点击素材。');
});
