import { browser } from 'wxt/browser';
import type { FromPanel, ReplyOf } from '@/lib/calls';
import type { PanelCalls } from '@/lib/calls/panel';
import { richHtml } from '@/lib/fields/rich-html';
import { MAX_INSERT_CHARS } from '@/lib/message-constants';
import type { InsertResult } from '@/lib/messages';

/**
 * How the panel calls the worker: a call of lib/calls/panel.ts, answered with its reply. The reply
 * is the extension's own worker's, which validated what it read from a page before answering: it
 * is typed here, not checked again (the team's rule for calls between our contexts), which keeps
 * zod out of the panel's first paint. Undefined when nothing came back (the worker restarted).
 */
export type PanelSend = <M extends FromPanel>(message: M) => Promise<ReplyOf<PanelCalls, M['type']> | undefined>;

/**
 * Makes a call of the panel (lib/calls/panel.ts) to the background; its reply, or undefined. An insertion or an edit carries its text also as HTML for rich editors, escaped and
 * sanitised here with DOMPurify (the content script has no room for it); text over
 * MAX_INSERT_CHARS is refused before it leaves the panel.
 */
export const sendFromPanel: PanelSend = async (message) => {
  // The token our content script put in the panel's address: the background acts only for it.
  const token = location.hash.slice(1);
  const reply = (raw: unknown) => (raw === undefined ? undefined : raw) as never;
  if (message.type !== 'field:insert' && message.type !== 'field:edit')
    return reply(await browser.runtime.sendMessage({ ...message, token }));
  const { text } = message as { text: string };
  if (text.length > MAX_INSERT_CHARS) {
    const over = text.length - MAX_INSERT_CHARS;
    const refused: InsertResult = { ok: false, reason: 'too-large', limit: MAX_INSERT_CHARS, over };
    return refused as never;
  }
  return reply(await browser.runtime.sendMessage({ ...message, html: richHtml(text, await loadPurifier()), token }));
};

let purifier: Promise<typeof import('dompurify').default> | undefined;

/**
 * DOMPurify, loaded on first use: it is needed at the first insertion, not at the panel's first
 * paint. The panel fetches it in idle time once it has drawn (`preloadPanelParts`).
 */
export function loadPurifier(): Promise<typeof import('dompurify').default> {
  purifier ??= import('dompurify').then((module) => module.default);
  return purifier;
}
