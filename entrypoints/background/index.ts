import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { followLanguage, loadLanguage, t } from '@/components/i18n';
import { PAGE_INSERTS } from '@/lib/fields/page-editors';
import type { ReaderApi } from '@/lib/fields/world';
import {
  FieldBounds,
  FieldContext,
  FormScan,
  FromContent,
  FromPanel,
  InsertHandOver,
  InsertResult,
  type PanelPage,
  PanelState,
  PENDING_SNIPPET_KEY,
  type PendingSnippet,
  parseMessage,
  searchRequestKey,
  type ToContent,
} from '@/lib/messages';
import { siteOf } from '@/lib/settings/sites';
import { draftPage, draftWrites, offersFor, pruneOldDrafts, saveFromPage } from './drafts';
import { judgeSubmission } from './guard-judge';
import { ensureInjected, SCRIPT_FILES } from './inject';
import { keepPolicyPackInstalled } from './packs';
import { keepSiteScriptsInSync, registeredSitePatterns, syncSiteScripts } from './sites';

const SAVE_MENU = 'save-snippet';
// Tabs already told that drafts cannot be saved.
const warned = new Set<number>();
// Test builds only: the check before 提交 gets no verdict (a worker that does not answer).
let guardSilent = false;

/**
 * The service worker: opens the panel on the toolbar button or shortcut (`_execute_action`, which
 * grants activeTab), and routes messages between the panel and the frame whose field has focus.
 */
export default defineBackground(() => {
  keepSiteScriptsInSync();
  keepPolicyPackInstalled();
  void pruneOldDrafts();
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
      // A panel framed into a page acts only with the token our own script gave it.
      void panelMayAct(tabId, sender.frameId, raw)
        .then((allowed) => (allowed ? fromPanel(message, tabId, sender) : undefined))
        .then(sendResponse);
      return true;
    }
    const message = parseMessage(FromContent, raw);
    if (message?.type === 'field:active' && sender.frameId !== undefined) {
      void rememberActiveFrame(tabId, sender.frameId, message.at ?? Date.now());
    } else if (message?.type === 'panel:token' && sender.frameId === 0) {
      void rememberPanelToken(tabId, message.token);
    } else if (message?.type === 'draft:save') {
      const frameId = sender.frameId ?? 0;
      void saveFromPage(message, sender).then((reply) => {
        sendResponse(reply);
        // Said once per tab: the text is still in the field, and the save is tried again.
        if (!reply.ok && reply.error !== 'refused' && !warned.has(tabId)) {
          warned.add(tabId);
          void callReader(tabId, [frameId], 'warnDrafts', [reply.error]);
        }
      });
      return true;
    } else if (message?.type === 'editor:handover' && sender.frameId !== undefined) {
      // A draft restored into an old editor goes through its API, as an insertion does.
      void runPageEditor(tabId, sender.frameId, message, message.text).then(sendResponse);
      return true;
    } else if (message?.type === 'draft:offer') {
      // The reader (labels, the prompt) goes only into pages that have drafts to offer.
      const frameId = sender.frameId ?? 0;
      void offersFor(message.page, sender).then((offers) => {
        if (offers.length > 0) void callReader(tabId, [frameId], 'offerDrafts', [offers]);
      });
    }
    if (message?.type === 'guard:judge') {
      // Test builds: a worker that never answers (tianbaoGuardSilent), as one stuck restarting.
      if (import.meta.env.MODE === 'e2e' && guardSilent) return true;
      void judgeSubmission(message.scan, siteOf(sender.tab?.url)).then(sendResponse, () => sendResponse(null));
      return true;
    }
  });

  // 保存为素材: the context menu on selected text, and its shortcut (both grant activeTab). Its
  // title is in the language of the settings, and follows a change.
  browser.runtime.onInstalled.addListener(async () => {
    await loadLanguage();
    browser.contextMenus.create({ id: SAVE_MENU, title: t('menuSaveSnippet'), contexts: ['selection', 'editable'] });
  });
  followLanguage(() => {
    // The callback form: Chrome before 123 returns no promise here. (No menu yet: nothing to do.)
    browser.contextMenus.update(SAVE_MENU, { title: t('menuSaveSnippet') }, () => void browser.runtime.lastError);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU && tab?.id !== undefined) {
      void saveSelection(tab.id, info.frameId ?? 0, info.selectionText ?? '', tab.title ?? '');
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-selection' && tab?.id !== undefined) {
      const tabId = tab.id;
      void activeFrame(tabId).then((frameId) => saveSelection(tabId, frameId, '', tab.title ?? ''));
    }
    if (command === 'focus-search' && tab?.id !== undefined) void focusSearch(tab.id);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    warned.delete(tabId);
    panelTokens.delete(tabId);
    activeFrames.delete(tabId);
    void browser.storage.session.remove([activeFrameKey(tabId), panelTokenKey(tabId)]);
  });

  // Test builds only: headless Chromium has no toolbar, context menu or shortcuts to press, so
  // tests call these instead.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, {
      tianbaoTogglePanel: togglePanel,
      tianbaoSaveSelection: saveSelection,
      tianbaoSyncSites: syncSiteScripts,
      tianbaoRegisteredSites: registeredSitePatterns,
      tianbaoFocusSearch: focusSearch,
      tianbaoDraftWrites: () => draftWrites.count,
      tianbaoGuardSilent: (silent: boolean) => {
        guardSilent = silent;
      },
    });
  }
});

