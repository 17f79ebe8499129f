import type { Snippet } from '../db/tianbao';

/** The order the panel lists snippets in: favourites, then most used, then newest (for `sort`). */
export function byPanelOrder(a: Snippet, b: Snippet): number {
  return b.favorite - a.favorite || b.useCount - a.useCount || b.updatedAt - a.updatedAt;
}
