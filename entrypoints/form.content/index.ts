import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { EDIT_PAUSE_MS, type EditListener, trackCaret } from '@/lib/fields/caret';
import { isTextField } from '@/lib/fields/editable';
import { insertText } from '@/lib/fields/insert';
import { pageEditorOf } from '@/lib/fields/page-editors';
import { type HandOver, handOver } from '@/lib/fields/page-insert';
import { type ListenerCost, world } from '@/lib/fields/world';
import { type InsertHandOver, type InsertResult, type PanelState, parseMessage, ToContent } from '@/lib/messages';
import { createDock } from './dock';
import { startDrafts } from './drafts';

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
  // WXT would also post a window message naming our extension id at each start: the page sees it.
  noScriptStartedPostMessage: true,
  main() {
    // A second injection into the same frame (the button clicked again) must not double up.
    if (world.__tianbaoForm) return;
    const cost: ListenerCost = { ms: 0, calls: 0 };
    // This instance's lifetime. Not WXT's `ctx`: it stops on a DOM event ("a newer copy started")
    // that any page script can dispatch too, which would close the panel and deafen the caret
    // tracking. We stop only once the extension has been updated or reloaded under us: then this
    // world is orphaned (`runtime.id` is gone), and the new version runs in a world of its own.
    const life = new AbortController();
    const orphaned = () => {
      if (browser.runtime?.id === undefined) life.abort();
      return life.signal.aborted;
    };
    // The new version announces itself when the background injects it: leave it the page.
    // (WXT's event name, `<extension id>:form:wxt:content-script-started`; private in its types.)
    const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    document.addEventListener(started, orphaned, { signal: life.signal });
    // Or the user's next click in the page removes the dead panel.
    document.addEventListener('pointerdown', orphaned, { capture: true, passive: true, signal: life.signal });

    const notifyActive = () => {
      if (orphaned()) return; // (sending would throw)
      const at = performance.timeOrigin + performance.now();
      browser.runtime.sendMessage({ type: 'field:active', at }).catch(() => {
        // The service worker is restarting; the next focus tells it.
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
    const drafts = startDrafts(life.signal, timed);
    // After a pause in typing, the panel (when open in this tab) reads the field again: one
    // message per pause, never per keystroke, and none while the panel is closed.
    let pause: ReturnType<typeof setTimeout> | undefined;
    let panelOpen = false;
    const edits: EditListener = {
      edited(field) {
        drafts.edited(field);
        clearTimeout(pause);
        if (!panelOpen) return;
        pause = setTimeout(() => {
          if (!orphaned()) browser.runtime.sendMessage({ type: 'field:edited' }).catch(() => undefined);
        }, EDIT_PAUSE_MS);
      },
      left: drafts.left,
    };
    const tracker = trackCaret(document, life.signal, notifyActive, timed, edits);
    world.__tianbaoForm = { tracker, cost, drafts };
    life.signal.addEventListener('abort', () => {
      world.__tianbaoForm = undefined;
    });
    // The panel's address carries a random token, told to the background first: a page that frames
    // panel.html itself (it is web-accessible) gets a panel the extension does not act for.
    const token = window === window.top ? crypto.randomUUID() : '';
    if (token) browser.runtime.sendMessage({ type: 'panel:token', token }).catch(() => undefined);
    const dock = token
      ? createDock(document, browser.runtime.getURL(`/panel.html#${token}`), browser.i18n.getMessage('panelTitle'))
      : null;
    life.signal.addEventListener('abort', () => dock?.setLayout('closed'));

    const handedOver = new Map<string, HandOver>();
    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return;
      const message = parseMessage(ToContent, raw);
      if (!message) return;
      switch (message.type) {
        case 'panel:toggle':
          if (!dock) return;
          dock.setLayout(dock.open ? 'closed' : 'expanded');
          sendResponse({ open: dock.open } satisfies PanelState);
          return;
        case 'panel:layout': {
          if (!dock) return;
          // Closed from the keyboard (Esc): the writer goes on in the field they were in.
          const hadFocus = document.activeElement?.localName === 'tianbao-panel';
          dock.setLayout(message.layout);
          if (hadFocus && !dock.open) tracker.field()?.focus({ preventScroll: true });
          sendResponse({ open: dock.open });
          return;
        }
        case 'panel:open':
          panelOpen = message.open;
          drafts.panelOpen(message.open);
          return;
        case 'field:insert': {
          const blocked = tracker.unreachable();
          const field = tracker.field();
          // Editors with a model of their own take the text through their API (in the page's
          // world, which the background reaches); this script restores the caret and reads back.
          const editor = field && !blocked && !isTextField(field) ? pageEditorOf(field) : null;
          if (field && editor) {
            const handed = handOver(field, tracker.caret(), message.text, message.caret);
            handedOver.set(handed.marker, handed);
            sendResponse({ handOver: editor.id, marker: handed.marker } satisfies InsertHandOver);
            return;
          }
          const result: Promise<InsertResult> = blocked
            ? Promise.resolve({ ok: false, reason: 'frame-blocked', origin: blocked })
            : tracker.lost()
              ? Promise.resolve({ ok: false, reason: 'field-gone' })
              : insertText(field, tracker.caret(), message.text, message.caret, message.html);
          // (Answered once the text is read back from the field: an editor may render it later.)
          // The test build lets a test hold the answer while it stops the service worker.
          void (import.meta.env.MODE === 'e2e' ? result.then(heldForTests) : result).then(sendResponse);
          return true;
        }
        case 'field:handed': {
          const handed = handedOver.get(message.marker);
          handedOver.delete(message.marker);
          void (handed?.finish(message.read) ?? Promise.resolve({ ok: false, reason: 'field-gone' })).then(
            sendResponse,
          );
          return true;
        }
      }
    });
  },
});

/** Test build only: `value` once the promise a test may leave in `__tianbaoHoldAnswer` settles. */
async function heldForTests<T>(value: T): Promise<T> {
  await world.__tianbaoHoldAnswer;
  return value;
}
