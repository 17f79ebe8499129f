import { browser } from 'wxt/browser';
import { searchRequestKey } from '@/lib/messages';
import { callFrame, tellFrames } from './calls';
import { SCRIPT_FILES } from './inject';

/** Opens the panel in `tabId`, or closes it when open, injecting the content script if needed. */
export async function togglePanel(tabId: number): Promise<boolean> {
  const open = await tellDock(tabId, () => callFrame(tabId, 0, 'panel:toggle', {}));
  await tellPanelOpen(tabId, open);
  return open;
}

/**
 * The focus-search shortcut: opens the panel in `tabId` if it is not, and asks it (through session
 * storage, which a panel just opened reads when it starts) to show 素材 with the focus in its search.
 */
export async function focusSearch(tabId: number): Promise<boolean> {
  await browser.storage.session.set({ [searchRequestKey(tabId)]: Date.now() });
  const open = await tellDock(tabId, () => callFrame(tabId, 0, 'panel:layout', { layout: 'expanded' }));
  await tellPanelOpen(tabId, open);
  return open;
}

/** Tells every frame of the tab whether the panel is open there (drafts in `auto` follow it). */
export async function tellPanelOpen(tabId: number, open: boolean): Promise<void> {
  await tellFrames(tabId, 'panel:open', { open });
}

/** Calls the dock of `tabId` (`ask`), injecting the content script first if needed; whether it is open. */
async function tellDock(tabId: number, ask: () => Promise<{ open: boolean } | undefined>): Promise<boolean> {
  const reply = await ask();
  if (reply) return reply.open;
  // No content script in this tab yet.
  try {
    await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: [...SCRIPT_FILES.__tianbaoForm],
    });
  } catch {
    // A page the extension may not touch (the browser's own pages, the web store): nothing to do.
    return false;
  }
  return (await ask())?.open ?? false;
}
