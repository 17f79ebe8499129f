import './from-page.css';
import { type FormEvent, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sectionAtCaret } from '@/lib/analysis/sections';
import { database } from '@/lib/db/tianbao';
import { PENDING_SNIPPET_KEY, PendingSnippet, parseMessage } from '@/lib/messages';
import { addSnippet, StoreError } from '@/lib/snippets/store';
import { escapeTemplateText } from '@/lib/snippets/variables';
import { builtinTemplate } from '@/lib/structure';
import { storeErrorMessage, t } from '../../i18n';

type Draft = { title: string; body: string; label: string; genre?: string; section?: string; sectionTitle?: string };

/**
 * Options page, opened by 保存为素材 (context menu or Alt+Shift+S): the text the writer selected,
 * pre-filled as a new snippet and filed under the report section it came from, to check and save.
 */
export function FromPage() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void browser.storage.session.get(PENDING_SNIPPET_KEY).then((stored) => {
      const pending = parseMessage(PendingSnippet, stored[PENDING_SNIPPET_KEY]);
      if (pending) setDraft(draftOf(pending));
    });
  }, []);

  if (!draft) return status ? <p className={`status ${status.tone}`}>{status.text}</p> : null;

  const forget = () => browser.storage.session.remove(PENDING_SNIPPET_KEY);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const snippet = await addSnippet(database(), {
        title: draft.title,
        // What was on the page comes back exactly, even a literal {{ in it.
        body: escapeTemplateText(draft.body),
        tags: draft.sectionTitle ? [draft.sectionTitle] : [],
        genres: draft.genre ? [draft.genre] : [],
        sections: draft.section ? [draft.section] : [],
      });
      await forget();
      setDraft(null);
      setStatus({ tone: 'ok', text: t('fromPageSaved', snippet.title) });
    } catch (error) {
      setStatus({ tone: 'error', text: storeErrorMessage(error instanceof StoreError ? error.code : 'unavailable') });
    }
  };

  return (
    <section className="from-page" aria-labelledby="from-page-heading" id="from-page">
      <h2 id="from-page-heading">{t('fromPageHeading')}</h2>
      {draft.label && (
        <p className="muted">
          {draft.sectionTitle
            ? t('fromPageSection', [draft.label, draft.sectionTitle])
            : t('fromPageLabel', draft.label)}
        </p>
      )}
      <form className="snippet-form" onSubmit={save}>
        <label>
          {t('fieldTitle')}
          <input value={draft.title} maxLength={200} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </label>
        <label>
          {t('fieldBody')}
          <textarea value={draft.body} rows={6} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
        </label>
        <div className="row-actions">
          <button type="submit" className="primary">
            {t('fromPageSave')}
          </button>
          <button type="button" onClick={() => void forget().then(() => setDraft(null))}>
            {t('fromPageDiscard')}
          </button>
        </div>
        <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
          {status?.text}
        </div>
      </form>
    </section>
  );
}

function draftOf(pending: PendingSnippet): Draft {
  const field = pending.field;
  const at = field ? sectionAtCaret(field.label, field.text, field.caret) : {};
  const sectionTitle =
    at.genre && at.section ? builtinTemplate(at.genre)?.sections.find((s) => s.id === at.section)?.title.zh : undefined;
  // A title from the text's first words, as a writer would name it; they can change it.
  const firstLine = pending.text.trim().split(/\n/)[0] ?? '';
  const title = firstLine.replace(/[，。；：、,.;:]+$/u, '').slice(0, 20) || pending.pageTitle.slice(0, 20);
  return {
    title,
    body: pending.text,
    label: field?.label ?? '',
    ...(at.genre ? { genre: at.genre } : {}),
    ...(at.section ? { section: at.section } : {}),
    ...(sectionTitle ? { sectionTitle } : {}),
  };
}
