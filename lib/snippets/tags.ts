/** The most tags one snippet keeps (the snippet schema's limit, lib/snippets/store.ts). */
export const MAX_TAGS = 50;

/**
 * Tags as a writer types them in one line or one CSV cell: separated by 、，,；;| or spaces,
 * empties and repeats dropped, at most {@link MAX_TAGS}. The snippet editor and the CSV import
 * read tags the same way, so a tag list round-trips between them.
 */
export function splitTags(text: string): string[] {
  return [...new Set(text.split(/[、，,；;|\s]+/u).filter(Boolean))].slice(0, MAX_TAGS);
}
