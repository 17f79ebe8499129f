/*
 * What the panel's list reads (Dexie and the snippet search), in a chunk of its own: the panel
 * draws its frame first and loads this at once beside it (components/panel/lazy-store.ts), so the
 * database code is not part of the first paint. No zod here: the list must not wait for it.
 */
export { liveQuery } from 'dexie';
export { database } from '@/lib/db/tianbao';
export { panelSnippets } from '@/lib/snippets/panel-list';
export { SnippetIndex } from '@/lib/snippets/search';
