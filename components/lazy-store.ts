import { useEffect, useRef, useState } from 'react';

/** The panel's library module (components/panel-store.ts), once loaded. */
export type PanelStore = typeof import('./panel-store');

let loading: Promise<PanelStore> | undefined;

/** Loads the panel's library module (once); the panel starts this before its first render. */
export function loadPanelStore(): Promise<PanelStore> {
  loading ??= import('./panel-store');
  return loading;
}

/** The panel's library module: undefined until it is loaded, then the module. */
export function usePanelStore(): PanelStore | undefined {
  const [store, setStore] = useState<PanelStore | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadPanelStore().then((loaded) => live && setStore(() => loaded));
    return () => {
      live = false;
    };
  }, []);
  return store;
}

/**
 * `useLiveQuery(query, [])` of dexie-react-hooks over the lazily loaded library: `query` runs once
 * the module is there and again whenever what it read changes. Undefined means loading, as there;
 * a failed query is thrown at render, as there.
 */
export function useStoreQuery<T>(query: (store: PanelStore) => Promise<T>): T | undefined {
  const [state, setState] = useState<{ value?: T; error?: unknown; failed: boolean }>({ failed: false });
  // The query of the first render, as with useLiveQuery's empty dependency list.
  const first = useRef(query);
  useEffect(() => {
    const query = first.current;
    let live = true;
    let stop: (() => void) | undefined;
    void loadPanelStore().then((store) => {
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
