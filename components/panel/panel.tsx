import './panel.css';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { insertWithReadBack } from '@/lib/analysis/inserted';
import type { Snippet } from '@/lib/db/tianbao';
import type { FieldContext, PanelLayout, PanelPage } from '@/lib/messages';
import { fillTemplate, prepareInsertion } from '@/lib/snippets/variables';
import { listen } from '../extension-events';
import { insertFailureMessage, storeErrorMessage, t } from '../i18n';
import { sendFromPanel } from './insert-message';
import { InsertPrompt, type Pending } from './insert-prompt';
import { loadPanelProfile, useStoreQuery } from './lazy-store';
import { type SectionFilter, SnippetSearch } from './library/snippet-search';
import { usePanelKeys, useSearchRequests } from './panel-keys';
import {
  CheckTab,
  DraftsTab,
  GrantNarrowOffer,
  loadPanelEngine,
  OutlineTab,
  preloadPanelParts,
  SiteOffer,
  whenSettled,
} from './panel-lazy';
import { type PanelTab, PanelTabs, tabId } from './panel-tabs';

/** Status line under the header: what the last action did. */
type Status = { tone: 'ok' | 'error'; text: string } | null;

// Longer snippets are shown before they go in, so a wrong click costs nothing.
const PREVIEW_CHARS = 200;

