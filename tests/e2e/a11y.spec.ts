import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { promptButton } from './drafts-helpers';
import { addSnippetInOptions, type Extension, expect, openPanel, setSite, siteUrl, test } from './fixtures';

// axe (WCAG 2.0/2.1 A and AA, colour contrast included) on every panel tab, prompt, dialog and
// options section, in the light and the dark colour scheme. docs/testing.md says how axe reaches UI
// that lives in closed shadow roots and in the panel's out-of-process frame.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The in-page hosts of our UI: the panel, the drafts prompt, the dialog before 提交.
const HOSTS = ['tianbao-panel', 'tianbao-draft', 'tianbao-submit-check'];
const CLEAN = readFileSync(resolve('tests/fixtures/structure/kaohe-gwy.txt'), 'utf8');

/**
 * Lets axe, in the page's main world, into our closed shadow roots: each closed root is fetched through
 * the DevTools protocol (which sees every root) and set as its host element's own `shadowRoot`. Only
 * that host object changes, only for this test; our scripts never read `shadowRoot`.
 */
async function revealClosedRoots(page: Page): Promise<void> {
  type Node = { nodeName: string; shadowRoots?: Node[]; shadowRootType?: string; nodeId: number; children?: Node[] };
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const closed: Node[] = [];
    const walk = (node: Node) => {
      for (const r of node.shadowRoots ?? []) {
        if (r.shadowRootType === 'closed' && HOSTS.includes(node.nodeName.toLowerCase())) closed.push(r);
        walk(r);
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    for (const shadow of closed) {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as {
        object: { objectId: string };
      };
      await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration:
          'function () { const root = this; Object.defineProperty(root.host, "shadowRoot", { configurable: true, get: () => root }); }',
      });
    }
  } finally {
    await cdp.detach();
  }
}

