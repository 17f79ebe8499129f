/**
 * The HTML a rich editor (CKEditor 5, TinyMCE) is given with a paste: one `<p>` per line of the
 * text, escaped, then passed through DOMPurify allowing `<p>` and `<br>` and no attribute, so that
 * nothing a snippet holds can become an element, a handler or a URL in the page. Built and
 * sanitised in the panel (an extension page with a DOM), since DOMPurify (29 KB) does not fit the
 * content script's budget; the content script pastes this HTML as given (docs/fields.md).
 */

/** What is used of DOMPurify: `sanitize` with a config (DOMPurify's default export, or one made on a jsdom window). */
export interface Purifier {
  sanitize(html: string, config: { ALLOWED_TAGS: string[]; ALLOWED_ATTR: string[]; KEEP_CONTENT: boolean }): string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` as paragraphs of escaped text: each line one `<p>`. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `<p>${line.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)}</p>`)
    .join('');
}

/** `html` with every element but `<p>`/`<br>` removed (their text kept) and every attribute dropped. */
export function sanitizeRichHtml(html: string, purify: Purifier): string {
  return purify.sanitize(html, { ALLOWED_TAGS: ['p', 'br'], ALLOWED_ATTR: [], KEEP_CONTENT: true });
}

/** The HTML to paste for `text`: its paragraphs, escaped and sanitised. */
export function richHtml(text: string, purify: Purifier): string {
  return sanitizeRichHtml(paragraphsHtml(text), purify);
}
