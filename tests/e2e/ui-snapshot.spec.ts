import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { promptButton } from './drafts-helpers';
import { addSnippetInOptions, expect, openPanel, registeredSites, setSite, siteUrl, test } from './fixtures';

// Not a test of behaviour: a tool for moving CSS between files. With UI_SNAPSHOT_DIR set, it writes a
// PNG and the computed style of every element (and its ::before/::after) of each panel tab, prompt and
// options state, light and dark, to that folder; `npx tsx scripts/ui-compare.ts BEFORE AFTER` then
// compares two such folders pixel by pixel and property by property. Skipped without the variable.

const OUT = process.env.UI_SNAPSHOT_DIR;
test.skip(!OUT, 'UI_SNAPSHOT_DIR is not set (a tool run by hand, see docs/testing.md)');

/** Every element's computed style in `target`'s document, keyed by its position and classes. */
function styles(target: Page | Frame): Promise<Record<string, Record<string, string>>> {
  return target.evaluate(() => {
    const out: Record<string, Record<string, string>> = {};
    const read = (cs: CSSStyleDeclaration) => {
      const props: Record<string, string> = {};
      for (const name of Array.from(cs)) props[name] = cs.getPropertyValue(name);
      return props;
    };
    const all = [document.documentElement, ...document.documentElement.querySelectorAll('*')];
    all.forEach((el, i) => {
      const key = `${i} ${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`;
      out[key] = read(getComputedStyle(el));
      for (const pseudo of ['::before', '::after', '::placeholder', '::marker']) {
        const cs = getComputedStyle(el, pseudo);
        if (pseudo.endsWith('before') || pseudo.endsWith('after')) {
          if (cs.content === 'none' || cs.content === 'normal') continue;
        }
        out[`${key} ${pseudo}`] = read(cs);
      }
    });
    return out;
  });
}

async function settle(frame: Page | Frame): Promise<void> {
  await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`UI snapshot (${scheme})`, async ({ extension }) => {
    test.setTimeout(240_000);
    const dir = resolve(OUT ?? '.', scheme);
    mkdirSync(dir, { recursive: true });
    const save = async (name: string, shot: () => Promise<Buffer>, target: Page | Frame) => {
      await settle(target);
      await (target as Page).waitForTimeout?.(300);
      writeFileSync(join(dir, `${name}.png`), await shot());
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(await styles(target)));
    };
    const origin = new URL(siteUrl('demo-form')).origin;
    await addSnippetInOptions(extension, '带变量', '本单位：{{职务名称}}。');

    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(siteUrl('demo-form'));
    await page.locator('#sample').click();
    await page.locator('#grzj').click();
    await page.locator('#grzj').evaluate((el: HTMLTextAreaElement) => {
      el.setSelectionRange(0, 0);
      el.scrollTop = 0;
    });
    const panel = await openPanel(extension, page);
    expect(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    const host = page.locator('tianbao-panel');
    const shoot = () => host.screenshot({ animations: 'disabled', caret: 'hide' });
    await expect(panel.getByRole('button', { name: '始终启用' })).toBeVisible();
    await save('panel-site-offer', shoot, panel);
    await panel.getByRole('button', { name: '暂不' }).click();

    for (const [tab, name] of [
      ['提纲', 'outline'],
      ['素材', 'snippets'],
      ['检查', 'check'],
      ['草稿', 'drafts'],
    ] as const) {
      await panel.getByRole('tab', { name: tab }).click();
      await expect(panel.getByRole('tabpanel', { name: tab })).toBeVisible();
      if (name === 'outline') await panel.locator('.outline-rows').waitFor();
      if (name === 'check') await panel.locator('.check[data-checked]').waitFor();
      await page.waitForTimeout(500);
      await save(`panel-${name}`, shoot, panel);
    }
    await panel.getByRole('tab', { name: '素材' }).click();
    await panel.getByRole('searchbox', { name: '搜索素材' }).fill('czwt');
    await panel.locator('.snippets mark').first().waitFor();
    await save('panel-search', shoot, panel);
    await panel.getByRole('searchbox', { name: '搜索素材' }).fill('');
    await panel.getByRole('button', { name: /带变量/ }).click();
    await expect(panel.getByRole('form', { name: /带变量/ })).toBeVisible();
    await save('panel-insert-prompt', shoot, panel);
    await page.close();

    await setSite(extension, origin, { alwaysOn: true, submitCheck: true });
    const drafts = await extension.context.newPage();
    await drafts.goto(siteUrl('demo-form'));
    await drafts.locator('#grzj').click();
    await drafts.keyboard.type('一年来，我认真学习党的路线方针政策。');
    await drafts.waitForTimeout(1500);
    await drafts.close();

    const options = await extension.context.newPage();
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extension.id}/options.html`);
    await expect(options.getByRole('listitem', { name: new URL(origin).host })).toBeVisible();
    await options.locator('.library-row').first().waitFor();
    const full = () => options.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    await save('options', full, options);
    await options.locator('.library-row').first().getByRole('button', { name: '编辑' }).click();
    await save('options-snippet-edit', full, options);
    await options.goto(`chrome-extension://${extension.id}/options.html`);
    await options.locator('.library-row').first().waitFor();
    await options.locator('#templates').getByRole('button', { name: '编辑' }).first().click();
    await options.locator('.template-editor').waitFor();
    await save('options-template-edit', full, options);
    await options.goto(`chrome-extension://${extension.id}/options.html`);
    await options.locator('.library-row').first().waitFor();
    await options.getByRole('button', { name: '清除本机全部数据…' }).click();
    await save('options-clear-confirm', full, options);
    await options.close();
  });
}

