import type { Frame, Page } from '@playwright/test';
import { promptButton, readDrafts } from './drafts-helpers';
import {
  expect,
  openPanel,
  registeredSites,
  scanForm,
  setSite,
  sitePatternOf,
  siteUrl,
  test,
  togglePanel,
} from './fixtures';

// Frames a person types in, however they were made, and the wrong-field rule: an insertion goes
// only into the field that holds the caret now, and 已插入 is said only after reading it back.

const CLOSING = '结尾·请予评议';
const CLOSING_TEXT = '以上述职，请予评议。';

function ready(page: Page) {
  return page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
}

test('a designMode frame written by script (FCKeditor 2 style) is scanned with its table label and filled, never the name field', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('designmode-frame'));
  await ready(page);
  await page.locator('#xm').click();
  await page.keyboard.type('张三');
  const panel = await openPanel(extension, page);
  const body = page.frameLocator('#szbg').locator('body');
  await body.click();
  await page.keyboard.type('述职：');
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(panel.getByRole('status')).toContainText('已插入');
  await expect(body).toHaveText(`述职：${CLOSING_TEXT}`);
  await expect(page.locator('#xm')).toHaveValue('张三');

  const scan = await scanForm(panel);
  const fields = scan.frames.flatMap((f) => f.fields);
  expect(fields.map((f) => f.label)).toEqual(['姓名', '述职内容']);
  expect(fields[1]?.text).toBe(`述职：${CLOSING_TEXT}`);

  // The browser's own undo is this editor's: one Ctrl+Z takes out the insertion alone.
  await body.click();
  await page.keyboard.press('Control+z');
  await expect(body).toHaveText('述职：');
});

test('a frame created after the panel opened takes the insertion; the name field clicked before it never does', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('wrong-field'));
  await page.locator('#xm').click();
  await page.keyboard.type('张三');
  const panel = await openPanel(extension, page);
  await page.locator('#add').click();
  const late = page.frameLocator('#late').locator('#grzj');
  await late.click();
  await page.keyboard.type('总结：');
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(panel.getByRole('status')).toContainText('已插入');
  await expect(late).toHaveValue(`总结：${CLOSING_TEXT}`);
  await expect(page.locator('#xm')).toHaveValue('张三');
});

test('a frame without our script that holds the caret: refused, saying where to click, and the field before it untouched', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('unreachable-form'));
  await page.locator('#top-search').click();
  const panel = await openPanel(extension, page);
  await page.frameLocator('#boxed').locator('#wt').click();
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(panel.getByRole('status')).toContainText('未插入');
  await expect(page.locator('#top-search')).toHaveValue('');
});

test('after an insertion, a keyup-only counter and a change-only validator of an old page update', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('wrong-field'));
  await page.locator('#wt').click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(page.locator('#wt')).toHaveValue(CLOSING_TEXT);
  await expect(page.locator('#wt-count')).toHaveText(
    `已输入${CLOSING_TEXT.length}字，还可输入${1500 - CLOSING_TEXT.length}字`,
  );
  await expect(page.locator('#wt-check')).toHaveText('已填写');
});

/**
 * The old editors, each on its real package (npm, or UEditor Plus's own release, vendored under
 * tests/vendor/): its page, its editing frame, and the adapter the scan names (page-editors.ts).
 */
const EDITORS = [
  { page: 'kindeditor', frame: 'iframe.ke-edit-iframe', adapter: 'kindeditor' },
  { page: 'ckeditor4', frame: 'iframe.cke_wysiwyg_frame', adapter: 'ckeditor4' },
  { page: 'ueditor', frame: 'iframe[id^="ueditor_"]', adapter: 'ueditor' },
  { page: 'ueditor-plus', frame: 'iframe[id^="ueditor_"]', adapter: 'ueditor' },
] as const;

function editorText(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { readEditorText(): string }).readEditorText().trim());
}

