import { useState } from 'react';
import { browser } from 'wxt/browser';
import { type FromPanel, InsertResult, type PanelLayout, parseMessage } from '@/lib/messages';
import type { Snippet } from '@/lib/snippets/db';
import { database } from '@/lib/snippets/db';
import { recordUse } from '@/lib/snippets/store';
import { insertFailureMessage, t } from './i18n';
import { SnippetList } from './snippet-list';

/** Status line under the header: what the last action did. */
type Status = { tone: 'ok' | 'error'; text: string } | null;

/** The docked side panel: header with collapse and close, then the 素材 list. */
export function Panel() {
  const [layout, setLayout] = useState<PanelLayout>('expanded');
  const [status, setStatus] = useState<Status>(null);

  const changeLayout = (next: PanelLayout) => {
    setLayout(next);
    void send({ type: 'panel:layout', layout: next });
  };

  const insert = async (snippet: Snippet) => {
    const reply = await send({ type: 'field:insert', text: snippet.body }).catch(() => undefined);
    const result = parseMessage(InsertResult, reply);
    if (!result) {
      setStatus({ tone: 'error', text: t('insertFailed') });
    } else if (result.ok) {
      setStatus(
        result.over
          ? { tone: 'error', text: t('insertOverLimit', [snippet.title, String(result.limit), String(result.over)]) }
          : { tone: 'ok', text: t(result.joined ? 'insertJoined' : 'insertDone', snippet.title) },
      );
      // Ranking only; a failure here must not turn a good insertion into an error.
      recordUse(database(), snippet.id).catch(() => undefined);
    } else {
      setStatus({ tone: 'error', text: insertFailureMessage(result) });
    }
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
      <nav className="tabs" aria-label={t('extName')}>
        <span className="tab" aria-current="page">
          {t('tabSnippets')}
        </span>
      </nav>
      <p className="hint">{t('snippetInsertHint')}</p>
      <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
        {status?.text}
      </div>
      <SnippetList onPick={insert} />
      <footer className="panel-footer">
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('manageSnippets')}
        </button>
      </footer>
    </div>
  );
}

function send(message: FromPanel): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
