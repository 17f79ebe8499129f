import { useLayoutEffect, useRef, useState } from 'react';
import { loadPanelSearch, type PanelSearch, type PanelStore, panelSearchIfLoaded } from './panel-start';

// The loaders live in panel-start.ts (no React there: the panel's entry starts its first read before
// its UI code loads); the hooks that read through them are here.
export {
  loadPanelProfile,
  loadPanelStore,
  type PanelProfileStore,
  type PanelSearch,
  type PanelStore,
} from './panel-start';

/** What both modules offer for a live query. */
type Queryable = Pick<PanelStore, 'liveQuery'>;

/** A value read before the live query could answer, to show meanwhile (`firstList` in panel-start.ts). */
export interface EarlyRead<T> {
  now(): T | undefined;
  arrival(): Promise<T | undefined>;
  /** Called when the live query first answers: the early value is not used again. */
  answered(): void;
}

/** The panel list's search index module: undefined until it is loaded, then the module. */
export function usePanelSearch(): PanelSearch | undefined {
  const [search, setSearch] = useState<PanelSearch | undefined>(panelSearchIfLoaded);
  useLayoutEffect(() => {
    let live = true;
    void loadPanelSearch().then((loaded) => live && setSearch(() => loaded));
    return () => {
      live = false;
    };
  }, []);
  return search;
}

/**
 * `useLiveQuery(query, [])` of dexie-react-hooks over a lazily loaded module (`load`): `query` runs
 * once the module is there and again whenever what it read changes. Undefined means loading, as
 * there, unless `early` has a value read already, shown until the query answers; a failed query is
 * thrown at render, as there.
 */
export function useStoreQuery<S extends Queryable, T>(
  load: () => Promise<S>,
  query: (store: S) => Promise<T>,
  early?: EarlyRead<T>,
): T | undefined {
  const [state, setState] = useState<{ value?: T; error?: unknown; failed: boolean }>(() => ({
    value: early?.now(),
    failed: false,
  }));
  // The module, query and early read of the first render, as with useLiveQuery's empty dependency list.
  const first = useRef({ load, query, early });
  // A layout effect: the read starts as the panel commits its first frame, not a frame later.
  useLayoutEffect(() => {
    const { load, query, early } = first.current;
    let live = true;
    let stop: (() => void) | undefined;
    let answered = false;
    void early?.arrival().then((value) => {
      if (live && !answered && value !== undefined)
        setState((s) => (s.value === undefined ? { value, failed: false } : s));
    });
    void load().then((store) => {
      if (!live) return;
      const subscription = store
        .liveQuery(() => query(store))
        .subscribe({
          next: (value) => {
            answered = true;
            early?.answered();
            if (live) setState({ value, failed: false });
          },
          error: (error: unknown) => live && setState({ error, failed: true }),
        });
      stop = () => subscription.unsubscribe();
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  if (state.failed) throw state.error;
  return state.value;
}
