import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { type Outline, outlineOf, type SectionState } from '@/lib/fields/outline';
import type { FieldContext, FromPanel } from '@/lib/messages';
import { loadUserTemplates } from '@/lib/settings/templates';
import { database } from '@/lib/snippets/db';
import { withUserTemplates } from '@/lib/structure';
import { type MessageKey, t } from './i18n';

const STATE_LABEL: Record<SectionState, MessageKey> = {
  present: 'outlinePresent',
  missing: 'outlineMissing',
  optional: 'outlineOptional',
  thin: 'outlineThin',
  empty: 'outlineEmpty',
  order: 'outlineOrder',
  twice: 'outlineTwice',
};

/**
 * 提纲: the sections the report in the current field should have, in order, each with its hint and
 * its state in what is written; a written section is one click from its text. An empty field can
 * take the whole outline in one click. The genre is detected and can be changed.
 */
export function OutlineTab({
  context,
  send,
  onChanged,
}: {
  context: FieldContext | null;
  send: (message: FromPanel) => Promise<unknown>;
  onChanged: () => void;
}) {
  // The built-in templates alone when the database cannot be read.
  const user = useLiveQuery(() => loadUserTemplates(database()).catch(() => []), []);
  const [genre, setGenre] = useState<string>();
  if (!context?.fieldId || user === undefined) return <p className="muted pad">{t('outlineNoField')}</p>;
  const templates = withUserTemplates(user);
  const outline: Outline | undefined = outlineOf(context.label, context.text, templates, genre);
  if (!outline) return <p className="muted pad">{t('outlineNoField')}</p>;
  const { frameId, fieldId } = context;

  const insertSkeleton = async () => {
    await send({ type: 'field:insert', text: outline.skeleton, ...(frameId !== undefined ? { frameId } : {}) });
    onChanged();
  };

  return (
    <div className="outline">
      <label className="genre">
        {t('outlineGenre')}
        <select value={outline.genre} onChange={(event) => setGenre(event.target.value)}>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name.zh}
            </option>
          ))}
        </select>
        {outline.detected && <span className="muted">{t('outlineDetected')}</span>}
      </label>
      {outline.analysed !== undefined && (
        <p className="muted">{t('analysedPart', [String(context.text.length), String(outline.analysed)])}</p>
      )}
      {context.text.trim() === '' && (
        <div className="prompt">
          <p>{t('outlineSkeletonHint')}</p>
          <div className="prompt-actions">
            <button type="button" className="primary" onClick={() => void insertSkeleton()}>
              {t('outlineInsertSkeleton')}
            </button>
          </div>
        </div>
      )}
      <ol className="outline-rows">
        {outline.rows.map((row) => (
          <li key={row.id} className={`outline-row ${row.state}`} data-section={row.id}>
            <button
              type="button"
              disabled={row.state === 'missing' || row.state === 'optional'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() =>
                void send({ type: 'field:locate', frameId: frameId ?? 0, fieldId, start: row.start, end: row.end })
              }
            >
              <span className="state">{t(STATE_LABEL[row.state])}</span>
              <span className="outline-title">{row.title}</span>
              {row.hint && <span className="outline-hint">{row.hint}</span>}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
