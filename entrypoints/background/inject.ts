import { browser } from 'wxt/browser';

/**
 * Each content script by the global it leaves in the extension's world of a frame (the page's
 * send starts, lib/fields/page-sends.ts: in the page's own world).
 */
export const SCRIPT_FILES = {
  __tianbaoForm: '/content-scripts/form.js',
  __tianbaoReader: '/content-scripts/form-reader.js',
  __tianbaoGuard: '/content-scripts/submit-guard.js',
  __tianbaoSends: '/content-scripts/page-sends.js',
} as const;
export type ScriptGlobal = keyof typeof SCRIPT_FILES;
const worldOf = (global: ScriptGlobal) => (global === '__tianbaoSends' ? 'MAIN' : 'ISOLATED');

/**
 * Injects the content script that leaves `global` into those of `frames` that lack it (the reader
 * after the form script, which it builds on). Never twice: a frame that has it keeps its copy, with
 * its open panel and its field ids.
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
    files: [SCRIPT_FILES[global]],
  });
}
