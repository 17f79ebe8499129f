import { browser } from 'wxt/browser';

/** An extension event (`browser.storage.onChanged`, `browser.runtime.onMessage`…). */
interface ExtensionEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/**
 * Adds `listener` to the event `event()` returns, and returns what removes it. When the extension
 * is updated or removed under a page that frames our panel, the old panel lives on a moment with
 * its extension APIs gone (`browser.storage` undefined) and React may still run its effects: then
 * both ends do nothing rather than throw into the page's console.
 */
export function listen<L>(event: () => ExtensionEvent<L>, listener: L): () => void {
  const alive = () => (browser.runtime?.id === undefined ? undefined : event());
  try {
    alive()?.addListener(listener);
  } catch {
    // (The APIs went away between the two reads: as above.)
  }
  return () => {
    try {
      alive()?.removeListener(listener);
    } catch {
      // As above.
    }
  };
}

/** Whether this page's extension context still lives (false once the extension was updated or removed). */
export function extensionAlive(): boolean {
  return browser.runtime?.id !== undefined;
}
