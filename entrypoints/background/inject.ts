import { browser } from 'wxt/browser';

// All the code we put in a page is in one file, page.js (entrypoints/page/), loaded once per frame
// before any of its parts: each part is started by a small file of its own, loaded after it
// (public/form.js, form-reader.js, submit-guard.js: one call each, `__tianbaoPage?.form()`…, and no
// comment, since they ship as they are and every byte we put in a page counts).
const PAGE = '/page.js';

/**
 * The files that start each part of the page script, by the global the part leaves in the
 * extension's world of a frame: the form part (injected on demand, or registered at document_idle
 * on a site that is always on), the reader (started after the form part, the first time the panel
 * reads the form in that frame) and the guard (registered at document_start where the check before
 * 提交 is on). page.js comes first wherever the part may be the first in its frame.
 */
export const SCRIPT_FILES = {
  __tianbaoForm: [PAGE, '/form.js'],
  __tianbaoReader: ['/form-reader.js'],
  __tianbaoGuard: [PAGE, '/submit-guard.js'],
  // The page's send starts, marked in the page's own world (lib/fields/page-sends.ts), for the guard.
  __tianbaoSends: ['/page-sends.js'],
} as const;
export type ScriptGlobal = keyof typeof SCRIPT_FILES;
const worldOf = (global: ScriptGlobal) => (global === '__tianbaoSends' ? 'MAIN' : 'ISOLATED');

/**
 * Injects the part that leaves `global` into those of `frames` that lack it (the reader after the
 * form part, which it builds on). Never twice: a frame that has it keeps its copy, with its open
 * panel and its field ids.
 */
export async function ensureInjected(tabId: number, frames: number[] | 'all', global: ScriptGlobal): Promise<void> {
  const target = frames === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: frames };
  const present = await browser.scripting.executeScript({
    target,
    world: worldOf(global),
    func: (name: string) => (globalThis as Record<string, unknown>)[name] !== undefined,
    args: [global],
  });
  const missing = present.filter((r) => r.result !== true).map((r) => r.frameId);
  if (missing.length === 0) return;
  if (global === '__tianbaoReader') await ensureInjected(tabId, missing, '__tianbaoForm');
  await browser.scripting.executeScript({
    target: { tabId, frameIds: missing },
    world: worldOf(global),
    files: [...SCRIPT_FILES[global]],
  });
}
