import { useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { searchRequestKey } from '@/lib/message-constants';
import { listen } from '../extension-events';

// A request older than this was not for the panel opening now (a tab restored from long ago).
const REQUEST_TTL_MS = 10_000;

/**
 * The panel's keyboard: Esc closes it (a field or prompt that uses Esc itself comes first),
 * `/` (outside a text box) and Ctrl+K (anywhere) go to the snippet search.
 */
export function usePanelKeys(keys: { onEscape(): void; onSearch(): void }): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const typing = target?.matches('input, textarea, select, [contenteditable]') ?? false;
      if (event.key === 'Escape') {
        // Esc in a search box with text clears it (the browser's own behaviour) before closing.
        if (target instanceof HTMLInputElement && target.type === 'search' && target.value) return;
        event.preventDefault();
        latest.current.onEscape();
      } else if (
        (event.key === '/' && !typing) ||
        (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))
      ) {
        event.preventDefault();
        latest.current.onSearch();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * Runs `onRequest` when the background asks this panel to focus its search (the focus-search
 * shortcut): a request waiting when the panel starts, or one arriving while it is open.
 */
export function useSearchRequests(onRequest: () => void): void {
  const latest = useRef(onRequest);
  latest.current = onRequest;
  useEffect(() => {
    let key: string | undefined;
    const take = async () => {
      if (!key) return;
      const stored = await browser.storage.session.get(key);
      const at = stored[key];
      if (typeof at !== 'number') return;
      await browser.storage.session.remove(key);
      if (Date.now() - at < REQUEST_TTL_MS) latest.current();
    };
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key && changes[key]?.newValue !== undefined) void take();
    };
    const stop = listen(() => browser.storage.onChanged, listener);
    // The panel is framed into a tab: that tab is the one its requests are for. Firefox gives an
    // extension page framed into a web page no tabs API: there the shortcut only opens the panel.
    if (!browser.tabs?.getCurrent) return stop;
    void browser.tabs.getCurrent().then((tab) => {
      if (tab?.id === undefined) return;
      key = searchRequestKey(tab.id);
      void take();
    });
    return stop;
  }, []);
}
