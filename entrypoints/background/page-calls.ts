import type { Handlers } from '@/lib/calls/define';
import type { PageCalls } from '@/lib/calls/page';
import { siteOf } from '@/lib/settings/sites';
import type { Caller } from './calls';
import { offerDrafts, warnDrafts } from './draft-offer';
import { draftSettingsOf, offersFor, saveFromPage } from './drafts';
import { judgeSubmission } from './guard-judge';
import { runPageEditor } from './panel-calls';
import { rememberActiveFrame, rememberPanelToken } from './tab-state';

/** Tabs already told that drafts cannot be saved. */
export const warned = new Set<number>();

// Test builds only: the check before 提交 gets no verdict (a worker that does not answer).
let guardSilent = false;

/** Test builds only (tianbaoGuardSilent): whether guard:judge goes unanswered. */
export function silenceGuard(silent: boolean): void {
  guardSilent = silent;
}

// Test builds only: every draft:save answers this failure, as a full disk would.
let draftsFailing: 'quota' | 'unavailable' | null = null;

/** Test builds only (tianbaoDraftsFail): saves fail with `code` (a full disk), or work again (null). */
export function failDrafts(code: 'quota' | 'unavailable' | null): void {
  draftsFailing = code;
}

/** The worker's answer to each call of a page script (lib/calls/page.ts), validated before. */
export const pageHandlers: Handlers<PageCalls, Caller> = {
  'field:active': ({ at }, { tabId, frameId }) => {
    void rememberActiveFrame(tabId, frameId, at ?? Date.now());
    return undefined;
  },
  'panel:token': ({ token }, { tabId, frameId }) => {
    if (frameId === 0) void rememberPanelToken(tabId, token);
    return undefined;
  },
  'draft:save': async (request, caller) => {
    const reply =
      import.meta.env.MODE === 'e2e' && draftsFailing
        ? ({ ok: false, error: draftsFailing } as const)
        : await saveFromPage(request, asSender(caller));
    // Said once per tab: the text is still in the field, and the save is tried again.
    if (!reply.ok && reply.error !== 'refused' && !warned.has(caller.tabId)) {
      warned.add(caller.tabId);
      void warnDrafts(caller, reply.error);
    }
    return reply;
  },
  'draft:offer': async ({ page, offer }, caller) => {
    const settings = await draftSettingsOf(asSender(caller));
    // The reader (labels, the prompt) goes only into pages that have drafts to offer.
    if (offer && settings && settings.drafts !== 'off')
      void offersFor(page, asSender(caller)).then((offers) => {
        if (offers.length > 0) void offerDrafts(caller, offers);
      });
    return settings;
  },
  'guard:judge': ({ scan }, { tabUrl }) => {
    // Test builds: a worker that never answers, as one stuck restarting.
    if (import.meta.env.MODE === 'e2e' && guardSilent) return new Promise<never>(() => undefined);
    return judgeSubmission(scan, siteOf(tabUrl)).catch(() => null);
  },
  // A draft restored into an old editor goes through its API, as an insertion does.
  'editor:handover': ({ handOver, marker, text }, { tabId, frameId }) =>
    runPageEditor(tabId, frameId, { handOver, marker }, text),
};

// The sender as the drafts module reads it: the frame's address and origin, the tab's incognito.
function asSender({ url, origin, incognito }: Caller) {
  return { url, origin, tab: { incognito } };
}
