import { browser } from 'wxt/browser';
import { loadEffectivePreferences, loadPolicy } from '@/components/policy';
import type { RequestOf } from '@/lib/calls/define';
import type { PageCalls } from '@/lib/calls/page';
import { draftsDatabase } from '@/lib/db/drafts';
import { database } from '@/lib/db/tianbao';
import type { DraftSaveReply } from '@/lib/drafts/autosave';
import { secretByName, secretByShape } from '@/lib/drafts/secrets';
import {
  DRAFTS_ERROR_KEY,
  DraftError,
  type DraftInput,
  latestByField,
  pruneOlderThan,
  saveDraft,
} from '@/lib/drafts/store';
import type { DraftOffer, DraftPage } from '@/lib/messages';
import { applySitePolicy } from '@/lib/settings/policy';
import { type DraftSettings, loadSite, siteOf } from '@/lib/settings/sites';

type Sender = { url?: string; origin?: string; tab?: { incognito?: boolean } };

// Saves that failed (a full disk), newest text per field, tried again until they go in: the
// writer's newest words are never dropped, only delayed, while the page also keeps them.
const failed = new Map<string, DraftInput>();
let retrying = false;
function retryLater() {
  if (retrying) return;
  retrying = true;
  setTimeout(() => void retryFailed(), 30_000);
}

// When retention last ran: at start-up, then at most once an hour while drafts are being saved.
let prunedAt = 0;
const HOUR_MS = 60 * 60 * 1000;

/** Removes drafts older than the retention (policy's, else the writer's, else 30 days). */
export async function pruneOldDrafts(now = Date.now()): Promise<void> {
  if (now - prunedAt < HOUR_MS) return;
  prunedAt = now;
  const { draftRetentionDays } = await loadEffectivePreferences(database());
  await pruneOlderThan(draftsDatabase(), draftRetentionDays, now).catch(() => 0);
}

/** Saves that reached the database since the worker started (the bench's writes per minute). */
export const draftWrites = { count: 0 };

/** A site's settings with the IT policy applied (drafts switched off everywhere, for one). */
async function siteWithPolicy(site: string) {
  const [own, { policy }] = await Promise.all([loadSite(browser.storage.local, site), loadPolicy()]);
  return applySitePolicy(site, own, policy).settings;
}

/** The drafts settings of the sender's site, the policy applied, for its form script; null off http(s). */
export async function draftSettingsOf(sender: Sender): Promise<DraftSettings | null> {
  const site = senderSite(sender);
  if (!site) return null;
  const { drafts, alwaysOn, excludedFields } = await siteWithPolicy(site);
  return { drafts, alwaysOn, excludedFields };
}

/** The site a message came from: its frame's origin (an editor's srcdoc frame has its host's). */
function senderSite(sender: Sender): string | null {
  return siteOf(sender.url) ?? siteOf(sender.origin);
}

/**
 * Saves a field's text as a draft, unless the site's drafts are off or the writer excluded the
 * field (checked here too: a page cannot make the extension keep what the writer refused).
 */
export async function saveFromPage(
  message: RequestOf<PageCalls, 'draft:save'>,
  sender: Sender,
): Promise<DraftSaveReply> {
  const site = senderSite(sender);
  if (!site) return { ok: false, error: 'refused' };
  // Never written: an incognito tab's text (it would outlive the window on disk), and secrets,
  // tested again here whatever the page's script did (lib/drafts/secrets.ts).
  if (sender.tab?.incognito || secretByShape(message.text)) return { ok: false, error: 'refused' };
  if (secretByName({ key: message.field, label: message.label, singleLine: false }))
    return { ok: false, error: 'refused' };
  const settings = await siteWithPolicy(site);
  if (settings.drafts === 'off' || settings.excludedFields.includes(message.field))
    return { ok: false, error: 'refused' };
  const input: DraftInput = { ...message, site };
  const id = `${site}\n${input.page}\n${input.field}`;
  try {
    if ((await saveDraft(draftsDatabase(), input)) !== 'unchanged') draftWrites.count++;
    void pruneOldDrafts();
    failed.delete(id);
    if (failed.size === 0) await browser.storage.session.remove(DRAFTS_ERROR_KEY);
    return { ok: true };
  } catch (error) {
    const code = error instanceof DraftError ? error.code : 'unavailable';
    failed.set(id, input);
    await browser.storage.session.set({ [DRAFTS_ERROR_KEY]: { code, at: Date.now() } }).catch(() => undefined);
    retryLater();
    return { ok: false, error: code };
  }
}

async function retryFailed() {
  retrying = false;
  for (const [id, input] of failed) {
    try {
      await saveDraft(draftsDatabase(), input);
      failed.delete(id);
    } catch {
      retryLater();
      return;
    }
  }
  await browser.storage.session.remove(DRAFTS_ERROR_KEY);
}

/** The newest draft of each field of the sender's page, to offer back when the page opens. */
export async function offersFor(page: string, sender: Sender): Promise<DraftOffer[]> {
  const site = senderSite(sender);
  if (!site) return [];
  const settings = await siteWithPolicy(site);
  if (settings.drafts === 'off') return [];
  const latest = await latestByField(draftsDatabase(), site, page).catch(() => []);
  return latest
    .filter((v) => !settings.excludedFields.includes(v.field))
    .map((v) => ({
      field: v.field,
      label: v.label,
      text: v.text,
      savedAt: v.savedAt,
      ...(v.cut ? { cut: v.cut } : {}),
    }));
}

/** The tab's page (site and path) for the 草稿 tab, given what its frames' fields hold now. */
export function draftPage(tabUrl: string | undefined, frames: { result?: unknown }[]): DraftPage | null {
  const site = siteOf(tabUrl);
  if (!site || !tabUrl) return null;
  const current: Record<string, string> = {};
  for (const frame of frames) {
    if (frame.result && typeof frame.result === 'object') Object.assign(current, frame.result);
  }
  return { site, page: new URL(tabUrl).pathname, current };
}