/** axe's violations in our UI on `page` (all of it on an extension page), as readable lines. */
async function violations(page: Page, what: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  if (!page.url().startsWith('chrome-extension://')) {
    await revealClosedRoots(page);
    const present = await page.evaluate((hosts) => hosts.filter((h) => document.querySelector(h)), HOSTS);
    expect(present.length, `${what}: none of our UI is on the page`).toBeGreaterThan(0);
    for (const host of present) builder.include(host);
  }
  const result = await builder.analyze();
  // Guard against a run that looked at nothing (a context axe could not enter).
  expect(result.passes.length + result.incomplete.length, `${what}: axe checked nothing`).toBeGreaterThan(0);
  // axe files a contrast it could not settle under "incomplete". Two cases count here: a ratio it did
  // compute but took for text hidden on purpose (1:1, white on white: ours is never hidden that way),
  // and, in the in-page prompts, a background it could not find (it does not follow the stacking of
  // a fixed host in a shadow root; those prompts are measured below instead). Icon glyphs (no text to
  // read; their buttons are named) and rows of the windowed list partly under its toolbar do not.
  const unsettled = result.incomplete
    .filter((v) => v.id === 'color-contrast')
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) =>
        n.any.some((a) => (a.data?.contrastRatio ?? 0) > 0 && a.data?.messageKey !== 'nonBmp'),
      ),
    }));
  const own = page.url().startsWith('chrome-extension://') ? [] : await promptContrast(page);
  return [
    ...own.map((line) => `${what}: ${line}`),
    ...[...result.violations, ...unsettled].flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${what}: ${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${n.failureSummary ?? n.any.map((a) => a.message).join('; ')}`,
      ),
    ),
  ];
}

/**
 * WCAG contrast of every text in the in-page prompts (after revealClosedRoots): their colours are
 * plain, so the text's colour against the first opaque background behind it in the tree is the ratio.
 */
function promptContrast(page: Page): Promise<string[]> {
  return page.evaluate(
    (hosts) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = (c: number[]) => {
        const [r, g, b] = c.slice(0, 3).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      const background = (el: Element): number[] => {
        for (let at: Element | null = el; at; ) {
          const c = rgb(getComputedStyle(at).backgroundColor);
          if (c.length === 3 || (c[3] ?? 0) >= 1) return c;
          const parent: Node | null = at.parentNode;
          const next: Node | null = parent instanceof ShadowRoot ? parent.host : parent;
          at = next instanceof Element ? next : null;
        }
        return [255, 255, 255];
      };
      const found: string[] = [];
      for (const name of hosts) {
        const root = document.querySelector(name)?.shadowRoot;
        if (!root) continue;
        for (const el of root.querySelectorAll('*')) {
          const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
          if (!text) continue;
          const style = getComputedStyle(el);
          const [a, b] = [lum(rgb(style.color)), lum(background(el))];
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          const large =
            Number.parseFloat(style.fontSize) >= 24 ||
            (Number.parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
          if (ratio < (large ? 3 : 4.5))
            found.push(`contrast ${ratio.toFixed(2)}:1 in ${name} <${el.localName}> “${el.textContent?.slice(0, 20)}”`);
        }
      }
      return found;
    },
    HOSTS.filter((h) => h !== 'tianbao-panel'),
  );
}

/** The panel's frame on `page` must also have been examined: axe passes something inside it. */
async function panelChecked(page: Page): Promise<boolean> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).include('tianbao-panel').analyze();
  return result.passes.some((p) => p.nodes.some((n) => n.target.length > 1));
}

async function everyState(extension: Extension, scheme: 'light' | 'dark'): Promise<string[]> {
  const found: string[] = [];
  const origin = new URL(siteUrl('demo-form')).origin;
  await addSnippetInOptions(extension, '带变量', '本单位：{{职务名称}}。');

  // Panel: the site offer shows on the first open on a site.
  const page = await extension.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(siteUrl('demo-form'));
  await page.locator('#grzj').click();
  const panel = await openPanel(extension, page);
  await expect(panel.getByRole('button', { name: '始终启用' })).toBeVisible();
  expect(await panel.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
  found.push(...(await violations(page, 'site offer')));
  expect(await panelChecked(page)).toBe(true);
  await panel.getByRole('button', { name: '暂不' }).click();

  for (const tab of ['提纲', '素材', '检查', '草稿']) {
    await panel.getByRole('tab', { name: tab }).click();
    await expect(panel.getByRole('tabpanel', { name: tab })).toBeVisible();
    found.push(...(await violations(page, `tab ${tab}`)));
  }

  // The insert prompt: a snippet whose variable the profile does not fill.
  await panel.getByRole('tab', { name: '素材' }).click();
  await panel.getByRole('button', { name: /带变量/ }).click();
  await expect(panel.getByRole('form', { name: /带变量/ })).toBeVisible();
  found.push(...(await violations(page, 'insert prompt')));
  await page.close();

  // The drafts recovery prompt: a draft saved, the page reloaded, the field written again.
  await setSite(extension, origin, { alwaysOn: true, submitCheck: true });
  const drafts = await extension.context.newPage();
  await drafts.emulateMedia({ colorScheme: scheme });
  await drafts.goto(siteUrl('demo-form'));
  await drafts.locator('#grzj').click();
  await drafts.keyboard.type('一年来，我认真学习党的路线方针政策。');
  await drafts.reload();
  await drafts.locator('#grzj').fill('新写的开头');
  await expect.poll(async () => (await promptButton(extension, drafts, '恢复草稿')) !== null).toBe(true);
  found.push(...(await violations(drafts, 'drafts prompt')));

  // The dialog before 提交: 姓名 is required and empty.
  await drafts.locator('#dw').fill('某县发展和改革局');
  await drafts.locator('#grzj').fill(CLEAN);
  await drafts.getByRole('button', { name: '提交' }).click();
  await expect.poll(() => drafts.evaluate(() => document.querySelector('tianbao-submit-check') !== null)).toBe(true);
  found.push(...(await violations(drafts, 'dialog before 提交')));
  await drafts.close();

  // The options page: every section is on it (with a site and drafts to list by now).
  const options = await extension.context.newPage();
  await options.emulateMedia({ colorScheme: scheme });
  await options.goto(`chrome-extension://${extension.id}/options.html`);
  await expect(options.getByRole('listitem', { name: new URL(origin).host })).toBeVisible();
  found.push(...(await violations(options, 'options page')));
  await options.close();
  return found;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in any panel tab, prompt, dialog or options section (${scheme})`, async ({ extension }) => {
    test.setTimeout(180_000);
    expect(await everyState(extension, scheme)).toEqual([]);
  });
}
