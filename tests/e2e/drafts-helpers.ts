import type { Page } from '@playwright/test';
import type { Extension } from './fixtures';

/** One row of the drafts database, as stored. */
export interface StoredDraft {
  site: string;
  page: string;
  field: string;
  label: string;
  text: string;
  savedAt: number;
}

/**
 * Every row of the extension's drafts database (`tianbao-drafts`), read with the raw IndexedDB API
 * from an extension page (the options page), which shares the extension's origin.
 */
export async function readDrafts(extension: Extension): Promise<StoredDraft[]> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.id}/options.html`);
  const rows = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('tianbao-drafts')) return [];
    return new Promise<StoredDraft[]>((resolve, reject) => {
      const open = indexedDB.open('tianbao-drafts');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const request = db.transaction('versions').objectStore('versions').getAll();
        request.onsuccess = () => {
          db.close();
          resolve(request.result as StoredDraft[]);
        };
        request.onerror = () => reject(request.error);
      };
    });
  });
  await page.close();
  return rows;
}

/** The newest stored text of `field` ('' when none). */
export async function newestDraft(extension: Extension, field: string): Promise<string> {
  const rows = (await readDrafts(extension)).filter((r) => r.field === field);
  rows.sort((a, b) => b.savedAt - a.savedAt);
  return rows[0]?.text ?? '';
}

/**
 * The box of a button of the drafts prompt on `page` (a closed shadow root: only the extension's
 * own world can see into it), or null while there is no prompt.
 */
export function promptButton(extension: Extension, page: Page, name: string) {
  return extension.worker.evaluate(
    async ({ url, name }) => {
      type Chrome = {
        tabs: { query(q: object): Promise<{ id?: number }[]> };
        scripting: { executeScript(i: object): Promise<{ result?: unknown }[]> };
      };
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await c.tabs.query({ url });
      if (tab?.id === undefined) return null;
      const [result] = await c.scripting.executeScript({
        target: { tabId: tab.id },
        args: [name],
        func: (label: string) => {
          const reader = (globalThis as { __tianbaoReader?: { draftPrompt(): ShadowRoot | null } }).__tianbaoReader;
          const root = reader?.draftPrompt();
          const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label);
          if (!button) return null;
          const box = button.getBoundingClientRect();
          const text = root?.querySelector('p')?.textContent ?? '';
          return { x: box.x + box.width / 2, y: box.y + box.height / 2, text };
        },
      });
      return (result?.result ?? null) as { x: number; y: number; text: string } | null;
    },
    { url: page.url(), name },
  );
}
