import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { trackCaret } from '@/lib/fields/caret';
import { insertText } from '@/lib/fields/insert';
import { type InsertResult, parseMessage, ToContent } from '@/lib/messages';
import { createDock } from './dock';

/**
 * The form content script. Injected on demand (activeTab) into every frame it may access: it tracks
 * the field the user works in, inserts text there, and in the top frame docks the panel.
 */
export default defineContentScript({
  // Never listed in the manifest: the background injects it into the tab the user asked for.
  registration: 'runtime',
  matches: [],
  allFrames: true,
  main(ctx) {
    // A second injection into the same frame (the button clicked again) must not double up.
    const marker = globalThis as { __tianbaoForm?: boolean };
    if (marker.__tianbaoForm) return;
    marker.__tianbaoForm = true;
    ctx.onInvalidated(() => {
      marker.__tianbaoForm = false;
    });

    const notifyActive = () => {
      browser.runtime.sendMessage({ type: 'field:active' }).catch(() => {
        // The extension was reloaded; nothing to tell.
      });
    };
    const tracker = trackCaret(document, ctx.signal, notifyActive);
    const dock =
      window === window.top
        ? createDock(document, browser.runtime.getURL('/panel.html'), browser.i18n.getMessage('panelTitle'))
        : null;
    ctx.onInvalidated(() => dock?.setLayout('closed'));

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      const message = parseMessage(ToContent, raw);
      if (!message) return;
      switch (message.type) {
        case 'panel:toggle':
          if (!dock) return;
          dock.setLayout(dock.open ? 'closed' : 'expanded');
          sendResponse({ open: dock.open });
          return;
        case 'panel:layout':
          dock?.setLayout(message.layout);
          return;
        case 'field:insert': {
          const result: InsertResult = insertText(document, tracker.field(), tracker.caret(), message.text);
          sendResponse(result);
          return;
        }
      }
    });
  },
});