for (const editor of EDITORS) {
  test(`${editor.page}: scanned by its table label, insertion at the caret into its model, one Ctrl+Z undoes exactly it`, async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(siteUrl(editor.page));
    await ready(page);
    await page.locator('#xm').click();
    await page.keyboard.type('张三');
    const panel = await openPanel(extension, page);
    const scan = await scanForm(panel);
    // (The editor's own textarea, hidden, is the editor's source: not a field the writer sees.)
    const fields = scan.frames.flatMap((f) => f.fields).filter((f) => f.visible);
    expect(fields.map((f) => [f.label, f.editor])).toEqual([
      ['姓名', 'text'],
      ['个人总结', editor.adapter],
    ]);

    const body = page.frameLocator(editor.frame).locator('body');
    await body.click();
    await page.keyboard.type('甲乙');
    await page.keyboard.press('ArrowLeft');
    await panel.getByRole('button', { name: CLOSING }).click();
    await expect(panel.getByRole('status')).toContainText('已插入');
    await expect.poll(() => editorText(page)).toBe(`甲${CLOSING_TEXT}乙`);
    await expect(page.locator('#xm')).toHaveValue('张三');

    // One Ctrl+Z removes the insertion and nothing typed before it; typing goes on at the caret.
    await body.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe('甲乙');
    await page.keyboard.press('End');
    await page.keyboard.type('丙');
    await expect.poll(() => editorText(page)).toBe('甲乙丙');
  });
}

test('kindeditor on a site switched on: 姓名 clicked before the editor never takes the snippet', async ({
  extension,
}) => {
  await setSite(extension, new URL(siteUrl('kindeditor')).origin, { alwaysOn: true });
  expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
  const page = await extension.context.newPage();
  await page.goto(siteUrl('kindeditor'));
  await ready(page);
  await page.locator('#xm').click();
  await page.keyboard.type('张三');
  await page.frameLocator('iframe.ke-edit-iframe').locator('body').click();
  const panel: Frame = await openPanel(extension, page);
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(panel.getByRole('status')).toContainText('已插入');
  await expect.poll(() => editorText(page)).toBe(CLOSING_TEXT);
  await expect(page.locator('#xm')).toHaveValue('张三');
  await expect(page.locator('#count')).toHaveText(
    `已输入${CLOSING_TEXT.length}字，还可输入${1500 - CLOSING_TEXT.length}字`,
  );
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
]) {
  for (const name of ['frameset', 'legacy-frameset'] as const) {
    test(`${name} at ${size.width}×${size.height}: the panel gets a column of its own, no field's box meets it`, async ({
      extension,
    }) => {
      const page = await extension.context.newPage();
      await page.setViewportSize(size);
      await page.goto(siteUrl(name));
      const main = page.frame({ name: 'main' });
      if (!main) throw new Error('no main frame');
      await main.locator('textarea').first().waitFor();
      const framesBefore = await page.evaluate(() => Array.from(window.frames, (f) => f.name));
      await openPanel(extension, page);
      const panel = await page.locator('tianbao-panel').boundingBox();
      if (!panel) throw new Error('no panel');
      let fields = 0;
      for (const frame of page.frames()) {
        if (frame.url().startsWith('chrome-extension:')) continue;
        // What the writer sees of a field: its box, clipped by each frame around it.
        let right = Number.POSITIVE_INFINITY;
        for (let f: Frame | null = frame; f?.parentFrame(); f = f.parentFrame()) {
          const box = await (await f.frameElement()).boundingBox();
          if (box) right = Math.min(right, box.x + box.width);
        }
        for (const field of await frame.locator('input:visible, textarea:visible').all()) {
          const box = await field.boundingBox();
          if (!box) continue;
          fields++;
          const seen = Math.min(box.x + box.width, right);
          expect(seen, `${await field.evaluate((e) => e.id)} in ${frame.name()}`).toBeLessThanOrEqual(panel.x);
        }
      }
      expect(fields).toBeGreaterThan(0);
      // The page's own frames keep their numbers (frames[i]); the blank column comes last.
      const framesAfter = await page.evaluate(() => Array.from(window.frames, (f) => f.name));
      expect(framesAfter.slice(0, framesBefore.length)).toEqual(framesBefore);

      // Closing the panel gives the page its columns back.
      const cols = () =>
        page.evaluate(() => Array.from(document.querySelectorAll('frameset'), (f) => f.getAttribute('cols')));
      expect((await cols()).some((c) => c?.endsWith(',340'))).toBe(true);
      expect(await togglePanel(extension, page)).toBe(false);
      expect((await cols()).some((c) => c?.endsWith(',340'))).toBe(false);
      expect(await page.evaluate(() => window.frames.length)).toBe(framesBefore.length);
    });
  }
}

