import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { followLanguage, loadLanguage, t } from '@/components/i18n';
import type { Calls } from '@/lib/calls/define';
import { pageCalls } from '@/lib/calls/page';
import { panelCalls } from '@/lib/calls/panel';
import { PENDING_SNIPPET_KEY, type PendingSnippet } from '@/lib/messages';
import { type Route, router } from './calls';
import { focusSearch, togglePanel } from './dock';
import { draftWrites, pruneOldDrafts } from './drafts';
import { keepPolicyPackInstalled } from './packs';
import { failDrafts, pageHandlers, silenceGuard, warned } from './page-calls';
import { panelHandlers, readContext } from './panel-calls';
import { keepSiteScriptsInSync, registeredSitePatterns, syncSiteScripts } from './sites';
import { activeFrame, forgetTab, panelMayAct } from './tab-state';

const SAVE_MENU = 'save-snippet';

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

  // Every call is defined in lib/calls/ and answered by its handler: the panel's (an extension
  // page; framed into a page, only with the token our own script gave it), and the page scripts'
  // (validated here: a page is a trust boundary).
  const panelRoute: Route<typeof panelCalls> = {
    calls: panelCalls,
    handlers: panelHandlers,
    admits: ({ tabId, frameId }, raw) => panelMayAct(tabId, frameId, raw),
  };
  const pageRoute: Route<typeof pageCalls> = { calls: pageCalls, handlers: pageHandlers, admits: () => true };
  browser.runtime.onMessage.addListener(
    router((sender) => [(isExtensionPage(sender.url) ? panelRoute : pageRoute) as unknown as Route<Calls>]),
  );

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
    forgetTab(tabId);
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
      tianbaoGuardSilent: silenceGuard,
      tianbaoDraftsFail: failDrafts,
    });
  }
});

/**
 * Keeps the text the writer selected in `frameId` (with its field's label and caret, to place it
 * in a report section) and opens the options page to save it as a snippet. The page's own reading
 * of the selection keeps line breaks, which the context menu's `selectionText` loses.
 */
async function saveSelection(tabId: number, frameId: number, selectionText: string, pageTitle: string) {
  // (On a page the extension may not touch, the reader is not there: the menu's own copy of the
  // text is all there is.)
  const field = await readContext(tabId, frameId);
  const text = field?.selection || selectionText;
  if (!text.trim()) return;
  const pending: PendingSnippet = { text, pageTitle: pageTitle.slice(0, 500), ...(field?.label ? { field } : {}) };
  await browser.storage.session.set({ [PENDING_SNIPPET_KEY]: pending });
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#from-page') });
}

function isExtensionPage(url: string | undefined): boolean {
  return url?.startsWith(browser.runtime.getURL('/')) === true;
}
