/*
 * The panel list's search index, in a chunk of its own without Dexie: the list is drawn from the
 * panel's first read (components/panel/panel-start.ts) before the database code has loaded.
 */
export { SnippetIndex } from '@/lib/snippets/search';
