import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { t } from '../i18n';
import { whenLibraryDrawn } from './snippets/use-library';

/*
 * The options page's first paint is the library manager (its editor and list). Everything else
 * (the 收藏自网页 form, profile, import/export, packs, templates, rules, wording, preferences,
 * sites, drafts, clear-all) is one chunk, fetched in idle time once the whole library is listed,
 * or at once when the address names one of those sections (a nav link clicked,
 * options.html#drafts opened).
 * A nav link clicked before the chunk is in still lands on its section: the page scrolls to it
 * when it is drawn.
 */

const load = () => import('./options-sections');
const Sections = lazy(() => load().then((m) => ({ default: m.LaterSections })));
const FromPageForm = lazy(() => load().then((m) => ({ default: m.FromPage })));

// The longest the sections wait for the list (a library that cannot be read still gets them).
const AT_LATEST_MS = 3000;

let started = false;
// The section the address named before it was drawn, to scroll to once it is.
let pendingJump = '';
const listeners = new Set<() => void>();

function start(): void {
  if (started) return;
  started = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Notes a section the address names but the page has not drawn yet, and starts loading it. */
function followAddress(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id === '' || document.getElementById(id)) return;
  pendingJump = id;
  start();
}

/**
 * Sets when the later sections load: in idle time after the whole library is listed, at once when
 * the address names a section not drawn yet, and after AT_LATEST_MS at the latest. Called once,
 * before the page's first render.
 */
export function scheduleLaterSections(): void {
  followAddress();
  window.addEventListener('hashchange', followAddress);
  void whenLibraryDrawn().then(() =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 500 }) : setTimeout(start, 50),
  );
  setTimeout(start, AT_LATEST_MS);
}

function useStarted(): boolean {
  return useSyncExternalStore(subscribe, () => started);
}

/** The 收藏自网页 form (above the manager), once the later sections are loaded. */
export function LaterFromPage() {
  return useStarted() ? (
    <Suspense fallback={null}>
      <FromPageForm />
    </Suspense>
  ) : null;
}

/** The sections below the manager, once loaded; 正在载入 while they load. */
export function LaterOptionsSections() {
  const loading = <p className="muted">{t('lib_sectionsLoading')}</p>;
  return useStarted() ? (
    <Suspense fallback={loading}>
      <Sections />
      <JumpToAddress />
    </Suspense>
  ) : (
    loading
  );
}

/** Scrolls to the section the address named before it was drawn (it commits with the sections). */
function JumpToAddress() {
  useEffect(() => {
    const id = pendingJump;
    pendingJump = '';
    if (id !== '' && decodeURIComponent(location.hash.slice(1)) === id)
      document.getElementById(id)?.scrollIntoView({ block: 'start' });
  }, []);
  return null;
}
