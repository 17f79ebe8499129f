import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { RequestOf } from '@/lib/calls';
import { type Calls, dispatch, type Handlers, parseReply, type ReplyOf } from '@/lib/calls/define';
import { type FrameCalls, frameCalls } from '@/lib/calls/frame';
import { type ReaderCalls, readerCalls } from '@/lib/calls/reader';
import { ensureInjected } from './inject';

// The worker's side of the calls (lib/calls/): one router for what arrives, and one way to call
// each kind of page script. Replies from a page's frame are validated here (a page is a trust
// boundary); a call that fails or is answered wrongly comes back as undefined.

/** Who sent a call, as the router tells its handler. */
export interface Caller {
  tabId: number;
  frameId: number;
  url: string | undefined;
  origin: string | undefined;
  tabUrl: string | undefined;
  incognito: boolean;
}

/** The sender of a runtime message, as the browser describes it. */
type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

/** A table of calls with its handlers, and who may make them. */
export interface Route<C extends Calls> {
  calls: C;
  handlers: Handlers<C, Caller>;
  /** Whether this sender may make these calls at all (a page of ours, a panel with its token). */
  admits(caller: Caller, raw: unknown): boolean | Promise<boolean>;
}

/**
 * The runtime.onMessage listener of the worker: the first route whose table names the call and
 * whose `admits` lets the sender in runs its handler, the request validated first; anything else
 * is left unanswered.
 */
export function router(routes: (sender: Sender) => Route<Calls>[]) {
  return (raw: unknown, sender: Sender, sendResponse: (reply: unknown) => void): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const caller: Caller = {
      tabId,
      frameId: sender.frameId ?? 0,
      url: sender.url,
      origin: sender.origin,
      tabUrl: sender.tab?.url,
      incognito: sender.tab?.incognito === true,
    };
    const type = (raw as { type?: unknown } | null)?.type;
    const route = routes(sender).find((r) => typeof type === 'string' && Object.hasOwn(r.calls, type));
    if (!route) return undefined;
    void Promise.resolve(route.admits(caller, raw))
      .then((admitted) => (admitted ? dispatch(route.calls, route.handlers, raw, caller)?.reply : undefined))
      .catch(() => undefined)
      .then(sendResponse);
    return true;
  };
}

/**
 * Calls `name` of the form script in frame `frameId` of `tabId`; its reply, validated, or
 * undefined (no script there, the frame gone, a reply that is not one).
 */
export async function callFrame<K extends keyof FrameCalls & string>(
  tabId: number,
  frameId: number,
  name: K,
  request: RequestOf<FrameCalls, K>,
): Promise<ReplyOf<FrameCalls, K> | undefined> {
  try {
    const raw = await browser.tabs.sendMessage(tabId, { type: name, ...request }, { frameId });
    return parseReply(frameCalls, name, raw);
  } catch {
    // The frame was closed or navigated away while the writer was in the panel.
    return undefined;
  }
}

/** Tells every frame of `tabId` call `name`, without waiting for answers. */
export async function tellFrames<K extends keyof FrameCalls & string>(
  tabId: number,
  name: K,
  request: RequestOf<FrameCalls, K>,
): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: name, ...request }).catch(() => undefined);
}

/**
 * Calls `name` of the form reader in the given frames, injecting the reader first where it is not
 * yet; each answering frame's reply, validated (a frame whose reply is not one is left out). Frames
 * the extension may not touch are skipped.
 */
export async function callReader<K extends keyof ReaderCalls & string>(
  tabId: number,
  frames: number[] | 'all',
  name: K,
  request: RequestOf<ReaderCalls, K>,
): Promise<{ frameId: number; result: ReplyOf<ReaderCalls, K> }[]> {
  const target = frames === 'all' ? { tabId, allFrames: true } : { tabId, frameIds: frames };
  try {
    await ensureInjected(tabId, frames, '__tianbaoReader');
    const answers = await browser.scripting.executeScript({
      target,
      func: (method: string, values: unknown) => {
        const reader = (globalThis as { __tianbaoReader?: Record<string, (request: unknown) => unknown> })
          .__tianbaoReader;
        return reader?.[method]?.(values) ?? null;
      },
      args: [name, request],
    });
    const schema = readerCalls[name].reply as z.ZodMiniType;
    return answers.flatMap((answer) => {
      // (executeScript gives null for a reply of undefined.)
      const parsed = z.safeParse(schema, answer.result ?? null);
      const result = parsed.success || answer.result != null ? parsed : z.safeParse(schema, undefined);
      return result.success ? [{ frameId: answer.frameId, result: result.data as ReplyOf<ReaderCalls, K> }] : [];
    });
  } catch {
    // The frame went away, or is one the extension may not touch.
    return [];
  }
}
