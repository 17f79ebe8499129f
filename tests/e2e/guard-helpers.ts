import type { Page } from '@playwright/test';

// What the check before 提交's tests share: how a writer with a screen reader finds its dialog,
// and the dialog's title.

/** The name of an element of `role` as a screen reader finds it (closed shadow roots included). */
export async function seen(page: Page, role: 'alertdialog' | 'alert'): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string } }[];
    };
    const node = nodes.find((n) => n.role?.value === role);
    return node ? (node.name?.value ?? '') : '';
  } finally {
    await cdp.detach();
  }
}

/** The dialog's title: how many errors it found. */
export const TITLE = /^提交前检查：发现 \d+ 处错误$/;
