import type { Snippet } from '../db/tianbao';

const DAY_MS = 86_400_000;

/** Use count that fades with time since the last use (a 30-day half-life). */
export function frecency(snippet: Snippet, now: number): number {
  return frecencyOfUse(snippet.useCount, snippet.lastUsedAt, now);
}

/** `frecency` from the use count and the time of the last use. */
export function frecencyOfUse(useCount: number, lastUsedAt: number, now: number): number {
  if (useCount === 0 || lastUsedAt === 0) return 0;
  const ageDays = Math.max(0, now - lastUsedAt) / DAY_MS;
  return useCount * 2 ** (-ageDays / 30);
}

/**
 * The first `k` of `items` in `compare` order, sorted; the rest are only compared with the current
 * k-th, so a query matching thousands of snippets does not pay for sorting them all.
 */
export function topK<T>(items: ArrayLike<T> & Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return [...items].sort(compare).slice(0, k);
  const top: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (top.length === k && compare(item, top[k - 1] as T) >= 0) continue;
    // Binary search for the insertion point keeps `top` sorted.
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(top[mid] as T, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (top.length === k) top.pop();
    top.splice(lo, 0, item);
  }
  return top;
}