/** The docked side panel: header with collapse and close, then the 素材 search and list. */
export function Panel() {
  const [layout, setLayout] = useState<PanelLayout>('expanded');
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [context, setContext] = useState<FieldContext | null>(null);
  const [tab, setTab] = useState<PanelTab>('snippets');
  // How many times the writer paused typing in this tab's form (the 草稿 tab reads its fields again).
  const [edits, setEdits] = useState(0);
  // Set when the search box should take the focus (a shortcut); cleared once it has.
  const [searchFocus, setSearchFocus] = useState(false);
  // Answers given this session, used when the database cannot keep them (a private window).
  const [unsaved, setUnsaved] = useState<Record<string, string>>({});
  const saved = useStoreQuery(loadPanelProfile, (store) => store.panelProfile(store.database()));
  const profile = saved && { ...saved.value, ...unsaved };
  const [page, setPage] = useState<PanelPage | null>(null);
  const site = page?.site ?? null;
  useEffect(() => {
    void send({ type: 'panel:page' })
      .then((reply) => setPage(reply ?? null))
      .catch(() => undefined);
  }, []);

  const changeLayout = (next: PanelLayout) => {
    setLayout(next);
    void send({ type: 'panel:layout', layout: next });
  };

  const focusSearch = () => {
    if (layout !== 'expanded') changeLayout('expanded');
    setTab('snippets');
    setSearchFocus(true);
  };
  usePanelKeys({
    onEscape: () => (pending ? setPending(null) : changeLayout('closed')),
    onSearch: focusSearch,
  });
  useSearchRequests(focusSearch);

  // Which report section the caret is in: asked when the panel opens and whenever the pointer
  // comes back to it (the writer may have moved on in the form meanwhile).
  const refreshSection = useCallback(async () => {
    setContext((await send({ type: 'field:context' }).catch(() => null)) ?? null);
  }, []);
  // A moment after the panel has drawn its list, in idle time, the code of the other tabs, the site
  // offer and the section filter is fetched: not while the list is read and drawn, nor while the
  // writer makes a first choice in it (a tab switched to before then loads at once).
  // (The profile is read with the list, so its arrival marks the list's.)
  const [idle, setIdle] = useState(false);
  const read = saved !== undefined;
  useEffect(() => {
    if (!read) return;
    return whenSettled(() => {
      preloadPanelParts();
      setIdle(true);
    });
  }, [read]);
  // The structure engine tells the section; the list can be narrowed to it from then on.
  const [section, setSection] = useState<SectionFilter | undefined>(undefined);
  useEffect(() => {
    let live = true;
    if (!context) setSection(undefined);
    else if (idle) void loadPanelEngine().then((engine) => live && setSection(engine.sectionFilterOf(context)));
    return () => {
      live = false;
    };
  }, [context, idle]);
  useEffect(() => {
    void refreshSection();
    // The pointer comes back after working in the page (no movement here for a while): the
    // writer may have moved on in the form. (Chromium sends a frame no mouseleave when the pointer
    // jumps out of it, so a pause stands for "was away".)
    let last = 0;
    const back = () => {
      const now = performance.now();
      if (now - last > 700) void refreshSection();
      last = now;
    };
    document.addEventListener('pointermove', back, { passive: true });
    return () => document.removeEventListener('pointermove', back);
  }, [refreshSection]);
  // The writer paused typing in this tab's form: read the field again (the outline follows).
  useEffect(() => {
    if (!page) return;
    const edited = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (sender.id !== browser.runtime.id || sender.tab?.id !== page.tabId) return;
      // From our own form script in this tab (checked above); its type is all that is read.
      if ((raw as { type?: unknown } | null)?.type === 'field:edited') {
        void refreshSection();
        setEdits((n) => n + 1);
      }
    };
    return listen(() => browser.runtime.onMessage, edited);
  }, [page, refreshSection]);

  const insert = async (snippet: Snippet, text: string, caret: number) => {
    setPending(null);
    const message = { type: 'field:insert', text, ...(caret < text.length ? { caret } : {}) } as const;
    // (Its answer lost, the status says only what the field shows: a lost answer may follow text
    // that went in, and 插入失败 then would have the writer insert it twice.)
    const result = await insertWithReadBack(send, message);
    if (!result) {
      setStatus({ tone: 'error', text: t('trust2_insertUnconfirmed', snippet.title) });
    } else if (result.ok) {
      setStatus(
        result.over
          ? { tone: 'error', text: t('insertOverLimit', [snippet.title, String(result.limit), String(result.over)]) }
          : { tone: 'ok', text: t(result.joined ? 'insertJoined' : 'insertDone', snippet.title) },
      );
      // Ranking only; a failure here must not turn a good insertion into an error.
      loadPanelProfile()
        .then((store) => store.recordUse(store.database(), snippet.id))
        .catch(() => undefined);
    } else {
      setStatus({ tone: 'error', text: insertFailureMessage(result) });
    }
  };

  const pick = (snippet: Snippet) => {
    // The profile is read just after the list is drawn: a snippet picked before that waits for it,
    // so that its variables are filled from it rather than asked for.
    if (!profile) {
      void loadPanelProfile()
        .then((store) => store.panelProfile(store.database()))
        .then(
          (read) => prepare(snippet, { ...read.value, ...unsaved }),
          () => prepare(snippet, unsaved),
        );
      return;
    }
    prepare(snippet, profile);
  };

  const prepare = (snippet: Snippet, profile: Record<string, string>) => {
    const prepared = prepareInsertion(snippet.body, profile);
    if (prepared.kind === 'broken') setPending({ kind: 'broken', snippet, issues: prepared.issues });
    else if (prepared.kind === 'ask') setPending({ kind: 'ask', snippet, names: prepared.names });
    else if (prepared.text.length > PREVIEW_CHARS)
      setPending({ kind: 'preview', snippet, text: prepared.text, caret: prepared.caret });
    else void insert(snippet, prepared.text, prepared.caret);
  };

  const answer = async (snippet: Snippet, answers: Record<string, string>, remember: boolean) => {
    if (remember) {
      const store = await loadPanelProfile();
      try {
        await store.rememberAnswers(store.database(), answers);
      } catch (error) {
        // The insertion still goes ahead with the answers; only remembering them failed. They are
        // kept for this session, so the next snippet does not ask again.
        const code = error instanceof store.StoreError ? error.code : 'unavailable';
        setStatus({ tone: 'error', text: storeErrorMessage(code) });
        if (code === 'unavailable' || code === 'quota') setUnsaved((current) => ({ ...current, ...answers }));
      }
    }
    const filled = fillTemplate(snippet.body, { ...profile, ...answers });
    if (filled.ok) void insert(snippet, filled.text, filled.caret);
    else setPending({ kind: 'broken', snippet, issues: filled.issues });
  };

  if (layout === 'collapsed') {
    return (
      <button
        type="button"
        className="strip"
        onClick={() => changeLayout('expanded')}
        title={t('panelExpand')}
        aria-label={t('panelExpand')}
      >
        <span className="strip-logo" aria-hidden="true">
          填
        </span>
        <span className="strip-label">{t('extName')}</span>
      </button>
    );
  }

  return (
    <div className="panel">
      <header className="panel-header">
        <h1>{t('extName')}</h1>
        <button type="button" className="icon" onClick={() => changeLayout('collapsed')} title={t('panelCollapse')}>
          <span aria-hidden="true">⇥</span>
          <span className="sr-only">{t('panelCollapse')}</span>
        </button>
        <button type="button" className="icon" onClick={() => changeLayout('closed')} title={t('panelClose')}>
          <span aria-hidden="true">✕</span>
          <span className="sr-only">{t('panelClose')}</span>
        </button>
      </header>
      {site && idle && (
        <Suspense fallback={null}>
          <SiteOffer site={site} />
          <GrantNarrowOffer site={site} />
        </Suspense>
      )}
      <PanelTabs tab={tab} onChange={setTab} />
      <div className="tabpanel" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={tabId(tab)}>
        <Suspense fallback={<p className="muted">{t('panel_loading')}</p>}>
          {tab === 'outline' && (
            <OutlineTab context={context} site={site} send={send} onChanged={() => void refreshSection()} />
          )}
          {tab === 'check' && <CheckTab send={send} site={site} context={context} />}
          {tab === 'drafts' && <DraftsTab send={send} edits={edits} />}
        </Suspense>
        {tab === 'snippets' && <p className="hint">{t('snippetInsertHint')}</p>}
        <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
          {status?.text}
        </div>
        {tab === 'snippets' && pending && (
          <InsertPrompt
            key={pending.snippet.id + pending.kind}
            pending={pending}
            onInsert={(text, caret) => void insert(pending.snippet, text, caret)}
            onAnswer={(answers, remember) => void answer(pending.snippet, answers, remember)}
            onCancel={() => setPending(null)}
          />
        )}
        {tab === 'snippets' && (
          <SnippetSearch onPick={pick} section={section} focus={searchFocus} onFocused={() => setSearchFocus(false)} />
        )}
      </div>
      <footer className="panel-footer">
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('manageSnippets')}
        </button>
        <p className="keys muted">{t('panelSearchKeys')}</p>
      </footer>
    </div>
  );
}

// The panel's calls, typed by lib/calls/panel.ts; replies are the background's own (not re-checked).
const send = sendFromPanel;
