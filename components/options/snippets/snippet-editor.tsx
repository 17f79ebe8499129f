import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { database, type Snippet } from '@/lib/db/tianbao';
import { addSnippet, StoreError, updateSnippet } from '@/lib/snippets/store';
import { splitTags } from '@/lib/snippets/tags';
import { storeErrorMessage, t } from '../../i18n';
import { GenrePicker, type Placement } from './genre-picker';

/** A message under the form: what the last save did. */
export type Status = { tone: 'ok' | 'error'; text: string } | null;

interface Props {
  /** The snippet being edited, or null for a new one. Remount (key) per snippet to reset the form. */
  editing: Snippet | null;
  status: Status;
  onStatus(status: Status): void;
  /** Leaves edit mode (after a save, or Esc / 取消). */
  onClose(saved: boolean): void;
}

/** The form that creates a snippet, or edits one: title, body, tags, and optionally genres and sections. */
export function SnippetEditor({ editing, status, onStatus, onClose }: Props) {
  const [title, setTitle] = useState(editing?.title ?? '');
  const [body, setBody] = useState(editing?.body ?? '');
  const [tags, setTags] = useState(editing?.tags.join('，') ?? '');
  const [placement, setPlacement] = useState<Placement>({
    genres: editing?.genres ?? [],
    sections: editing?.sections ?? [],
  });

  const titleField = useRef<HTMLInputElement>(null);
  const editingId = editing?.id;
  useEffect(() => {
    // Opening the editor from the list (Enter or 编辑) puts the caret in the title.
    if (editingId !== undefined) titleField.current?.focus();
  }, [editingId]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const input = { title, body, tags: splitTags(tags), ...placement };
    try {
      if (editing) await updateSnippet(database(), editing.id, input);
      else await addSnippet(database(), input);
      onStatus({ tone: 'ok', text: t('saved') });
      if (editing) onClose(true);
      else {
        setTitle('');
        setBody('');
        setTags('');
        setPlacement({ genres: [], sections: [] });
      }
    } catch (error) {
      // What the user typed stays in the form, so nothing is lost on a failed save.
      onStatus({ tone: 'error', text: storeErrorMessage(error instanceof StoreError ? error.code : 'unavailable') });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && editing) {
      event.preventDefault();
      onClose(false);
    }
  };

  return (
    <section aria-labelledby="add-heading" className={editing ? 'editor editing' : 'editor'}>
      <h2 id="add-heading">{editing ? t('mgrEditHeading', editing.title) : t('optionsAddHeading')}</h2>
      <form className="snippet-form" onSubmit={save} onKeyDown={onKeyDown}>
        <label>
          {t('fieldTitle')}
          <input
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
            ref={titleField}
          />
        </label>
        <label>
          {t('fieldBody')}
          <textarea name="body" value={body} onChange={(e) => setBody(e.target.value)} rows={6} />
        </label>
        <label>
          {t('fieldTags')}
          <input name="tags" value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
        <GenrePicker value={placement} onChange={setPlacement} />
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('save')}
          </button>
          {editing && (
            <button type="button" onClick={() => onClose(false)}>
              {t('mgrCancel')}
            </button>
          )}
          {editing && <span className="muted">{t('mgrEscHint')}</span>}
        </div>
        <div className={`status ${status?.tone ?? ''}`} role="status" aria-live="polite">
          {status?.text}
        </div>
      </form>
    </section>
  );
}
