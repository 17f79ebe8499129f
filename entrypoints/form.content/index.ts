import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { trackCaret } from '@/lib/fields/caret';
import { insertText } from '@/lib/fields/insert';
import { type ListenerCost, world } from '@/lib/fields/world';
import { type InsertResult, parseMessage, ToContent } from '@/lib/messages';
import { createDock } from './dock';

/**
 * The form content script. Injected on demand (activeTab) into every frame it may access: it tracks
 * the field the user works in, inserts text there, and in the top frame docks the panel. Reading the
 * form (labels, limits, locating) is the reader script's job, injected only when the panel asks.
 */
export default defineContentScript({
  // Never listed in the manifest: the background injects it into the tab the user asked for.
  registration: 'runtime',
  matches: [],
  allFrames: true,
  main(ctx) {
    // A second injection into the same frame (the button clicked again) must not double up.
    if (world.__tianbaoForm) return;
    const cost: ListenerCost = { ms: 0, calls: 0 };

    const notifyActive = () => {
      browser.runtime.sendMessage({ type: 'field:active' }).catch(() => {
        // The extension was reloaded; nothing to tell.
      });
    };
    // The test build times its own listeners, for `npm run bench` (keystroke_overhead_ms).
    const timed =
      import.meta.env.MODE === 'e2e'
        ? (listener: () => void) => () => {
            const start = performance.now();
            listener();
            cost.ms += performance.now() - start;
            cost.calls++;
          }
        : undefined;
    const tracker = trackCaret(document, ctx.signal, notifyActive, timed);
    world.__tianbaoForm = { tracker, cost };
    ctx.onInvalidated(() => {
      world.__tianbaoForm = undefined;
    });
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
          const blocked = tracker.unreachable();
          const result: InsertResult = blocked
            ? { ok: false, reason: 'frame-blocked', origin: blocked }
            : insertText(tracker.field(), tracker.caret(), message.text, message.caret, message.html);
          sendResponse(result);
          return;
        }
      }
    });
  },
});
