import type { Page } from '@playwright/test';
import type { Snippet } from '../../lib/db/tianbao';
import { type Extension, expect } from './fixtures';

/** Opens the options page (the library manager) once its list has loaded. */
export async function openManager(extension: Extension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.id}/options.html`);
  await expect(page.getByRole('heading', { name: /全部素材/ })).toBeVisible();
  return page;
}

/** Every stored snippet, read straight from IndexedDB (not through the UI), sorted by id. */
export function readLibrary(page: Page): Promise<Snippet[]> {
  return page.evaluate(
    () =>
      new Promise<Snippet[]>((resolve, reject) => {
        const open = indexedDB.open('tianbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('snippets').objectStore('snippets').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as Snippet[]).sort((a, b) => (a.id < b.id ? -1 : 1)));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** The row of the snippet titled `title` in the manager's list. */
export function row(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.locator('strong', { hasText: new RegExp(`^${title}$`) }) });
}

/** Titles of the rows drawn in the list, top to bottom. */
export function shownTitles(page: Page): Promise<string[]> {
  return page.locator('.library-row strong').allTextContents();
}

/** A file for setInputFiles. */
export function file(name: string, content: string | Buffer, mimeType = 'application/json') {
  return { name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content };
}

export { putLibrary } from '../../scripts/browser';
