import { lazy } from 'react';
import { loadPurifier } from './insert-message';

/*
 * The panel's parts that its first paint (header, tabs, the 素材 search) does not need, each in a
 * chunk of its own: the other tabs (the structure engine, zod, Word export), the site offer, the
 * section filter, DOMPurify for insertions. They are fetched in idle time once the list is drawn (`preloadPanelParts`), so a
 * tab switched to later is usually there already; before that, a tab shows 载入中 for a moment.
 */

const outline = () => import('./outline-tab');
const check = () => import('./check-tab');
const drafts = () => import('./drafts-tab');
const site = () => import('./site-settings');
const engine = () => import('./panel-engine');

/** 提纲. */
export const OutlineTab = lazy(() => outline().then((m) => ({ default: m.OutlineTab })));
/** 检查. */
export const CheckTab = lazy(() => check().then((m) => ({ default: m.CheckTab })));
/** 草稿. */
export const DraftsTab = lazy(() => drafts().then((m) => ({ default: m.DraftsTab })));
/** The one-time offer to keep the panel on for a site (it draws nothing until its settings are read). */
export const SiteOffer = lazy(() => site().then((m) => ({ default: m.SiteOffer })));

/** The structure engine's part the 素材 tab uses (which section the caret is in). */
export function loadPanelEngine(): ReturnType<typeof engine> {
  return engine();
}

/** Fetches every part above in idle time (within 2 s); returns a cancel. */
export function preloadPanelParts(): () => void {
  return whenIdle(() => {
    for (const part of [outline, check, drafts, site, engine, loadPurifier]) void part().catch(() => undefined);
  });
}

/** Runs `task` in idle time (within 2 s), or soon where there is no idle callback; returns a cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}
