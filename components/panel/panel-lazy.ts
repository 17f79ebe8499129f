import { lazy } from 'react';
import { loadPurifier } from './insert-message';

/*
 * The panel's parts that its first paint (header, tabs, the 素材 search) does not need, each in a
 * chunk of its own: the other tabs (the structure engine, zod, Word export), the site offer, the
 * section filter, DOMPurify for insertions. The panel fetches them in idle time once its list is
 * drawn (`preloadPanelParts`), so a tab switched to later is usually there already; before that, a
 * tab shows 正在载入 for a moment.
 */

const outline = () => import('./outline/outline-tab');
const check = () => import('./check/check-tab');
const drafts = () => import('./drafts/drafts-tab');
const site = () => import('../options/sites/site-settings');
const grants = () => import('./grant-narrowing');
const engine = () => import('./panel-engine');

/** 提纲. */
export const OutlineTab = lazy(() => outline().then((m) => ({ default: m.OutlineTab })));
/** 检查. */
export const CheckTab = lazy(() => check().then((m) => ({ default: m.CheckTab })));
/** 草稿. */
export const DraftsTab = lazy(() => drafts().then((m) => ({ default: m.DraftsTab })));
/** The one-time offer to keep the panel on for a site (it draws nothing until its settings are read). */
export const SiteOffer = lazy(() => site().then((m) => ({ default: m.SiteOffer })));
/** The offer to narrow an old grant of every port of the site's host to its exact address. */
export const GrantNarrowOffer = lazy(() => grants().then((m) => ({ default: m.GrantNarrowOffer })));

/** The structure engine's part the 素材 tab uses (which section the caret is in). */
export function loadPanelEngine(): ReturnType<typeof engine> {
  return engine();
}

/** Starts fetching every part above (the panel calls it in idle time once it has drawn). */
export function preloadPanelParts(): void {
  for (const part of [outline, check, drafts, site, grants, engine, loadPurifier]) void part().catch(() => undefined);
}

// How long after the list is drawn the panel starts fetching code it does not need yet: the list
// stays free for the writer's first choice meanwhile.
const SETTLE_MS = 1000;

/** Runs `task` in idle time a moment (SETTLE_MS) after now; returns a cancel. */
export function whenSettled(task: () => void): () => void {
  let cancel: () => void = () => undefined;
  const timer = setTimeout(() => {
    cancel = whenIdle(task);
  }, SETTLE_MS);
  return () => {
    clearTimeout(timer);
    cancel();
  };
}

/** Runs `task` in idle time (within 2 s), or soon where there is no idle callback; returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
