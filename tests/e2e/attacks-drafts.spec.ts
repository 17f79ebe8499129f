import { readDrafts } from './drafts-helpers';
import { expect, registeredSites, setSite, sitePatternOf, siteUrl, test } from './fixtures';

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
