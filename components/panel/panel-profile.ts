/*
 * What the panel reads and writes beside its list: the profile (validated with zod as it is read),
 * answers remembered, uses counted. Loaded with the list's chunk but not waited for by it.
 */
export { liveQuery } from 'dexie';
export { database } from '@/lib/db/tianbao';
export { panelProfile } from '@/lib/snippets/offline';
export { rememberAnswers } from '@/lib/snippets/profile';
export { recordUse, StoreError } from '@/lib/snippets/store';
