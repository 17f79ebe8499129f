/*
 * What the panel reads and writes in the library (Dexie and the snippet search), in a chunk of its
 * own: the panel draws its frame first and loads this at once beside it (components/lazy-store.ts),
 * so the database code is not part of the first paint.
 */
export { liveQuery } from 'dexie';
export { database } from '@/lib/snippets/db';
export { panelProfile, panelSnippets } from '@/lib/snippets/offline';
export { rememberAnswers } from '@/lib/snippets/profile';
export { SnippetIndex } from '@/lib/snippets/search';
export { recordUse, StoreError } from '@/lib/snippets/store';
