import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { FormScan, FromContent, FromPanel, InsertResult, parseMessage, type ToContent } from '@/lib/messages';

const CONTENT_SCRIPT = '/content-scripts/form.js';

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
          void insertIntoActiveField(tabId, message.text).then(sendResponse);
          return true;
        case 'form:scan':
          void scanForm(tabId).then(sendResponse);
          return true;
        case 'field:locate': {
          const { frameId, ...locate } = message;
          void sendToFrame(tabId, frameId, locate).then((found) => sendResponse(found === true));
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

/** Sends the insertion to the frame whose field the user last worked in (the top frame by default). */
async function insertIntoActiveField(tabId: number, text: string): Promise<InsertResult> {
  const key = activeFrameKey(tabId);
  const stored = await browser.storage.session.get(key);
  const frameId = typeof stored[key] === 'number' ? stored[key] : 0;
  const reply = await sendToFrame(tabId, frameId, { type: 'field:insert', text });
  return parseMessage(InsertResult, reply) ?? { ok: false, reason: 'field-gone' };
}

/**
 * Reads the fields of every frame the extension may access. `executeScript` reaches each frame's
 * content script (same isolated world) and says which frame answered, without the webNavigation
 * permission that listing frames would need.
 */
async function scanForm(tabId: number): Promise<FormScan> {
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: () => (globalThis as { __tianbaoForm?: { scan(): unknown } }).__tianbaoForm?.scan() ?? null,
  });
  const frames = results
    .filter((r) => Array.isArray(r.result))
    .map((r) => ({ frameId: r.frameId, fields: r.result }))
    .sort((a, b) => a.frameId - b.frameId);
  return parseMessage(FormScan, { frames }) ?? { frames: [] };
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
