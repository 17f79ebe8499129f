import { readDrafts } from './drafts-helpers';
import { expect, openPanel, registeredSites, setSite, sitePatternOf, siteUrl, test } from './fixtures';

// Issue 15, item 3: drafts store what the writer wrote, not secrets. Each field of the page is
// secret by one sign only; the report beside them is kept.

test('drafts keep the report and none of the secret fields, whatever shows they are secret', async ({ extension }) => {
  await setSite(extension, new URL(siteUrl('attack-secrets')).origin, { alwaysOn: true });
  expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
  const page = await extension.context.newPage();
  await page.goto(siteUrl('attack-secrets'));
  const typeInto = async (selector: string, text: string) => {
    await page.locator(selector).click();
    await page.keyboard.type(text);
  };
  await typeInto('#masked', '我的私人暗语'); // masked by -webkit-text-security
  await page.locator('#show').click(); // 显示密码: the password field is now type=text
  await typeInto('#pw', 'Mima2023abc');
  await typeInto('#sfz', '张某的证件'); // named 身份证号
  await typeInto('#sj', '请致电'); // named 手机 (single line)
  await typeInto('#yhk', '尾号不详'); // named 银行卡号
  await typeInto('#yzm', '四八七二'); // named 短信验证码
  await typeInto('#kl', '口令内容'); // contenteditable named 登录口令
  await typeInto('#note', '11010519491231002X'); // an ID number with a valid check digit
  await typeInto('#note2', '139 1234 5678'); // a mobile number
  await typeInto('#note3', '6222020200112230'); // a card number passing Luhn
  await typeInto('#report', '一年来，我认真履行岗位职责。');
  await page.locator('#masked').click(); // leaving the report saves at once

  await expect.poll(async () => (await readDrafts(extension)).map((d) => d.field)).toContain('#report');
  await page.waitForTimeout(1500);
  const kept = (await readDrafts(extension)).map((d) => `${d.field}:${d.text}`);
  expect(kept).toEqual(['#report:一年来，我认真履行岗位职责。']);
});

test('a field longer than a draft may be: the draft says it is cut, and is never restored over more text', async ({
  extension,
}) => {
  await setSite(extension, new URL(siteUrl('attack-secrets')).origin, { alwaysOn: true });
  expect((await registeredSites(extension))['tianbao-always-on']).toEqual([sitePatternOf('demo-form')]);
  const page = await extension.context.newPage();
  await page.goto(siteUrl('attack-secrets'));
  const whole = 1_200_000;
  await page.locator('#report').click();
  // A document pasted by mistake: 1,200,000 characters, as the page's own paste would put them.
  await page.evaluate((n) => {
    const field = document.getElementById('report') as HTMLTextAreaElement;
    field.value = `${'甲'.repeat(n - 1)}尾`;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, whole);
  await page.locator('#masked').click();
  await expect
    .poll(async () => (await readDrafts(extension)).find((d) => d.field === '#report')?.text.length ?? 0)
    .toBe(1_000_000);
  const stored = (await readDrafts(extension)).find((d) => d.field === '#report') as { cut?: number };
  expect(stored.cut).toBe(whole);

  // The 草稿 tab says so, and refuses to put the cut text over the longer one the field holds.
  const panel = await openPanel(extension, page);
  await panel.getByRole('tab', { name: '草稿' }).click();
  const field = panel.getByRole('region', { name: '个人总结' });
  await expect(field).toContainText(`此草稿只保存了前 1000000 字（原文 ${whole} 字）。`);
  await page.evaluate(() => {
    const report = document.getElementById('report') as HTMLTextAreaElement;
    report.value += '又写了一句。';
  });
  await field.getByRole('button', { name: '恢复', exact: true }).first().click();
  await expect(panel.getByRole('tabpanel', { name: '草稿' }).locator('.drafts > [role=status]')).toContainText(
    '这份草稿只保存了开头部分',
  );
  expect(await page.locator('#report').evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(whole + 6);
});
