import { useLayoutEffect, useRef, useState } from 'react';

/** The panel list's library module (components/panel/panel-store.ts), once loaded. */
export type PanelStore = typeof import('./panel-store');
/** The panel's profile and writes (components/panel/panel-profile.ts), once loaded. */
export type PanelProfileStore = typeof import('./panel-profile');

/** What both modules offer for a live query. */
type Queryable = Pick<PanelStore, 'liveQuery'>;

let loading: Promise<PanelStore> | undefined;
let loadingProfile: Promise<PanelProfileStore> | undefined;

/** Loads the panel list's library module (once); the panel starts this before its first render. */
export function loadPanelStore(): Promise<PanelStore> {
  loading ??= import('./panel-store');
  return loading;
}

/** Loads the panel's profile and write module (once). */
export function loadPanelProfile(): Promise<PanelProfileStore> {
  loadingProfile ??= import('./panel-profile');
  return loadingProfile;
}

/** The panel list's library module: undefined until it is loaded, then the module. */
export function usePanelStore(): PanelStore | undefined {
  const [store, setStore] = useState<PanelStore | undefined>(undefined);
  useLayoutEffect(() => {
    let live = true;
    void loadPanelStore().then((loaded) => live && setStore(() => loaded));
    return () => {
      live = false;
    };
  }, []);
  return store;
}

/**
 * `useLiveQuery(query, [])` of dexie-react-hooks over a lazily loaded module (`load`): `query` runs
 * once the module is there and again whenever what it read changes. Undefined means loading, as
 * there; a failed query is thrown at render, as there.
 */
export function useStoreQuery<S extends Queryable, T>(
  load: () => Promise<S>,
  query: (store: S) => Promise<T>,
): T | undefined {
  const [state, setState] = useState<{ value?: T; error?: unknown; failed: boolean }>({ failed: false });
  // The module and query of the first render, as with useLiveQuery's empty dependency list.
  const first = useRef({ load, query });
  // A layout effect: the read starts as the panel commits its first frame, not a frame later.
  useLayoutEffect(() => {
    const { load, query } = first.current;
    let live = true;
    let stop: (() => void) | undefined;
    void load().then((store) => {
      if (!live) return;
      const subscription = store
        .liveQuery(() => query(store))
        .subscribe({
          next: (value) => live && setState({ value, failed: false }),
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
