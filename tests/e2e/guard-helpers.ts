import type { Page } from '@playwright/test';

// What the check before 提交's tests share: how a writer with a screen reader finds its dialog,
// the dialog's title, and the count of the form's POSTs.

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

/**
 * Answers the POSTs `page` sends to the fixtures' `attack-post` with `ok` and counts them: the
 * number sent so far. (Call before the page is opened.)
 */
export async function countPosts(page: Page): Promise<() => number> {
  let posts = 0;
  await page.route('**/attack-post', (route) => {
    if (route.request().method() === 'POST') posts++;
    return route.fulfill({ status: 200, body: 'ok' });
  });
  return () => posts;
}
