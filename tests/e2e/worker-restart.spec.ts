import { expect, openPanel, siteUrl, test } from './fixtures';
import { holdInsertAnswers, stopWorker, workerRunning } from './worker-helpers';

// Issue 15: after the extension's service worker restarted mid-insertion, the text was in the
// field but the status said 插入失败…请刷新页面后重试, and a retry put it in twice.

const OPENING_TITLE = '述职报告·开头';
const OPENING =
  '一年来，在上级党委的坚强领导下，我认真履行岗位职责，团结带领班子成员，围绕年初确定的目标任务扎实开展工作。现将本人一年来的履职情况报告如下。';

/** How many times `text` occurs in `value`. */
function occurrences(value: string, text: string): number {
  return value.split(text).length - 1;
}

test('the worker stopped between the insertion and its answer: the text is in once, the status says 已插入, and only a second click inserts again', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const field = page.locator('#grzj');
  await field.click();
  await page.keyboard.type('甲乙');
  const panel = await openPanel(extension, page);
  const status = panel.getByRole('status');

  // The form script inserts and then holds its answer; the worker is stopped meanwhile, so the
  // answer has nowhere to go (as when Chromium stops an idle worker or it crashes).
  const held = await holdInsertAnswers(extension, page);
  await panel.getByRole('button', { name: OPENING_TITLE }).click();
  await expect(field).toHaveValue(`甲乙${OPENING}`);
  await stopWorker(extension, page);

  // The panel reads the field back (which starts the worker again) and reports what it shows.
  await expect(status).toHaveText(`已插入“${OPENING_TITLE}”。`);
  expect(await status.textContent()).not.toContain('插入失败');
  expect(await workerRunning(extension, page)).toBe(true);

  // The held answer, released late, changes nothing; nothing is sent again on its own.
  await held.release();
  await page.waitForTimeout(1000);
  expect(occurrences(await field.inputValue(), OPENING)).toBe(1);

  // The writer clicks again: one more copy, right after the first, and the usual status.
  await panel.getByRole('button', { name: OPENING_TITLE }).click();
  await expect(field).toHaveValue(`甲乙${OPENING}${OPENING}`);
  await expect(status).toHaveText(`已插入“${OPENING_TITLE}”。`);
});

test('the answer lost and the field no longer shows the text at the caret: the status asks the writer to look, not to retry', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  const field = page.locator('#grzj');
  await field.click();
  const panel = await openPanel(extension, page);
  const held = await holdInsertAnswers(extension, page);
  await panel.getByRole('button', { name: OPENING_TITLE }).click();
  await expect(field).toHaveValue(OPENING);
  // The writer goes on in the field (the caret back at its start) before the worker is stopped.
  await field.click();
  await field.press('Control+Home');
  await stopWorker(extension, page);

  const status = panel.getByRole('status');
  await expect(status).toHaveText(
    `没有收到“${OPENING_TITLE}”的插入结果（扩展刚刚重启或已更新）。请先看一下输入框：已有这段文字就不要再点；没有再点一次。侧边栏不再响应时请刷新页面。`,
  );
  await held.release();
  expect(occurrences(await field.inputValue(), OPENING)).toBe(1);
});

test('检查’s fix with its answer lost: applied once, no 插入失败, and the finding is gone', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#wt').fill('学习不够深入,调研不够经常。');
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '检查' }).click();
  const problems = panel.locator('.check-field', { has: panel.getByRole('heading', { name: '存在的问题和不足' }) });
  const comma = problems.locator('.finding', { hasText: '半角' }).first();
  await expect(comma).toBeVisible();

  const held = await holdInsertAnswers(extension, page);
  await comma.getByRole('button', { name: '修正' }).click();
  await expect(page.locator('#wt')).toHaveValue('学习不够深入，调研不够经常。');
  await stopWorker(extension, page);
  await expect(problems.locator('.finding', { hasText: '半角' })).toHaveCount(0);
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await held.release();
  await page.waitForTimeout(500);
  await expect(page.locator('#wt')).toHaveValue('学习不够深入，调研不够经常。');
});

test('after the worker restarts, the panel goes on working: the next insertion, 检查 and its fix', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(siteUrl('demo-form'));
  await page.locator('#wt').fill('学习不够深入,调研不够经常。');
  const field = page.locator('#grzj');
  await field.click();
  const panel = await openPanel(extension, page);
  await panel.getByRole('button', { name: OPENING_TITLE }).click();
  await expect(field).toHaveValue(OPENING);

  // The worker is stopped while nothing happens (Chromium stops an idle one after 30 s): what it
  // kept in memory (the panel's token, the frame the writer works in) is gone.
  await stopWorker(extension, page);
  expect(await workerRunning(extension, page)).toBe(false);

  await field.press('End');
  await panel.getByRole('button', { name: OPENING_TITLE }).click();
  await expect(field).toHaveValue(`${OPENING}${OPENING}`);
  await expect(panel.getByRole('status')).toHaveText(`已插入“${OPENING_TITLE}”。`);

  await stopWorker(extension, page);
  await panel.getByRole('tab', { name: '检查' }).click();
  const problems = panel.locator('.check-field', { has: panel.getByRole('heading', { name: '存在的问题和不足' }) });
  const comma = problems.locator('.finding', { hasText: '半角' }).first();
  await expect(comma).toBeVisible();
  await stopWorker(extension, page);
  await comma.getByRole('button', { name: '修正' }).click();
  await expect(page.locator('#wt')).toHaveValue('学习不够深入，调研不够经常。');
});
