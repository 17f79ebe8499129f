/**
 * When a save grows the latest version and when it starts a new one. Typing on merges into one
 * version; a pause, a long session or text taken away keeps the version before it.
 */
export interface HistoryRules {
  /** A save after this long without one starts a new version. */
  pauseMs: number;
  /** A version grown for this long is closed: an hour of typing leaves a few steps to go back to. */
  spanMs: number;
  /** Removing or replacing more than this many characters keeps the earlier text as a version. */
  smallEditChars: number;
  /** Versions kept per field, the oldest evicted first. */
  versionsPerField: number;
  /** Bytes kept for all drafts together, the oldest versions evicted first. */
  totalBytes: number;
}

/** The limits the extension uses. */
export const DEFAULT_RULES: HistoryRules = {
  pauseMs: 5 * 60_000,
  spanMs: 15 * 60_000,
  smallEditChars: 20,
  versionsPerField: 20,
  totalBytes: 50 * 1024 * 1024,
};

/** How many characters of `before` are gone or replaced in `after` (one edited stretch). */
export function removedChars(before: string, after: string): number {
  const { prefix, suffix } = difference(before, after);
  return before.length - prefix - suffix;
}

/** The stretch where `after` differs from `before`: common prefix and suffix lengths. */
export function difference(before: string, after: string): { prefix: number; suffix: number } {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { prefix, suffix };
}

/** True when saving `text` at `now` should start a new version rather than grow `latest`. */
export function startsNewVersion(
  latest: { text: string; createdAt: number; savedAt: number },
  text: string,
  now: number,
  rules: HistoryRules = DEFAULT_RULES,
): boolean {
  if (now - latest.savedAt > rules.pauseMs) return true;
  if (now - latest.createdAt > rules.spanMs) return true;
  return removedChars(latest.text, text) > rules.smallEditChars;
}

/** Bytes a text costs in storage. */
export function sizeOf(text: string): number {
  return text.length * 2;
}

/** How a draft differs from a field's current text: characters it has more and fewer. */
export function compareTexts(draft: string, current: string): { same: boolean; added: number; removed: number } {
  const { prefix, suffix } = difference(current, draft);
  return { same: draft === current, added: draft.length - prefix - suffix, removed: current.length - prefix - suffix };
}

/** A byte count as the lists show it (KB below a megabyte, else MB). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
