import { browser } from 'wxt/browser';

// What the worker remembers of each tab, in memory and in session storage for a worker that was
// stopped and started again meanwhile: the frame the writer last worked in, and its panel's token.

// The frame of each tab where focus last arrived, and when.
const activeFrames = new Map<number, { frameId: number; at: number }>();
const activeFrameKey = (tabId: number) => `activeFrame:${tabId}`;

/**
 * Notes that focus arrived in `frameId` at `at`, unless a later arrival is already known: a parent
 * frame reports focus moving into a child frame, and the child's own report, sent just after,
 * may overtake it on the way.
 */
export async function rememberActiveFrame(tabId: number, frameId: number, at: number): Promise<void> {
  const known = activeFrames.get(tabId);
  if (known && known.at > at) return;
  const entry = { frameId, at };
  activeFrames.set(tabId, entry);
  await browser.storage.session.set({ [activeFrameKey(tabId)]: entry });
}

/** The frame whose field the user last worked in (the top frame until one reports). */
export async function activeFrame(tabId: number): Promise<number> {
  const known = activeFrames.get(tabId);
  if (known) return known.frameId;
  const key = activeFrameKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as { frameId?: unknown } | number | undefined;
  // (A number: stored by the version before focus times were kept.)
  if (typeof stored === 'number') return stored;
  return typeof stored?.frameId === 'number' ? stored.frameId : 0;
}

// The token of each tab's docked panel.
const panelTokens = new Map<number, string>();
const panelTokenKey = (tabId: number) => `panelToken:${tabId}`;

/** Keeps the token the top frame's script put in the address of the panel it docked. */
export async function rememberPanelToken(tabId: number, token: string): Promise<void> {
  panelTokens.set(tabId, token);
  await browser.storage.session.set({ [panelTokenKey(tabId)]: token });
}

/**
 * Whether an extension page may have the background act on `tabId`: a page of its own in the tab
 * (frame 0: the options page), or a panel framed into it that carries the token our script gave it.
 */
export async function panelMayAct(tabId: number, frameId: number, raw: unknown): Promise<boolean> {
  if (frameId === 0) return true;
  const token = (raw as { token?: unknown } | null)?.token;
  if (typeof token !== 'string' || token === '') return false;
  if (!panelTokens.has(tabId)) {
    const stored = (await browser.storage.session.get(panelTokenKey(tabId)))[panelTokenKey(tabId)];
    if (typeof stored === 'string') panelTokens.set(tabId, stored);
  }
  return panelTokens.get(tabId) === token;
}

/** Forgets a closed tab. */
export function forgetTab(tabId: number): void {
  panelTokens.delete(tabId);
  activeFrames.delete(tabId);
  void browser.storage.session.remove([activeFrameKey(tabId), panelTokenKey(tabId)]);
}