/** What the panel of `tabId` asked for, done; the reply to send back (undefined for none). */
async function fromPanel(message: FromPanel, tabId: number, sender: { tab?: { url?: string } }): Promise<unknown> {
  switch (message.type) {
    case 'panel:layout':
      void sendToFrame(tabId, 0, message);
      if (message.layout === 'closed') void tellPanelOpen(tabId, false);
      return undefined;
    case 'field:insert': {
      const { frameId, ...insert } = message;
      return insertIntoField(tabId, frameId, insert);
    }
    case 'field:context':
      return activeFieldContext(tabId);
    case 'check:errors':
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      void browser.action.setBadgeText({
        tabId,
        text: message.count > 0 ? String(Math.min(message.count, 999)) : '',
      });
      return undefined;
    case 'panel:page':
      return { tabId, site: siteOf(sender.tab?.url) } satisfies PanelPage;
    case 'form:scan':
      return scanForm(tabId);
    case 'field:locate': {
      const { frameId, fieldId, start, end } = message;
      const [found] = await callReader(tabId, [frameId], 'locate', [fieldId, start, end]);
      return found?.result === true;
    }
    case 'drafts:page':
      return draftPage(sender.tab?.url, await callReader(tabId, 'all', 'draftTexts', [draftAddress(sender.tab?.url)]));
    case 'drafts:restore': {
      // Into exactly one field of exactly one frame: the tab's own page (the drafts listed are
      // its drafts), never a frame of another site or page that has a field of the same id.
      const holders = await callReader(tabId, 'all', 'draftHolds', [draftAddress(sender.tab?.url), message.field]);
      const found = holders.filter((f) => typeof f.result === 'number' && f.result > 0);
      const [only] = found;
      if (found.length !== 1 || only?.result !== 1) return { ok: false, reason: 'field-gone' };
      const [restored] = await callReader(tabId, [only.frameId], 'restoreDraft', [message.field, message.text]);
      return restored?.result ?? { ok: false, reason: 'field-gone' };
    }
  }
}

// The token of each tab's docked panel: in memory, and in session storage for when the service
// worker has been stopped and started again meanwhile.
const panelTokens = new Map<number, string>();
const panelTokenKey = (tabId: number) => `panelToken:${tabId}`;

async function rememberPanelToken(tabId: number, token: string): Promise<void> {
  panelTokens.set(tabId, token);
  await browser.storage.session.set({ [panelTokenKey(tabId)]: token });
}

/**
 * Whether an extension page may have the background act on `tabId`: a page of its own in the tab
 * (frame 0: the options page), or a panel framed into it that carries the token our script gave it.
 */
async function panelMayAct(tabId: number, frameId: number | undefined, raw: unknown): Promise<boolean> {
  if (frameId === 0) return true;
  const token = (raw as { token?: unknown } | null)?.token;
  if (typeof token !== 'string' || token === '') return false;
  if (!panelTokens.has(tabId)) {
    const stored = (await browser.storage.session.get(panelTokenKey(tabId)))[panelTokenKey(tabId)];
    if (typeof stored === 'string') panelTokens.set(tabId, stored);
  }
  return panelTokens.get(tabId) === token;
}

