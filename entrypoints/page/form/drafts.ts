import { browser } from 'wxt/browser';
import type { AnyWire } from '@/lib/calls/define';
import type { PageCalls } from '@/lib/calls/page';
import { type Autosave, createAutosave, type DraftSaveReply } from '@/lib/drafts/autosave';
import { notePassword } from '@/lib/drafts/identity';
import type { EditListener } from '@/lib/fields/caret';
import { isEditorFrame } from '@/lib/fields/frames';
import { type DraftSettings, SITE_KEY_PREFIX, siteOf } from '@/lib/settings/sites';

/** The drafts part of the form script: what the caret tracker and the background call. */
export interface FormDrafts extends Autosave, EditListener {
  /** The panel opened or closed on this tab (drafts in `auto` follow it). */
  panelOpen(open: boolean): void;
}

/**
 * Saves what the writer types on this page as drafts, under the site's setting (`on`; `auto` when
 * the site is always on or the panel is open; never `off`), and asks the background to offer a
 * saved draft back when the page opens (the reader script does that, only where there are drafts).
 * Listeners live as long as `signal`.
 */
export function startDrafts(signal: AbortSignal, timed?: (listener: () => void) => () => void): FormDrafts {
  // An editor's frame (about:srcdoc, or written by script with its host's address) belongs to its
  // host page; its host offers its drafts.
  const hosted = location.protocol === 'about:' || isEditorFrame(document);
  const here = new URL(hosted ? document.baseURI : location.href);
  const site = siteOf(here.href);
  const page = here.pathname;
  // The site's drafts settings as the worker tells them (IT policy applied): undefined until it
  // has, null when there are none (no saving).
  let settings: DraftSettings | null | undefined;
  let panel = false;

  // An incognito tab keeps nothing on the computer: no drafts at all.
  const incognito = browser.extension?.inIncognitoContext === true;
  // Whether drafts are saved now; null until the worker has told the settings.
  const saving = (): boolean | null => {
    if (incognito || !site) return false;
    if (settings === undefined) return null;
    return (
      settings !== null && (settings.drafts === 'on' || (settings.drafts === 'auto' && (settings.alwaysOn || panel)))
    );
  };
  const autosave = createAutosave({
    enabled: saving,
    excluded: (key) => settings?.excludedFields.includes(key) === true,
    page: () => page,
    // (Nothing to send to once the extension is gone from under the page: updated or removed.)
    send: (request) =>
      browser.runtime?.id
        ? (browser.runtime.sendMessage(request) as Promise<DraftSaveReply | undefined>)
        : Promise.resolve(undefined),
    timed,
  });

  if (site) {
    const key = SITE_KEY_PREFIX + site;
    // Asked of the worker, which reads the site's settings with the policy applied: the page
    // never parses stored settings itself. The first ask also has the page's drafts offered back.
    const ask = (offer: boolean) =>
      (
        browser.runtime.sendMessage({ type: 'draft:offer', page, offer } satisfies AnyWire<PageCalls>) as Promise<
          DraftSettings | null | undefined
        >
      ).then(
        (told) => {
          settings = told ?? null;
        },
        () => {
          settings = null;
        },
      );
    void ask(!hosted);
    const follow = (changes: Record<string, unknown>) => {
      if (key in changes && browser.runtime?.id) void ask(false);
    };
    browser.storage.local.onChanged.addListener(follow);
    // (Aborted once the extension is gone from under the page: its APIs may be gone too.)
    signal.addEventListener('abort', () => browser.storage?.local?.onChanged.removeListener(follow));
  }

  // Password fields stay secret after a page switches them to text (显示密码): those there now,
  // and any whose type changes from password later.
  for (const input of document.querySelectorAll('input[type="password"]')) notePassword(input);
  const types = new MutationObserver((records) => {
    for (const record of records)
      if (record.oldValue?.toLowerCase() === 'password') notePassword(record.target as Element);
  });
  types.observe(document, { subtree: true, attributeFilter: ['type'], attributeOldValue: true });
  signal.addEventListener('abort', () => types.disconnect());

  // Saved at once when the writer leaves the field or the page (navigation, tab closed, hidden).
  const options = { capture: true, signal };
  window.addEventListener('pagehide', autosave.flush, options);
  window.addEventListener('beforeunload', autosave.flush, options);
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'hidden') autosave.flush();
    },
    options,
  );

  return {
    ...autosave,
    left: autosave.flush,
    panelOpen(open) {
      panel = open;
    },
  };
}
