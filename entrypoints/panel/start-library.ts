import { loadPanelProfile, loadPanelStore } from '@/components/panel/lazy-store';

// Imported first by main.tsx: the library's chunks are fetched and the database opened while the
// panel's own code runs and React draws its frame, so the list does not wait for them after the
// first paint. (A failed open is the list's to report: it reads from memory then.)
void loadPanelStore()
  .then((store) => store.database().open())
  .catch(() => undefined);
void loadPanelProfile();
