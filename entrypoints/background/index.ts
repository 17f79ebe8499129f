import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { ReaderApi } from '@/lib/fields/world';
import {
  FieldContext,
  FormScan,
  FromContent,
  FromPanel,
  InsertResult,
  parseMessage,
  type ToContent,
} from '@/lib/messages';

const CONTENT_SCRIPT = '/content-scripts/form.js';
const READER_SCRIPT = '/content-scripts/form-reader.js';

/**
 * The service worker: opens the panel on the toolbar button or shortcut (`_execute_action`, which
 * grants activeTab), and routes messages between the panel and the frame whose field has focus.
 */
export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void togglePanel(tab.id);
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (isExtensionPage(sender.url)) {
      const message = parseMessage(FromPanel, raw);
      if (!message) return;
      switch (message.type) {
        case 'panel:layout':
          void sendToFrame(tabId, 0, message);
          return;
        case 'field:insert':
          void insertIntoActiveField(tabId, message).then(sendResponse);
          return true;
        case 'field:context':
          void activeFieldContext(tabId).then(sendResponse);
          return true;
        case 'form:scan':
          void scanForm(tabId).then(sendResponse);
          return true;
        case 'field:locate': {
          const { frameId, fieldId, start, end } = message;
          void callReader(tabId, [frameId], 'locate', [fieldId, start, end]).then(([found]) =>
            sendResponse(found?.result === true),
          );
          return true;
        }
      }
    }
    const message = parseMessage(FromContent, raw);
    if (message?.type === 'field:active' && sender.frameId !== undefined) {
      void browser.storage.session.set({ [activeFrameKey(tabId)]: sender.frameId });
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(activeFrameKey(tabId));
  });

  // Test builds only: headless Chromium has no toolbar to click, so tests call this instead.
  if (import.meta.env.MODE === 'e2e') {
    (globalThis as { tianbaoTogglePanel?: typeof togglePanel }).tianbaoTogglePanel = togglePanel;
  }
});

/** Opens the panel in `tabId`, or closes it when open, injecting the content script if needed. */
async function togglePanel(tabId: number): Promise<boolean> {
  const toggle: ToContent = { type: 'panel:toggle' };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, toggle, { frameId: 0 })) as { open: boolean } | undefined;
    if (reply) return reply.open;
  } catch {
    // No content script in this tab yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] });
  } catch {
    // A page the extension may not touch (the browser's own pages, the web store): nothing to do.
    return false;
  }
  const reply = (await browser.tabs.sendMessage(tabId, toggle, { frameId: 0 })) as { open: boolean } | undefined;
  return reply?.open ?? false;
}

/** The frame whose field the user last worked in (the top frame until one reports). */
async function activeFrame(tabId: number): Promise<number> {
  const key = activeFrameKey(tabId);
  const stored = await browser.storage.session.get(key);
  return typeof stored[key] === 'number' ? stored[key] : 0;
}

/**
 * Sends the insertion to the frame whose field the user last worked in; after it, tells how far
 * the field now passes a limit its page states (限800字, 0/800), which only the reader knows.
 */
async function insertIntoActiveField(
  tabId: number,
  insert: ToContent & { type: 'field:insert' },
): Promise<InsertResult> {
  const frameId = await activeFrame(tabId);
  const result = parseMessage(InsertResult, await sendToFrame(tabId, frameId, insert));
  if (!result) return { ok: false, reason: 'field-gone' };
  if (!result.ok) return result;
  const [bounds] = await callReader(tabId, [frameId], 'bounds', []);
  const { maxLength, length } = (bounds?.result ?? {}) as { maxLength?: number; length?: number };
  return maxLength !== undefined && length !== undefined && length > maxLength
    ? { ...result, limit: maxLength, over: length - maxLength }
    : result;
}

/** The label, text, caret and selection of the field the user works in, or null. */
async function activeFieldContext(tabId: number): Promise<FieldContext | null> {
  const [context] = await callReader(tabId, [await activeFrame(tabId)], 'context', []);
  return parseMessage(FieldContext, context?.result) ?? null;
}

/**
 * Reads every frame the extension may access. `executeScript` reaches each frame's reader (same
 * isolated world) and says which frame answered, without the webNavigation permission that
 * listing frames would need.
 */
async function scanForm(tabId: number): Promise<FormScan> {
  const results = await callReader(tabId, 'all', 'scan', []);
  const frames = results
    .filter((r) => Array.isArray(r.result))
    .map((r) => ({ frameId: r.frameId, fields: r.result }))
    .sort((a, b) => a.frameId - b.frameId);
  return parseMessage(FormScan, { frames }) ?? { frames: [] };
}

/**
 * Calls `method` of the form reader in the given frames, injecting the reader first where it is
 * not yet. Frames the extension may not touch are skipped.
 */
async function callReader(
  tabId: number,
  frames: number[] | 'all',
  method: keyof ReaderApi & string,
  args: (string | number)[],
): Promise<{ frameId: number; result?: unknown }[]> {
  const target = frames === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: frames };
  try {
    // Inject only where it is missing: a second copy would replace the first and its field ids.
    const present = await browser.scripting.executeScript({
      target,
      func: () => (globalThis as { __tianbaoReader?: unknown }).__tianbaoReader !== undefined,
    });
    const missing = present.filter((r) => r.result !== true).map((r) => r.frameId);
    if (missing.length > 0) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: missing }, files: [READER_SCRIPT] });
    }
    return await browser.scripting.executeScript({
      target,
      func: (name: string, values: (string | number)[]) => {
        const reader = (globalThis as { __tianbaoReader?: Record<string, (...a: unknown[]) => unknown> })
          .__tianbaoReader;
        return reader?.[name]?.(...values) ?? null;
      },
      args: [method, args],
    });
  } catch {
    // The frame went away, or is one the extension may not touch.
    return [];
  }
}

async function sendToFrame(tabId: number, frameId: number, message: ToContent): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message, { frameId });
  } catch {
    // The frame was closed or navigated away while the user was in the panel.
    return undefined;
  }
}

function isExtensionPage(url: string | undefined): boolean {
  return url?.startsWith(browser.runtime.getURL('/')) === true;
}

function activeFrameKey(tabId: number): string {
  return `activeFrame:${tabId}`;
}
