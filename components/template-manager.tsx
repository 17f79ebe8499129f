import { useLiveQuery } from 'dexie-react-hooks';
import { type ChangeEvent, useState } from 'react';
import {
  deleteUserTemplate,
  loadUserTemplates,
  saveUserTemplate,
  templateFile,
  templateSizeError,
} from '@/lib/settings/templates';
import { database } from '@/lib/snippets/db';
import { StoreError } from '@/lib/snippets/store';
import { BUILTIN_TEMPLATES, type SchemaError, type Template, withUserTemplates } from '@/lib/structure';
import { storeErrorMessage, t } from './i18n';

type Status = { tone: 'ok' | 'error'; text: string; details?: string[] } | null;

/** Options page: the report templates, built-in and the user's own, with import and export. */
export function TemplateManager() {
  const user = useLiveQuery(() => loadUserTemplates(database()), []);
  const [status, setStatus] = useState<Status>(null);
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
  return (
    <section aria-labelledby="templates-heading" id="templates">
      <h2 id="templates-heading">{t('templatesHeading', String(templates.length))}</h2>
      <p className="muted">{t('templatesIntro')}</p>
      <label className="file-button">
        {t('templatesImport')}
        <input type="file" accept=".json,application/json" onChange={importFile} />
      </label>
      <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
        {status?.text}
        {status?.details && (
          <ul>
            {status.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
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
    </section>
  );
}

function isBuiltin(id: string): boolean {
  return BUILTIN_TEMPLATES.some((template) => template.id === id);
}
