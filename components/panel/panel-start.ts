import { readAllRaw } from '@/lib/db/raw-read';
import { DB_NAME, TIANBAO_HISTORY } from '@/lib/db/schema-history';
import type { Snippet } from '@/lib/db/tianbao';
import type { Read } from '@/lib/snippets/panel-list';
import { byPanelOrder } from '@/lib/snippets/panel-order';

/*
 * The panel's first read and its lazily loaded library code, without React: the panel's entry
 * (entrypoints/panel/main.ts) starts the read before its UI code runs, with IndexedDB itself, so the
 * list is drawn without waiting for Dexie, which loads after it for the live query. Nothing here may
 * import React, zod or Dexie (type imports aside): this module is in the entry's chunk, and
 * whatever it imports is waited for before anything starts (docs/panel.md).
 */

/** The panel list's Dexie module (components/panel/panel-store.ts), once loaded. */
export type PanelStore = typeof import('./panel-store');
/** The panel list's search index module (components/panel/panel-search.ts), once loaded. */
export type PanelSearch = typeof import('./panel-search');
/** The panel's profile and writes (components/panel/panel-profile.ts), once loaded. */
export type PanelProfileStore = typeof import('./panel-profile');

/** A module loaded on first use, and known synchronously once it is there. */
function lazyModule<M>(load: () => Promise<M>) {
  let loading: Promise<M> | undefined;
  let loaded: M | undefined;
  return {
    load(): Promise<M> {
      loading ??= load().then((module) => {
        loaded = module;
        return module;
      });
      return loading;
    },
    now: (): M | undefined => loaded,
  };
}

const store = lazyModule(() => import('./panel-store'));
const search = lazyModule(() => import('./panel-search'));
const profile = lazyModule(() => import('./panel-profile'));

// The first read, started by the entry (undefined elsewhere, as in unit tests), and what it found
// until the list's live query has answered (the list is never drawn from it after that).
let first: Promise<Read<Snippet[]> | undefined> | undefined;
let early: Read<Snippet[]> | undefined;
let answered = false;

/**
 * Loads the panel list's Dexie module (once): after the first read, which it must not slow, and
 * when that read found the list, after the frame that shows it is painted (evaluating Dexie, then
 * zod, takes the panel's thread for a while; the list is drawn and answers clicks first).
 */
export function loadPanelStore(): Promise<PanelStore> {
  return Promise.resolve(first)
    .then((read) => (read ? afterPaint() : undefined))
    .then(store.load);
}

/** Settles once the next frame has been painted (a task after the next animation frame), or soon where none is. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    // A frame that is not shown (its tab in the background) gets no animation frames.
    setTimeout(resolve, 200);
  });
}

/** Loads the panel list's search index module (once). */
export function loadPanelSearch(): Promise<PanelSearch> {
  return search.load();
}

/** The search index module if it is loaded already, else undefined. */
export function panelSearchIfLoaded(): PanelSearch | undefined {
  return search.now();
}

/**
 * Loads the panel's profile and write module (once), after the list's Dexie module: it brings zod,
 * whose loading must not compete with the list's.
 */
export function loadPanelProfile(): Promise<PanelProfileStore> {
  return loadPanelStore().then(profile.load);
}

/**
 * Starts the panel's first read (once; the entry calls it first thing): the library read with
 * IndexedDB itself, and the search index's code, together. When the database cannot be read that way
 * (a new or older one, or storage unusable), Dexie is loaded at once instead: it creates or upgrades
 * the database, or falls back to the starter pack, as the list's live query always does.
 */
export function startPanelList(): void {
  if (first) return;
  const latest = TIANBAO_HISTORY[TIANBAO_HISTORY.length - 1]?.version ?? 0;
  first = Promise.all([readAllRaw<Snippet>(DB_NAME, latest, 'snippets'), search.load()])
    .then(([rows]) => {
      if (rows && !answered) early = { value: rows.sort(byPanelOrder), stored: true };
      return early;
    })
    .catch(() => undefined);
  // Read nothing: the list waits for Dexie, so it loads now rather than when the list asks for it.
  void first.then((read) => {
    if (!read) void store.load();
  });
}

/** The first read as the list's live query takes it: `useStoreQuery`'s `early`. */
export const firstList = {
  /** What the first read found, if it is in and the live query has not answered yet. */
  now: (): Read<Snippet[]> | undefined => (answered ? undefined : early),
  /** When the first read is done (undefined when it found nothing or was not started). */
  arrival: (): Promise<Read<Snippet[]> | undefined> => Promise.resolve(first).then(() => firstList.now()),
  /** The live query has answered: the list follows it from now on. */
  answered: (): void => {
    answered = true;
    early = undefined;
  },
};
