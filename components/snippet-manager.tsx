import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useState } from 'react';
import { database } from '@/lib/snippets/db';
import { addSnippet, deleteSnippet, listSnippets, StoreError } from '@/lib/snippets/store';
import { storeErrorMessage, t } from './i18n';

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** Options page sections: add a snippet, and see or delete the ones in the library. */
export function SnippetManager() {
  const snippets = useLiveQuery(() => listSnippets(database()), []);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<Status>(null);

  const report = (error: unknown) => {
    const code = error instanceof StoreError ? error.code : 'unavailable';
    setStatus({ tone: 'error', text: storeErrorMessage(code) });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await addSnippet(database(), { title, body, tags: splitTags(tags) });
      setTitle('');
      setBody('');
      setTags('');
      setStatus({ tone: 'ok', text: t('saved') });
    } catch (error) {
      // What the user typed stays in the form, so nothing is lost on a failed save.
      report(error);
    }
  };

  const remove = async (id: string, snippetTitle: string) => {
    try {
      await deleteSnippet(database(), id);
      setStatus({ tone: 'ok', text: t('deleted', snippetTitle) });
    } catch (error) {
      report(error);
    }
  };

  return (
    <>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{t('optionsAddHeading')}</h2>
        <form className="snippet-form" onSubmit={save}>
          <label>
            {t('fieldTitle')}
            <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
          </label>
          <label>
            {t('fieldBody')}
            <textarea name="body" value={body} onChange={(e) => setBody(e.target.value)} rows={6} />
          </label>
          <label>
            {t('fieldTags')}
            <input name="tags" value={tags} onChange={(e) => setTags(e.target.value)} />
          </label>
          <button type="submit" className="primary">
            {t('save')}
          </button>
          <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
            {status?.text}
          </div>
        </form>
      </section>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t('optionsListHeading', String(snippets?.length ?? 0))}</h2>
        {snippets === undefined ? (
          <p className="muted">{t('snippetsLoading')}</p>
        ) : (
          <ul className="manager-list">
            {snippets.map((snippet) => (
              <li key={snippet.id} data-snippet-id={snippet.id}>
                <div>
                  <strong>{snippet.title}</strong>
                  {snippet.starter && <span className="badge">{t('starterBadge')}</span>}
                  {snippet.tags.map((tag) => (
                    <span key={tag} className="tag">
                      {tag}
                    </span>
                  ))}
                  <p>{snippet.body}</p>
                </div>
                <button type="button" onClick={() => void remove(snippet.id, snippet.title)}>
                  {t('delete')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** Splits "开头, 结尾，过渡" on ASCII or full-width commas and drops empties. */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}