test('a GBK page: 𠮷 and an emoji are errors in 检查, named with what the server would get; the emoji is removed by 修正', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('gbk-form'));
  expect(await page.evaluate(() => document.characterSet)).toBe('GBK');
  await page.locator('#xm').fill('张𠮷');
  await page.locator('#grzj').fill('一、政治思想方面\n认真学习👍，按时完成任务。');
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '检查' }).click();
  const name = panel.locator('.check-field', { has: panel.getByRole('heading', { name: '姓名' }) });
  await expect(name).toContainText('“𠮷”无法编码，服务器会收到“&#134071;”');
  const summary = panel.locator('.check-field', { has: panel.getByRole('heading', { name: '个人总结' }) });
  const emoji = summary.locator('.finding', { hasText: '表情符号' });
  await expect(emoji).toContainText('“👍”无法编码');
  await emoji.getByRole('button', { name: '修正' }).click();
  await expect(page.locator('#grzj')).toHaveValue('一、政治思想方面\n认真学习，按时完成任务。');
});

test('a GBK page: the check before 提交 holds a post with 𠮷 in it', async ({ extension }) => {
  await setSite(extension, new URL(siteUrl('gbk-form')).origin, { alwaysOn: true, submitCheck: true });
  expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([sitePatternOf('demo-form')]);
  const page = await extension.context.newPage();
  await page.goto(siteUrl('gbk-form'));
  await page.locator('#xm').fill('张𠮷');
  let posted = false;
  page.on('request', (request) => {
    if (request.method() === 'POST') posted = true;
  });
  await page.getByRole('button', { name: '提交' }).click();
  await expect.poll(async () => (await dialogText(page)).join(' ')).toContain('&#134071;');
  expect(posted).toBe(false);
});

test('the genre comes from the whole page: 个人总结 on a 事业单位…登记表 is that genre; the writer’s choice for the site still wins', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('kindeditor'));
  await ready(page);
  await page.frameLocator('iframe.ke-edit-iframe').locator('body').click();
  await page.keyboard.type('一、思想政治方面');
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '提纲' }).click();
  const genre = panel.getByRole('combobox', { name: '文种' });
  await expect(genre).toHaveValue('kaohe-sydw');
  await genre.selectOption('kaohe-gwy');
  await page.reload();
  await ready(page);
  await page.frameLocator('iframe.ke-edit-iframe').locator('body').click();
  const again = await openPanel(extension, page);
  await again.getByRole('tab', { name: '提纲' }).click();
  await expect(again.getByRole('combobox', { name: '文种' })).toHaveValue('kaohe-gwy');
});

