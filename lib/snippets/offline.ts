import type { TianbaoDB } from '../db/tianbao';
import { type Read, readOr } from './panel-list';
import { loadProfile } from './profile';
import type { Profile } from './variables';

// The fallback to memory when the database is unusable, and the panel's snippets, are in
// panel-list.ts (without zod, for the panel's first list); re-exported here for their users.
export { isUnavailable, panelSnippets, type Read } from './panel-list';

/** The saved profile, or an empty one when the database is unusable. */
export function panelProfile(db: TianbaoDB): Promise<Read<Profile>> {
  return readOr(
    () => loadProfile(db),
    () => ({}),
  );
}