/** Opens the panel in `tabId`, or closes it when open, injecting the content script if needed. */
async function togglePanel(tabId: number): Promise<boolean> {
  const open = await tellDock(tabId, { type: 'panel:toggle' });
  await tellPanelOpen(tabId, open);
  return open;
}

/**
 * The focus-search shortcut: opens the panel in `tabId` if it is not, and asks it (through session
 * storage, which a panel just opened reads when it starts) to show 素材 with the focus in its search.
 */
async function focusSearch(tabId: number): Promise<boolean> {
  await browser.storage.session.set({ [searchRequestKey(tabId)]: Date.now() });
  const open = await tellDock(tabId, { type: 'panel:layout', layout: 'expanded' });
  await tellPanelOpen(tabId, open);
  return open;
}

/** Tells every frame of the tab whether the panel is open there (drafts in `auto` follow it). */
async function tellPanelOpen(tabId: number, open: boolean): Promise<void> {
  const message: ToContent = { type: 'panel:open', open };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

/** Sends the dock of `tabId` a layout message, injecting the content script first if needed; whether it is open. */
async function tellDock(
  tabId: number,
  toggle: ToContent & { type: 'panel:toggle' | 'panel:layout' },
): Promise<boolean> {
  try {
    const reply = parseMessage(PanelState, await browser.tabs.sendMessage(tabId, toggle, { frameId: 0 }));
    if (reply) return reply.open;
  } catch {
    // No content script in this tab yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [SCRIPT_FILES.__tianbaoForm] });
  } catch {
    // A page the extension may not touch (the browser's own pages, the web store): nothing to do.
    return false;
  }
  return parseMessage(PanelState, await browser.tabs.sendMessage(tabId, toggle, { frameId: 0 }))?.open ?? false;
}

/**
 * Keeps the text the writer selected in `frameId` (with its field's label and caret, to place it
 * in a report section) and opens the options page to save it as a snippet. The page's own reading
 * of the selection keeps line breaks, which the context menu's `selectionText` loses.
 */
async function saveSelection(tabId: number, frameId: number, selectionText: string, pageTitle: string) {
  // (On a page the extension may not touch, the reader is not there: the menu's own copy of the
  // text is all there is.)
  const [reply] = await callReader(tabId, [frameId], 'context', []);
  const field = parseMessage(FieldContext, reply?.result);
  const text = field?.selection || selectionText;
  if (!text.trim()) return;
  const pending: PendingSnippet = { text, pageTitle: pageTitle.slice(0, 500), ...(field?.label ? { field } : {}) };
  await browser.storage.session.set({ [PENDING_SNIPPET_KEY]: pending });
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#from-page') });
}

// The frame of each tab where focus last arrived, and when: in memory, and in session storage for
// a service worker that was stopped and started again meanwhile.
const activeFrames = new Map<number, { frameId: number; at: number }>();

/**
 * Notes that focus arrived in `frameId` at `at`, unless a later arrival is already known: a parent
 * frame reports focus moving into a child frame, and the child's own report, sent just after,
 * may overtake it on the way.
 */
async function rememberActiveFrame(tabId: number, frameId: number, at: number): Promise<void> {
  const known = activeFrames.get(tabId);
  if (known && known.at > at) return;
  const entry = { frameId, at };
  activeFrames.set(tabId, entry);
  await browser.storage.session.set({ [activeFrameKey(tabId)]: entry });
}

/** The frame whose field the user last worked in (the top frame until one reports). */
async function activeFrame(tabId: number): Promise<number> {
  const known = activeFrames.get(tabId);
  if (known) return known.frameId;
  const key = activeFrameKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as { frameId?: unknown } | number | undefined;
  // (A number: stored by the version before focus times were kept.)
  if (typeof stored === 'number') return stored;
  return typeof stored?.frameId === 'number' ? stored.frameId : 0;
}

/**
 * Sends the insertion to `target`, else to the frame whose field the user last worked in; after
 * it, tells how far the field now passes a limit its page states (限800字, 0/800), which only the
 * reader knows.
 */
async function insertIntoField(
  tabId: number,
  target: number | undefined,
  insert: ToContent & { type: 'field:insert' },
): Promise<InsertResult> {
  const frameId = target ?? (await activeFrame(tabId));
  // An editor filled through its own API hands the insertion over to the page's world and back.
  const send = async () => {
    let reply = await sendToFrame(tabId, frameId, insert);
    const handed = parseMessage(InsertHandOver, reply);
    if (handed) reply = await sendToFrame(tabId, frameId, await runPageEditor(tabId, frameId, handed, insert.text));
    return parseMessage(InsertResult, reply);
  };
  let result = await send();
  // Focus went into a frame of another site that runs our script after all: that frame reports
  // the writer's own focus itself, and did not (a page script moved the focus there).
  if (result?.ok === false && result.origin && (await runsFormScript(tabId, result.origin))) {
    await callReader(tabId, [frameId], 'reachable', [result.origin]);
    result = await send();
  }
  if (!result) return { ok: false, reason: 'field-gone' };
  if (!result.ok) return result;
  const [bounds] = await callReader(tabId, [frameId], 'bounds', []);
  const { maxLength, length = 0 } = parseMessage(FieldBounds, bounds?.result) ?? {};
  return maxLength !== undefined && length > maxLength
    ? { ...result, limit: maxLength, over: length - maxLength }
    : result;
}

/**
 * Runs a page editor's own insertion (lib/fields/page-editors.ts) in the main world of `frameId`,
 * where its API lives; the message that tells the form script how it went.
 */
async function runPageEditor(
  tabId: number,
  frameId: number,
  handed: InsertHandOver,
  text: string,
): Promise<ToContent & { type: 'field:handed' }> {
  const insert = Object.hasOwn(PAGE_INSERTS, handed.handOver) ? PAGE_INSERTS[handed.handOver] : undefined;
  let read: string | null = null;
  if (insert) {
    try {
      const [ran] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        world: 'MAIN',
        func: insert,
        args: [handed.marker, text],
      });
      read = typeof ran?.result === 'string' ? ran.result : null;
    } catch {
      // The page threw (a hostile or broken page): the form script reports that nothing went in.
    }
  }
  return { type: 'field:handed', marker: handed.marker, read };
}

