import { browser } from 'wxt/browser';
import { boundsOf, interpretContext, interpretScan } from '@/lib/analysis/field-read';
import type { Handlers, RequestOf } from '@/lib/calls/define';
import type { FrameCalls, Inserted, InsertHandOver } from '@/lib/calls/frame';
import type { PanelCalls } from '@/lib/calls/panel';
import { PAGE_INSERTS } from '@/lib/fields/editors';
import { type FieldContext, FormRead, type FormScan, type InsertResult, parseMessage } from '@/lib/messages';
import { siteOf } from '@/lib/settings/sites';
import { type Caller, callFrame, callReader } from './calls';
import { tellPanelOpen } from './dock';
import { draftPage } from './drafts';
import { activeFrame } from './tab-state';

/** The worker's answer to each call of the panel (lib/calls/panel.ts), for the panel's tab. */
export const panelHandlers: Handlers<PanelCalls, Caller> = {
  'panel:layout': ({ layout }, { tabId }) => {
    void callFrame(tabId, 0, 'panel:layout', { layout });
    if (layout === 'closed') void tellPanelOpen(tabId, false);
    return undefined;
  },
  'field:insert': async ({ frameId, ...insert }, { tabId }) =>
    deliver(tabId, frameId ?? (await activeFrame(tabId)), 'field:insert', insert),
  'field:edit': ({ frameId, ...edit }, { tabId }) => deliver(tabId, frameId, 'field:edit', edit),
  'field:context': (_, { tabId }) => activeFieldContext(tabId),
  'check:errors': ({ count }, { tabId }) => {
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    void browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    return undefined;
  },
  'panel:page': (_, { tabId, tabUrl }) => ({ tabId, site: siteOf(tabUrl) }),
  'form:scan': (_, { tabId }) => scanForm(tabId),
  'field:locate': async ({ frameId, ...range }, { tabId }) => {
    const [found] = await callReader(tabId, [frameId], 'locate', range);
    return found?.result === true;
  },
  'drafts:page': async (_, { tabId, tabUrl }) =>
    draftPage(tabUrl, await callReader(tabId, 'all', 'draftTexts', { address: draftAddress(tabUrl) })),
  'drafts:restore': async ({ field, text }, { tabId, tabUrl }) => {
    // Into exactly one field of exactly one frame: the tab's own page (the drafts listed are its
    // drafts), never a frame of another site or page that has a field of the same id.
    const holders = await callReader(tabId, 'all', 'draftHolds', { address: draftAddress(tabUrl), key: field });
    const found = holders.filter((f) => f.result > 0);
    const [only] = found;
    if (found.length !== 1 || only?.result !== 1) return { ok: false, reason: 'field-gone' };
    const [restored] = await callReader(tabId, [only.frameId], 'restoreDraft', { key: field, text });
    return restored?.result ?? { ok: false, reason: 'field-gone' };
  },
};

/**
 * Has the form script of `frameId` make an insertion (or an edit), and answers how it went: one
 * call, whose reply carries the field's bounds, so that only a limit the page states (限800字, 0/800)
 * past which the field now goes needs telling. An editor filled through its own API hands the
 * insertion over to the page's world and back.
 */
async function deliver<K extends 'field:insert' | 'field:edit'>(
  tabId: number,
  frameId: number,
  name: K,
  request: RequestOf<FrameCalls, K> & { text: string },
): Promise<InsertResult> {
  const send = async (): Promise<Inserted | undefined> => {
    const reply = await callFrame(tabId, frameId, name, request);
    if (!reply || !('handOver' in reply)) return reply;
    return callFrame(tabId, frameId, 'field:handed', await runPageEditor(tabId, frameId, reply, request.text));
  };
  let reply = await send();
  // Focus went into a frame of another site that runs our script after all: that frame reports
  // the writer's own focus itself, and did not (a page script moved the focus there).
  const origin = reply?.result.ok === false ? reply.result.origin : undefined;
  if (origin && (await runsFormScript(tabId, origin))) {
    await callReader(tabId, [frameId], 'reachable', { host: origin });
    reply = await send();
  }
  if (!reply) return { ok: false, reason: 'field-gone' };
  const { result } = reply;
  if (!result.ok) return result;
  // (Asked of the reader only where the form script could not: the reader is not in that frame yet.)
  const bounds = reply.bounds ?? (await callReader(tabId, [frameId], 'bounds', {}))[0]?.result;
  const maxLength = bounds ? boundsOf(bounds).maxLength : undefined;
  const length = bounds?.length ?? 0;
  return maxLength !== undefined && length > maxLength
    ? { ...result, limit: maxLength, over: length - maxLength }
    : result;
}

/**
 * Runs a page editor's own insertion (lib/fields/page-editors.ts) in the main world of `frameId`,
 * where its API lives; the call that tells the form script how it went.
 */
export async function runPageEditor(
  tabId: number,
  frameId: number,
  handed: InsertHandOver,
  text: string,
): Promise<RequestOf<FrameCalls, 'field:handed'>> {
  const insert = Object.hasOwn(PAGE_INSERTS, handed.handOver) ? PAGE_INSERTS[handed.handOver] : undefined;
  let read: string | null = null;
  if (insert) {
    try {
      const [ran] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        world: 'MAIN',
        func: insert,
        args: [handed.marker, text],
      });
      read = typeof ran?.result === 'string' ? ran.result : null;
    } catch {
      // The page threw (a hostile or broken page): the form script reports that nothing went in.
    }
  }
  return { marker: handed.marker, read };
}

/** Whether a frame of `host` in the tab runs the form script (frames we may not touch never do). */
async function runsFormScript(tabId: number, host: string): Promise<boolean> {
  const frames = await browser.scripting
    .executeScript({
      target: { tabId, allFrames: true },
      func: () => [location.host, (globalThis as Record<string, unknown>).__tianbaoForm !== undefined],
    })
    .catch(() => []);
  return frames.some((f) => Array.isArray(f.result) && f.result[0] === host && f.result[1] === true);
}

/** The label, text, caret and selection of the field the user works in, or null. */
async function activeFieldContext(tabId: number): Promise<FieldContext | null> {
  const frameId = await activeFrame(tabId);
  const context = await readContext(tabId, frameId);
  return context ? { ...context, frameId } : null;
}

/** The field the writer works in, in frame `frameId`, with its label tidied; undefined without a reader. */
export async function readContext(tabId: number, frameId: number): Promise<FieldContext | undefined> {
  const [context] = await callReader(tabId, [frameId], 'context', {});
  return context && interpretContext(context.result);
}

/**
 * Reads every frame the extension may access. `executeScript` reaches each frame's reader (same
 * isolated world) and says which frame answered, without the webNavigation permission that
 * listing frames would need.
 */
async function scanForm(tabId: number): Promise<FormScan> {
  // One JSON string per frame: it crosses to the worker far faster than 10,000 objects.
  const results = await callReader(tabId, 'all', 'scanJson', {});
  const frames = results
    .map((r) => ({ frameId: r.frameId, ...(parseJson(r.result) as { fields?: unknown; page?: unknown } | null) }))
    .filter((r) => Array.isArray(r.fields))
    .sort((a, b) => a.frameId - b.frameId);
  // What the pages read, checked, then understood here (labels tidied, limits found).
  const read = parseMessage(FormRead, { frames });
  return read ? interpretScan(read) : { frames: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The address (origin + path) drafts of the tab's page are kept under, as the form script saves them. */
export function draftAddress(url: string | undefined): string {
  try {
    const { origin, pathname } = new URL(url ?? '');
    return origin + pathname;
  } catch {
    return '';
  }
}
