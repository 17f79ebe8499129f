import DOMPurify from 'dompurify';
import { browser } from 'wxt/browser';
import type { FromPanel } from '@/lib/calls';
import { parseReply, type ReplyOf } from '@/lib/calls/define';
import { type PanelCalls, panelCalls } from '@/lib/calls/panel';
import { richHtml } from '@/lib/fields/rich-html';
import { type InsertResult, MAX_INSERT_CHARS } from '@/lib/messages';

/** How the panel calls the worker: a call of lib/calls/panel.ts, answered with its validated reply. */
export type PanelSend = <M extends FromPanel>(message: M) => Promise<ReplyOf<PanelCalls, M['type']> | undefined>;

/**
 * Makes a call of the panel (lib/calls/panel.ts) to the background; its reply, validated, or
 * undefined. An insertion or an edit carries its text also as HTML for rich editors, escaped and
 * sanitised here with DOMPurify (the content script has no room for it); text over
 * MAX_INSERT_CHARS is refused before it leaves the panel.
 */
export const sendFromPanel: PanelSend = async (message) => {
  // The token our content script put in the panel's address: the background acts only for it.
  const token = location.hash.slice(1);
  const reply = (raw: unknown) => parseReply(panelCalls, message.type, raw) as never;
  if (message.type !== 'field:insert' && message.type !== 'field:edit')
    return reply(await browser.runtime.sendMessage({ ...message, token }));
  const { text } = message as { text: string };
  if (text.length > MAX_INSERT_CHARS) {
    const over = text.length - MAX_INSERT_CHARS;
    const refused: InsertResult = { ok: false, reason: 'too-large', limit: MAX_INSERT_CHARS, over };
    return refused as never;
  }
  return reply(await browser.runtime.sendMessage({ ...message, html: richHtml(text, DOMPurify), token }));
};
