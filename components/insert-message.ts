import { browser } from 'wxt/browser';
import { richHtml } from '@/lib/fields/rich-html';
import { MAX_INSERT_CHARS } from '@/lib/message-constants';
import type { FromPanel, InsertResult } from '@/lib/messages';

/**
 * Sends a message of the panel to the background. An insertion carries its text also as HTML for
 * rich editors, escaped and sanitised here with DOMPurify (the content script has no room for it);
 * text over MAX_INSERT_CHARS is refused before it leaves the panel.
 */
export async function sendFromPanel(message: FromPanel): Promise<unknown> {
  // The token our content script put in the panel's address: the background acts only for it.
  const token = location.hash.slice(1);
  if (message.type !== 'field:insert') return browser.runtime.sendMessage({ ...message, token });
  if (message.text.length > MAX_INSERT_CHARS) {
    const refused: InsertResult = {
      ok: false,
      reason: 'too-large',
      limit: MAX_INSERT_CHARS,
      over: message.text.length - MAX_INSERT_CHARS,
    };
    return refused;
  }
  return browser.runtime.sendMessage({ ...message, html: richHtml(message.text, await loadPurifier()), token });
}

let purifier: Promise<typeof import('dompurify').default> | undefined;

/**
 * DOMPurify, loaded on first use: it is needed at the first insertion, not at the panel's first
 * paint. The panel fetches it in idle time once it has drawn (`preloadPanelParts`).
 */
export function loadPurifier(): Promise<typeof import('dompurify').default> {
  purifier ??= import('dompurify').then((module) => module.default);
  return purifier;
}
