import { sortSnippets } from '../../lib/snippets/library-view';
import { expect, test } from './fixtures';
import { openManager, putLibrary, readLibrary, shownTitles } from './library-helpers';

// The options page draws the library manager first and loads its other sections after the list
// (components/options/options-lazy.tsx); the list's first screen comes from the updatedAt index before the
// whole library is read (lib/snippets/first-screen.ts).

const SECTIONS = [
  'from-page',
  'add-heading',
  'profile',
  'transfer',
  'packs',
  'templates',
  'rules',
  'wording',
  'preferences',
  'sites',
  'drafts',
  'clear',
];

test('a section named in the address, or by a nav link clicked at once, is scrolled to once it is drawn', async ({
  extension,
}) => {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.id}/options.html#wording`);
  await expect(page.locator('#wording')).toBeInViewport();

  await page.goto(`chrome-extension://${extension.id}/options.html`);
  // Clicked as soon as the nav is there, whether or not the section's code is in yet.
  await page.locator('.options-nav').getByRole('link', { name: '清除本机数据' }).click();
  await expect(page.locator('#clear')).toBeInViewport();
  await page.locator('.options-nav').getByRole('link', { name: '文种模板' }).click();
  await expect(page.locator('#templates')).toBeInViewport();
  // Every section is on the page (收藏自网页 only with a text saved from a page).
  for (const id of SECTIONS.filter((s) => s !== 'from-page')) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});

test('a large library opens on its first screen in the same order as the whole, and a filter typed at once finds every match', async ({
  extension,
}) => {
  const page = await openManager(extension);
  const [template] = await readLibrary(page);
  if (!template) throw new Error('starter pack missing');
  // Groups of snippets changed in the same millisecond: the index has them by id, the list by title.
  const many = Array.from({ length: 4000 }, (_, i) => ({
    ...template,
    id: `bulk-${String(i).padStart(4, '0')}`,
    title: `素材${String(3999 - i).padStart(4, '0')}`,
    body: i % 500 === 0 ? `年度重点${i}` : `正文${i}`,
    starter: false,
    updatedAt: 2_000_000_000_000 + Math.floor(i / 9),
  }));
  await putLibrary(page, many);
  const expected = sortSnippets(await readLibrary(page), 'recent').map((s) => s.title);

  await page.reload();
  await expect(page.getByRole('heading', { name: '全部素材（4008 条）' })).toBeVisible();
  const first = await shownTitles(page);
  expect(first.length).toBeGreaterThan(5);
  expect(first).toEqual(expected.slice(0, first.length));
  await page.getByLabel('筛选').fill('年度重点');
  await expect.poll(async () => (await shownTitles(page)).length).toBe(8);
  await page.getByLabel('筛选').fill('');
  await page.locator('.library-row').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator('.library-row:focus')).toHaveAttribute('aria-posinset', '4008');
  await expect(page.locator('.library-row:focus strong')).toHaveText(expected.at(-1) ?? '');
});