// The UI we draw in a page (closed shadow roots, so PNGs only): the drafts prompt (offer and
// warning), the dialog before 提交, the notice after it, the collapsed dock.
for (const scheme of ['light', 'dark'] as const) {
  test(`UI snapshot of the page's own UI (${scheme})`, async ({ extension }) => {
    test.setTimeout(120_000);
    const dir = resolve(OUT ?? '.', scheme);
    mkdirSync(dir, { recursive: true });
    const save = async (name: string, page: Page) => {
      await settle(page);
      await page.waitForTimeout(300);
      writeFileSync(join(dir, `${name}.png`), await page.screenshot({ animations: 'disabled', caret: 'hide' }));
    };
    const origin = new URL(siteUrl('demo-form')).origin;
    const switchOn = async (submitCheck: boolean) => {
      await setSite(extension, origin, { alwaysOn: true, submitCheck });
      expect((await registeredSites(extension))['tianbao-submit-check']).toHaveLength(submitCheck ? 1 : 0);
    };
    await switchOn(false);
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(siteUrl('demo-form'));
    await page.locator('#grzj').click();
    await page.keyboard.type('一年来，我认真学习党的路线方针政策。');
    await page.waitForTimeout(1500);
    await page.reload();
    await page.locator('#grzj').fill('新写的开头');
    await expect.poll(async () => (await promptButton(extension, page, '恢复草稿')) !== null).toBe(true);
    await save('page-drafts-offer', page);
    await extension.worker.evaluate(async (url) => {
      type Chrome = {
        tabs: { query(q: object): Promise<{ id?: number }[]> };
        scripting: { executeScript(i: object): Promise<unknown> };
      };
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await c.tabs.query({ url });
      await c.scripting.executeScript({
        target: { tabId: tab?.id },
        func: () =>
          (globalThis as { __tianbaoReader?: { warnDrafts(a: object): void } }).__tianbaoReader?.warnDrafts({
            // (The words the worker sends for a full disk: entrypoints/background/draft-offer.ts.)
            text: '草稿未能保存：浏览器存储空间已满。您输入的文字仍在本页，请先不要关闭或刷新页面；在填报助手选项的“草稿”中删除旧草稿腾出空间后会自动重试。',
            dismiss: '忽略',
          }),
      });
    }, page.url());
    await expect.poll(async () => (await promptButton(extension, page, '恢复草稿')) === null).toBe(true);
    await save('page-drafts-warning', page);

    await switchOn(true);
    await page.locator('#grzj').fill('认真釆取措施,取得实效。');
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('tianbao-submit-check') !== null)).toBe(true);
    await save('page-dialog', page);
    await page.keyboard.press('Tab');
    await save('page-dialog-tab', page);
    // 返回修改: the first error selected and highlighted for a moment (taken while it shows).
    await page.keyboard.press('Escape');
    await settle(page);
    writeFileSync(join(dir, 'page-located.png'), await page.screenshot({ caret: 'hide' }));

    await openPanel(extension, page);
    await save('page-dock', page);
    await page.close();

    const sent = await extension.context.newPage();
    await sent.setViewportSize({ width: 1024, height: 700 });
    await sent.emulateMedia({ colorScheme: scheme });
    // Switched on with the page open, its listener sends before the guard's: the guard says so.
    await switchOn(false);
    await sent.goto(`${siteUrl('attack-sent')}?fetch&capture`);
    await sent.locator('#grzj').fill('一年来，我认真履行岗位职责。');
    await switchOn(true);
    await sent.locator('#go').click();
    await expect.poll(() => sent.evaluate(() => document.querySelector('tianbao-submit-notice') !== null)).toBe(true);
    await save('page-notice', sent);
  });
}
