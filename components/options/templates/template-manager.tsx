import './templates.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { type ChangeEvent, useEffect, useState } from 'react';
import { database } from '@/lib/db/tianbao';
import { blankForm, copyForm, type TemplateForm, toForm } from '@/lib/settings/template-form';
import {
  deleteUserTemplate,
  loadUserTemplates,
  saveUserTemplate,
  templateFile,
  templateSizeError,
} from '@/lib/settings/templates';
import { StoreError } from '@/lib/snippets/store';
import { BUILTIN_TEMPLATES, type SchemaError, type Template, withUserTemplates } from '@/lib/structure';
import { storeErrorMessage, t } from '../../i18n';
import { type Status, StatusLine } from '../../status-line';
import { TemplateEditor } from './template-editor';

/** What the editor is open on: a listed template (its id), or a new genre. */
type Editing = { form: TemplateForm; id?: string } | null;

/** Options page: the report templates, built-in and the user's own, with import and export. */
export function TemplateManager() {
  const user = useLiveQuery(() => loadUserTemplates(database()), []);
  const [status, setStatus] = useState<Status | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [start, setStart] = useState('');
  // After the editor closes, the button that opened it has the focus again.
  const [returnTo, setReturnTo] = useState<{ selector: string } | null>(null);
  useEffect(() => {
    if (returnTo) document.querySelector<HTMLElement>(returnTo.selector)?.focus();
  }, [returnTo]);
  const zh = t('uiLang').startsWith('zh');
  const name = (template: Template) => (zh ? template.name.zh : template.name.en);
  // Each message already starts with the field's path (sections[0].required：…).
  const explainErrors = (errors: SchemaError[]) => errors.map((e) => (zh ? e.zh : e.en));

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      // A file far too large is refused by its size before it is read.
      const tooLarge = templateSizeError(file.size);
      const result = tooLarge
        ? { ok: false as const, errors: [tooLarge] }
        : await saveUserTemplate(database(), new Uint8Array(await file.arrayBuffer()));
      if (!result.ok) {
        setStatus({ tone: 'error', text: t('templatesRejected'), details: explainErrors(result.errors) });
        return;
      }
      const key = result.replaced || isBuiltin(result.template.id) ? 'templatesReplaced' : 'templatesImported';
      setStatus({ tone: 'ok', text: t(key, name(result.template)) });
    } catch (error) {
      const text = error instanceof StoreError ? storeErrorMessage(error.code) : t('templatesUnreadable');
      setStatus({ tone: 'error', text });
    }
  };

  const remove = async (template: Template) => {
    try {
      await deleteUserTemplate(database(), template.id);
      setStatus({
        tone: 'ok',
        text: t(isBuiltin(template.id) ? 'templatesRestored' : 'templatesDeleted', name(template)),
      });
    } catch (error) {
      setStatus({ tone: 'error', text: storeErrorMessage(error instanceof StoreError ? error.code : 'unavailable') });
    }
  };

  if (user === undefined) return <p className="muted">{t('snippetsLoading')}</p>;
  const templates = withUserTemplates(user);
  const own = new Set(user.map((template) => template.id));

  const create = () => {
    const taken = templates.map((template) => template.id);
    const from = templates.find((template) => template.id === start);
    setStatus(null);
    setEditing({ form: from ? copyForm(from, taken) : blankForm(taken) });
  };
  const closeEditor = (saved: Template | undefined) => {
    const id = editing?.id;
    setEditing(null);
    if (saved) setStatus({ tone: 'ok', text: t('templatesSaved', name(saved)) });
    const row = saved?.id ?? id;
    setReturnTo({ selector: row ? `[data-template-id="${row}"] .edit` : '#templates .new-genre' });
  };
  return (
    <section aria-labelledby="templates-heading" id="templates">
      <h2 id="templates-heading">{t('templatesHeading', String(templates.length))}</h2>
      <p className="muted">{t('templatesIntro')}</p>
      {editing ? (
        <TemplateEditor
          initial={editing.form}
          isNew={editing.id === undefined}
          builtin={editing.id !== undefined && isBuiltin(editing.id)}
          existing={templates}
          onClose={closeEditor}
        />
      ) : (
        listing()
      )}
    </section>
  );

  function listing() {
    return (
      <>
        <div className="template-tools">
          <label className="file-button">
            {t('templatesImport')}
            <input type="file" accept=".json,application/json" onChange={importFile} />
          </label>
          <label>
            {t('templatesNewFrom')}
            <select value={start} onChange={(event) => setStart(event.target.value)}>
              <option value="">{t('templatesNewBlank')}</option>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {name(template)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="new-genre" onClick={create}>
            {t('templatesNew')}
          </button>
        </div>
        <StatusLine status={status} />
        <ul className="manager-list">
          {templates.map((template) => (
            <li key={template.id} data-template-id={template.id}>
              <div>
                <strong>{name(template)}</strong>
                <span className="badge">
                  {own.has(template.id)
                    ? t(isBuiltin(template.id) ? 'templateChanged' : 'templateCustom')
                    : t('templateBuiltin')}
                </span>
                <p>{template.sections.map((section) => (zh ? section.title.zh : section.title.en)).join(' → ')}</p>
              </div>
              <div className="row-actions">
                <button
                  type="button"
                  className="edit"
                  onClick={() => {
                    setStatus(null);
                    setEditing({ form: toForm(template), id: template.id });
                  }}
                >
                  {t('templatesEdit')}
                </button>
                <a
                  href={`data:application/json;charset=utf-8,${encodeURIComponent(templateFile(template))}`}
                  download={`tianbao-template-${template.id}.json`}
                >
                  {t('templatesExport')}
                </a>
                {own.has(template.id) && (
                  <button type="button" onClick={() => void remove(template)}>
                    {t(isBuiltin(template.id) ? 'templatesRestore' : 'templatesDelete')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      </>
    );
  }
}

function isBuiltin(id: string): boolean {
  return BUILTIN_TEMPLATES.some((template) => template.id === id);
}