/** Whether a frame of `host` in the tab runs the form script (frames we may not touch never do). */
async function runsFormScript(tabId: number, host: string): Promise<boolean> {
  const frames = await browser.scripting
    .executeScript({
      target: { tabId, allFrames: true },
      func: () => [location.host, (globalThis as Record<string, unknown>).__tianbaoForm !== undefined],
    })
    .catch(() => []);
  return frames.some((f) => Array.isArray(f.result) && f.result[0] === host && f.result[1] === true);
}

/** The label, text, caret and selection of the field the user works in, or null. */
async function activeFieldContext(tabId: number): Promise<FieldContext | null> {
  const frameId = await activeFrame(tabId);
  const [context] = await callReader(tabId, [frameId], 'context', []);
  const parsed = parseMessage(FieldContext, context?.result);
  return parsed ? { ...parsed, frameId } : null;
}

/**
 * Reads every frame the extension may access. `executeScript` reaches each frame's reader (same
 * isolated world) and says which frame answered, without the webNavigation permission that
 * listing frames would need.
 */
async function scanForm(tabId: number): Promise<FormScan> {
  // One JSON string per frame: it crosses to the worker far faster than 10,000 objects.
  const results = await callReader(tabId, 'all', 'scanJson', []);
  const frames = results
    .map((r) => ({
      frameId: r.frameId,
      ...((typeof r.result === 'string' ? parseJson(r.result) : null) as { fields?: unknown; page?: unknown } | null),
    }))
    .filter((r) => Array.isArray(r.fields))
    .sort((a, b) => a.frameId - b.frameId);
  return parseMessage(FormScan, { frames }) ?? { frames: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Calls `method` of the form reader in the given frames, injecting the reader first where it is
 * not yet. Frames the extension may not touch are skipped.
 */
async function callReader(
  tabId: number,
  frames: number[] | 'all',
  method: keyof ReaderApi & string,
  args: unknown[],
): Promise<{ frameId: number; result?: unknown }[]> {
  const target = frames === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: frames };
  try {
    await ensureInjected(tabId, frames, '__tianbaoReader');
    return await browser.scripting.executeScript({
      target,
      func: (name: string, values: unknown[]) => {
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

/** The address (origin + path) drafts of the tab's page are kept under, as the form script saves them. */
function draftAddress(url: string | undefined): string {
  try {
    const { origin, pathname } = new URL(url ?? '');
    return origin + pathname;
  } catch {
    return '';
  }
}

function activeFrameKey(tabId: number): string {
  return `activeFrame:${tabId}`;
}
