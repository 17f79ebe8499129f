import { browser } from 'wxt/browser';
import type { AnyWire } from '@/lib/calls/define';
import type { FrameCalls, Inserted } from '@/lib/calls/frame';
import type { PageCalls, PanelEvents } from '@/lib/calls/page';
import { serve } from '@/lib/calls/serve';
import type { SavedCaret } from '@/lib/fields/caret';
import { EDIT_PAUSE_MS, type EditListener, trackCaret } from '@/lib/fields/caret';
import type { Field } from '@/lib/fields/editable';
import { isTextField } from '@/lib/fields/editable';
import { pageEditorOf } from '@/lib/fields/editors';
import { insertText } from '@/lib/fields/insert';
import { type HandOver, handOver } from '@/lib/fields/page-insert';
import { selectSpan } from '@/lib/fields/span';
import { readFieldText } from '@/lib/fields/text';
import { type ListenerCost, world } from '@/lib/fields/world';
import type { InsertResult } from '@/lib/messages';
import { createDock } from './dock';
import { startDrafts } from './drafts';

// A call of this script to the worker (lib/calls/page.ts), checked when compiled; validated there.
type Call = AnyWire<PageCalls>;

/**
 * The form part of the page script (entrypoints/page/). Injected on demand (activeTab) into every
 * frame it may access, or registered on a site that is always on: it tracks the field the user
 * works in, inserts text there, and in the top frame docks the panel. Reading the form (labels,
 * limits, locating) is the reader part's job, started only when the panel asks.
 */
export const formPart = {
  main(): void {
    // A newer copy (the extension updated under the page) tells the old one, in its own world.
    document.dispatchEvent(new CustomEvent(STARTED));
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
    // A new version announces itself when it starts (above): leave it the page.
    document.addEventListener(STARTED, orphaned, { signal: life.signal });
    // Or the user's next click in the page removes the dead panel.
    document.addEventListener('pointerdown', orphaned, { capture: true, passive: true, signal: life.signal });

    const notifyActive = () => {
      if (orphaned()) return; // (sending would throw)
      const at = performance.timeOrigin + performance.now();
      browser.runtime.sendMessage({ type: 'field:active', at } satisfies Call).catch(() => {
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
          if (!orphaned())
            browser.runtime.sendMessage({ type: 'field:edited' } satisfies AnyWire<PanelEvents>).catch(() => undefined);
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
    if (token) browser.runtime.sendMessage({ type: 'panel:token', token } satisfies Call).catch(() => undefined);
    const dock = token
      ? createDock(document, browser.runtime.getURL(`/panel.html#${token}`), browser.i18n.getMessage('panelTitle'))
      : null;
    life.signal.addEventListener('abort', () => dock?.setLayout('closed'));

    // The calls of the worker (lib/calls/frame.ts). They come only from the extension itself,
    // which validated what the panel asked: no second check here, and no zod in the page.
    const handedOver = new Map<string, HandOver>();
    // The answer to an insertion, with the field's bounds when the reader (in this same world) is
    // here to tell them: the panel then hears back in one round trip from the worker.
    const inserted = async (result: InsertResult | Promise<InsertResult>): Promise<Inserted> => {
      const done = await result;
      const answer = { result: done, bounds: done.ok ? (world.__tianbaoReader?.bounds({}) ?? null) : null };
      // The test build lets a test hold the answer while it stops the service worker.
      return import.meta.env.MODE === 'e2e' ? heldForTests(answer) : answer;
    };
    // Editors with a model of their own take the text through their API (in the page's world,
    // which the worker reaches); this script restores the caret and reads back.
    const insertAt = (field: Field, caret: SavedCaret, request: { text: string; caret?: number; html?: string }) => {
      const editor = isTextField(field) ? null : pageEditorOf(field);
      if (!editor) return inserted(insertText(field, caret, request.text, request.caret, request.html));
      const handed = handOver(field, caret, request.text, request.caret);
      handedOver.set(handed.marker, handed);
      return { handOver: editor.id, marker: handed.marker };
    };
    browser.runtime.onMessage.addListener(
      serve<FrameCalls>(() => browser.runtime?.id, {
        'panel:toggle': () => {
          if (!dock) return undefined;
          dock.setLayout(dock.open ? 'closed' : 'expanded');
          return { open: dock.open };
        },
        'panel:layout': ({ layout }) => {
          if (!dock) return undefined;
          // Closed from the keyboard (Esc): the writer goes on in the field they were in.
          const hadFocus = document.activeElement?.localName === 'tianbao-panel';
          dock.setLayout(layout);
          if (hadFocus && !dock.open) tracker.field()?.focus({ preventScroll: true });
          return { open: dock.open };
        },
        'panel:open': ({ open }) => {
          panelOpen = open;
          drafts.panelOpen(open);
          return undefined;
        },
        'field:insert': (request) => {
          const blocked = tracker.unreachable();
          if (blocked) return inserted({ ok: false, reason: 'frame-blocked', origin: blocked });
          if (tracker.lost()) return inserted({ ok: false, reason: 'field-gone' });
          const field = tracker.field();
          // (Answered once the text is read back from the field: an editor may render it later.)
          return field ? insertAt(field, tracker.caret(), request) : inserted({ ok: false, reason: 'no-field' });
        },
        'field:edit': (edit) => {
          // A field the panel names from the reader's scan; the edit replaces a stretch of its
          // text, which must still be what the panel read.
          const field = world.__tianbaoReader?.field(edit.fieldId) ?? null;
          if (!field) return inserted({ ok: false, reason: 'field-gone' });
          if (readFieldText(field).text.slice(edit.start, edit.end) !== edit.was)
            return inserted({ ok: false, reason: 'changed' });
          const caret = selectSpan(field, edit.start, edit.end);
          if (!caret) return inserted({ ok: false, reason: 'changed' });
          // The writer asked for this field's edit (lib/fields/focus-rule.ts): it is the one in use now.
          tracker.choose(field);
          return insertAt(field, caret, edit);
        },
        'field:handed': ({ marker, read }) => {
          const handed = handedOver.get(marker);
          handedOver.delete(marker);
          return inserted(handed?.finish(read) ?? { ok: false, reason: 'field-gone' });
        },
      }),
    );
  },
};

// The event a starting copy sends on the document. A page script may send it too: the form part
// then only checks that the extension is still there. (WXT's content scripts used this name: a
// copy of an older version steps aside as well.)
const STARTED = `${browser.runtime.id}:form:wxt:content-script-started`;

/** Test build only: `value` once the promise a test may leave in `__tianbaoHoldAnswer` settles. */
async function heldForTests<T>(value: T): Promise<T> {
  await world.__tianbaoHoldAnswer;
  return value;
}
