import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { database, type Snippet } from '@/lib/db/tianbao';
import { type FirstScreen, readFirstScreen } from '@/lib/snippets/first-screen';
import type { View } from './library-toolbar';

// Rows read for the first screen: more than the tallest list box (640 px of 72 px rows) shows
// with the list's overscan, so the first screen never shows a gap.
const FIRST_ROWS = 30;

// Large writes this page has begun (beginWrite), and the rows of the last one committed: the list
// shows them at once, until a read of the library begun after that write comes back (reading
// 10,000 snippets back takes a few hundred milliseconds; the rows are already stored).
let writesBegun = 0;
let written: { ticket: number; rows: readonly Snippet[] } | undefined;
const writtenListeners = new Set<() => void>();

/** Call before a large write to the library (an import); pass the ticket to showWritten once it is committed. */
export function beginWrite(): number {
  return ++writesBegun;
}

/** The rows the write `ticket` stored: the manager's list shows them before it reads the library again. */
export function showWritten(ticket: number, rows: readonly Snippet[]): void {
  written = { ticket, rows };
  for (const listener of writtenListeners) listener();
}

function forgetWritten(rows: typeof written): void {
  if (written !== rows) return;
  written = undefined;
  for (const listener of writtenListeners) listener();
}

function subscribeWritten(listener: () => void): () => void {
  writtenListeners.add(listener);
  return () => writtenListeners.delete(listener);
}

/** The whole library, and the last write begun when the read began (so the read is known to include it). */
async function readAll(): Promise<{ rows: Snippet[]; ticket: number }> {
  const ticket = writesBegun;
  const db = database();
  // In a transaction of its own: Dexie then neither keeps a second copy of 10,000 snippets in its
  // query cache nor hands out a deep clone of them; the live query still follows every change.
  const rows = await db.transaction('r', db.snippets, () => db.snippets.toArray());
  return { rows, ticket };
}

/**
 * The library for the options page's manager: `first`, its first screen in the default order, read
 * through an index in a few milliseconds; `snippets`, the whole library, asked for once the first
 * screen is in (IndexedDB answers in turn, and the first screen should not wait behind 10,000
 * rows), with the rows of a write just committed (showWritten) until it is read again. Both follow
 * every change, as useLiveQuery does; undefined means still loading.
 */
export function useLibrary(): { snippets: Snippet[] | undefined; first: FirstScreen | undefined } {
  const [wanted, setWanted] = useState(false);
  // Once the whole library is in, the first screen is no longer read (nor counted) on every change.
  const [whole, setWhole] = useState(false);
  const first = useLiveQuery(() => (whole ? undefined : readFirstScreen(database(), FIRST_ROWS)), [whole]);
  useEffect(() => {
    if (first !== undefined) setWanted(true);
  }, [first]);
  const read = useLiveQuery(() => (wanted ? readAll() : undefined), [wanted]);
  useEffect(() => {
    if (read !== undefined) setWhole(true);
  }, [read]);
  const fresh = useSyncExternalStore(subscribeWritten, () => written);
  const snippets = useMemo(() => {
    if (!read || !fresh || read.ticket >= fresh.ticket) return read?.rows;
    const byId = new Map(read.rows.map((s) => [s.id, s]));
    for (const s of fresh.rows) byId.set(s.id, s);
    return [...byId.values()];
  }, [read, fresh]);
  useEffect(() => {
    // Read back: the rows are the library's own now.
    if (read && fresh && read.ticket >= fresh.ticket) forgetWritten(fresh);
  }, [read, fresh]);
  return { snippets, first };
}

/**
 * What the list shows before the whole library is read: the first screen in the default view (no
 * filter, every snippet, most recent first); in any other view, nothing yet (undefined), since a
 * filter or another order needs every snippet.
 */
export function firstScreenView(first: FirstScreen | undefined, view: View): Snippet[] | undefined {
  const plain = view.query.trim() === '' && !view.favoritesOnly && view.order === 'recent';
  return plain ? first?.rows : undefined;
}

let drawn: () => void = () => undefined;
const drawnOnce = new Promise<void>((resolve) => {
  drawn = resolve;
});

/** Resolves once the manager lists the whole library (the options page loads its other sections then). */
export function whenLibraryDrawn(): Promise<void> {
  return drawnOnce;
}

/**
 * Stamps, one frame after React committed them, the moments the list is first on screen and
 * interactive (`tianbao-library-ready`, from the first screen or the whole library, whichever
 * comes first) and the whole library is (`tianbao-library-complete`). `npm run bench` reads both
 * (library_open_ms).
 */
export function useLibraryMarks(shown: readonly Snippet[] | undefined, snippets: readonly Snippet[] | undefined) {
  const marked = useRef({ ready: false, complete: false });
  useEffect(() => {
    const done = marked.current;
    if (shown !== undefined && !done.ready) {
      done.ready = true;
      requestAnimationFrame(() => performance.mark('tianbao-library-ready'));
    }
    if (snippets !== undefined && !done.complete) {
      done.complete = true;
      requestAnimationFrame(() => {
        performance.mark('tianbao-library-complete');
        // The other sections' code waits for this, so it does not delay the whole library's list.
        drawn();
      });
    }
  }, [shown, snippets]);
}