for (const editor of EDITORS) {
  test(`${editor.page}: 检查 finds XXX in the editor and selects it there; the text is in the form when it posts`, async ({
    extension,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(siteUrl(editor.page));
    await ready(page);
    await page.frameLocator(editor.frame).locator('body').click();
    await page.keyboard.type('一、思想政治方面');
    await page.keyboard.press('Enter');
    await page.keyboard.type('认真学习XXX同志的讲话。');
    const panel = await openPanel(extension, page);
    await panel.getByRole('tab', { name: '检查' }).click();
    const field = panel.locator('.check-field', { has: panel.getByRole('heading', { name: '个人总结' }) });
    const placeholder = field.locator('.finding', { hasText: 'XXX' }).first();
    await expect(placeholder).toBeVisible();
    await placeholder.locator('.finding-text').click();
    await expect
      .poll(() =>
        page
          .frameLocator(editor.frame)
          .locator('body')
          .evaluate((b) => b.ownerDocument.getSelection()?.toString()),
      )
      .toBe('XXX');

    // The editor's own sync puts the text into the form's field when it posts.
    const posted = page.waitForRequest((request) => request.url().includes(`${editor.page}.html?`));
    await page.locator('#submit').click();
    const url = new URL((await posted).url());
    expect(url.searchParams.get('grzj')).toContain('认真学习XXX同志的讲话。');
  });
}

for (const editor of EDITORS) {
  test(`${editor.page}: a draft is saved as the writer types in the editor, and restored into it after a reload`, async ({
    extension,
  }) => {
    await setSite(extension, new URL(siteUrl(editor.page)).origin, { alwaysOn: true });
    expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
    const page = await extension.context.newPage();
    await page.goto(siteUrl(editor.page));
    await ready(page);
    await page.frameLocator(editor.frame).locator('body').click();
    const typed = '一年来，我认真学习，扎实做好本职工作。';
    await page.keyboard.type(typed);
    await expect.poll(async () => (await readDrafts(extension)).some((d) => d.text.includes(typed))).toBe(true);
    const draft = (await readDrafts(extension)).find((d) => d.text.includes(typed));
    expect(draft?.label).toBe('个人总结');

    await page.reload();
    await ready(page);
    await expect
      .poll(async () => (await promptButton(extension, page, '恢复草稿'))?.text ?? '')
      .toContain('比栏目现有内容更长的草稿');
    const button = await promptButton(extension, page, '恢复草稿');
    await page.mouse.click(button?.x ?? 0, button?.y ?? 0);
    await expect.poll(() => editorText(page)).toBe(typed);
  });

  test(`${editor.page}: the check before 提交 holds a post with XXX in the editor`, async ({ extension }) => {
    await setSite(extension, new URL(siteUrl(editor.page)).origin, { alwaysOn: true, submitCheck: true });
    expect((await registeredSites(extension))['tianbao-submit-check']).toEqual([sitePatternOf('demo-form')]);
    const page = await extension.context.newPage();
    await page.goto(siteUrl(editor.page));
    await ready(page);
    await page.frameLocator(editor.frame).locator('body').click();
    await page.keyboard.type('认真学习XXX同志的讲话。');
    let posted = false;
    page.on('request', (request) => {
      if (request.url().includes(`${editor.page}.html?`)) posted = true;
    });
    await page.locator('#submit').click();
    await expect.poll(async () => (await dialogText(page)).join(' ')).toContain('XXX');
    expect(posted).toBe(false);
  });
}

/** The names a screen reader finds in the check's dialog (a closed shadow root), or [] without one. */
async function dialogText(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; ignored?: boolean }[];
    };
    if (!nodes.some((n) => n.role?.value === 'alertdialog')) return [];
    return nodes.filter((n) => !n.ignored && n.name?.value).map((n) => n.name?.value ?? '');
  } finally {
    await cdp.detach();
  }
}

test('on a page with a strict CSP, KindEditor still takes the snippet through its own API', async ({ extension }) => {
  const page = await extension.context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.goto(siteUrl('kindeditor-csp'));
  await ready(page);
  const body = page.frameLocator('iframe.ke-edit-iframe').locator('body');
  await body.click();
  await page.keyboard.type('甲');
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(panel.getByRole('status')).toContainText('已插入');
  await expect.poll(() => editorText(page)).toBe(`甲${CLOSING_TEXT}`);
  expect(violations.filter((v) => !/img-src|style-src/.test(v))).toEqual([]);
});

test('a page that fakes the editor’s API gets no 已插入: the text is read back from the field itself', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('kindeditor'));
  await ready(page);
  // A hostile or broken page: its KindEditor claims every insertion and inserts nothing.
  await page.evaluate((text) => {
    const frame = document.querySelector('iframe.ke-edit-iframe');
    (window as unknown as { KindEditor: { instances: unknown[] } }).KindEditor.instances = [
      { edit: { iframe: [frame] }, insertHtml: () => undefined, text: () => text },
    ];
  }, CLOSING_TEXT);
  const body = page.frameLocator('iframe.ke-edit-iframe').locator('body');
  await body.click();
  await page.keyboard.type('甲');
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(panel.getByRole('status')).toContainText('没有插入');
  await expect(body).toHaveText('甲');
});

test('an editor that moves its own selection while the writer is in 姓名 does not take the snippet', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('kindeditor'));
  await ready(page);
  const panel = await openPanel(extension, page);
  const body = page.frameLocator('iframe.ke-edit-iframe').locator('body');
  await body.click();
  await page.keyboard.type('甲');
  await page.locator('#xm').click();
  // The page's script selects the editor's text (as autosave or spell-check scripts do).
  await page.evaluate(() => {
    const frame = document.querySelector('iframe.ke-edit-iframe') as HTMLIFrameElement;
    frame.contentDocument?.getSelection()?.selectAllChildren(frame.contentDocument.body);
  });
  await page.waitForTimeout(100);
  await panel.getByRole('button', { name: CLOSING }).click();
  await expect(panel.getByRole('status')).toContainText('已插入');
  await expect(page.locator('#xm')).toHaveValue(CLOSING_TEXT);
  await expect.poll(() => editorText(page)).toBe('甲');
});
