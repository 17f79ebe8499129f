/**
 * The languages the writer can choose for the extension's pages: `auto` follows the browser (what
 * `chrome.i18n` picks), the others force a catalogue. Kept in `storage.local` under one key, since
 * every context (panel, options, content script) may need it before it draws anything.
 */
export const LANGUAGES = ['auto', 'zh_CN', 'en'] as const;
/** One of LANGUAGES. */
export type Language = (typeof LANGUAGES)[number];

/** The `storage.local` key of the language setting. */
export const LANGUAGE_KEY = 'language';

/** The stored language read back: `auto` when absent or damaged. */
export function readLanguage(stored: unknown): Language {
  // A plain membership test, not zod: it is the whole check for three strings, and the panel reads
  // it before its first paint, which must not wait for the validation library.
  return LANGUAGES.find((language) => language === stored) ?? 'auto';
}

/** One entry of a `_locales/<lang>/messages.json` catalogue. */
export interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A whole `messages.json` catalogue. */
export type Catalogue = Record<string, CatalogueEntry>;

/**
 * The message `key` of `catalogue` with its substitutions, exactly as `chrome.i18n.getMessage`
 * resolves it: `$NAME$` becomes its placeholder's content (names are case-insensitive), then, as
 * Chromium's `ReplaceStringPlaceholders` does, `$1`…`$9` become the substitutions (missing ones
 * become nothing), a run of n+1 `$` becomes n of them, and `$` before any other character drops
 * both. An unknown key gives the empty string.
 */
export function formatMessage(catalogue: Catalogue, key: string, substitutions?: string | string[]): string {
  const entry = Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
  if (!entry) return '';
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const message = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
  );
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let out = '';
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (ch !== '$') {
      out += ch;
      continue;
    }
    if (i + 1 >= message.length) break;
    i++;
    if (message[i] === '$') {
      while (message[i] === '$') {
        out += '$';
        i++;
      }
      i--;
    } else {
      // Only $1…$9 stand for a substitution; `$` before anything else is dropped with it.
      const index = '123456789'.indexOf(message[i] ?? '');
      if (index >= 0) out += subs[index] ?? '';
    }
  }
  return out;
}
