/*
 * What the panel's list reads through Dexie (its live query), in a chunk of its own: the list is
 * drawn first from the panel's first read (panel-start.ts), and this loads after it, so the
 * database code is not on the first screen's path. No zod here: the list must not wait for it.
 */
export { liveQuery } from 'dexie';
export { database } from '@/lib/db/tianbao';
export { panelSnippets } from '@/lib/snippets/panel-list';
