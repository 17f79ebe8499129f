import './snippets.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { database, type Snippet } from '@/lib/db/tianbao';
import { loadPacks } from '@/lib/packs/install';
import { addTagToSnippets, deleteSnippets, deleteStarter, restoreSnippets, setFavorite } from '@/lib/snippets/bulk';
import { filterSnippets, sortSnippets } from '@/lib/snippets/library-view';
import { duplicateSnippet, StoreError } from '@/lib/snippets/store';
import { exportFileName, exportLibrary, serializeExport } from '@/lib/snippets/transfer';
import { downloadText } from '../../download';
import { storeErrorMessage, t } from '../../i18n';
import { LibraryList } from './library-list';
import { LibraryToolbar, type View } from './library-toolbar';
import { SnippetEditor, type Status } from './snippet-editor';
import { type Undoable, UndoBar } from './undo-bar';
import { firstScreenView, useLibrary, useLibraryMarks } from './use-library';

let undoCounter = 0;

/**
 * The options page's library manager: the editor (new or edit), then the whole library as a
 * windowed list with filter, sort, selection and bulk actions; deletions can be undone.
 */
export function SnippetManager() {
  // The first screen is drawn from `first` while the whole library (`snippets`) is still read.
  const { snippets, first } = useLibrary();
  const packs = useLiveQuery(() => loadPacks(database()).catch(() => []), []);
  const packNames = useMemo(() => new Map((packs ?? []).map((p) => [p.id, p.name])), [packs]);
  const [view, setView] = useState<View>({ query: '', favoritesOnly: false, order: 'recent' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editingId, setEditingId] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [message, setMessage] = useState<Status>(null);
  const [pending, setPending] = useState<Undoable | null>(null);

  const shown = useMemo(
    () =>
      snippets
        ? sortSnippets(filterSnippets(snippets, view.query, view.favoritesOnly), view.order)
        : firstScreenView(first, view),
    [snippets, first, view],
  );
  const byId = useMemo(() => new Map((snippets ?? []).map((s) => [s.id, s])), [snippets]);
  const editing = editingId === null ? null : (byId.get(editingId) ?? null);
  const starters = useMemo(() => (snippets ?? []).filter((s) => s.starter).length, [snippets]);
  const selectedShown = useMemo(() => (shown ?? []).filter((s) => selected.has(s.id)).length, [shown, selected]);
  useLibraryMarks(shown, snippets);

  const fail = (error: unknown) =>
    setMessage({ tone: 'error', text: storeErrorMessage(error instanceof StoreError ? error.code : 'unavailable') });
  const dismissUndo = useCallback(() => setPending(null), []);

  const offerUndo = (text: string, rows: Snippet[]) => {
    // The bar says what just happened; an older message beside it would only confuse.
    setMessage(null);
    setPending({
      id: ++undoCounter,
      text,
      undo: async () => {
        try {
          await restoreSnippets(database(), rows);
          setMessage({ tone: 'ok', text: t('mgrRestored', String(rows.length)) });
        } catch (error) {
          fail(error);
        }
      },
    });
  };

  const remove = async (ids: string[]) => {
    try {
      const rows = await deleteSnippets(database(), ids);
      if (rows.length === 0) return;
      setSelected((old) => new Set([...old].filter((id) => !ids.includes(id))));
      if (editingId !== null && ids.includes(editingId)) setEditingId(null);
      const first = rows[0];
      offerUndo(
        rows.length === 1 && first ? t('mgrDeletedOne', first.title) : t('mgrDeletedMany', String(rows.length)),
        rows,
      );
    } catch (error) {
      fail(error);
    }
  };

  const removeStarter = async () => {
    try {
      const rows = await deleteStarter(database());
      setSelected((old) => new Set([...old].filter((id) => !rows.some((r) => r.id === id))));
      offerUndo(t('mgrStarterDeleted', String(rows.length)), rows);
    } catch (error) {
      fail(error);
    }
  };

  const duplicate = async (snippet: Snippet) => {
    try {
      const copy = await duplicateSnippet(database(), snippet.id, t('mgrCopySuffix'));
      setMessage({ tone: 'ok', text: t('mgrDuplicated', copy.title) });
    } catch (error) {
      fail(error);
    }
  };

  const favorite = (snippet: Snippet) => setFavorite(database(), [snippet.id], snippet.favorite === 0).catch(fail);

  const tagSelected = async (tag: string) => {
    try {
      const count = await addTagToSnippets(database(), [...selected], tag);
      setMessage({ tone: 'ok', text: t('mgrTagged', [String(count), tag.trim()]) });
      return true;
    } catch (error) {
      if (error instanceof StoreError && error.code === 'invalid')
        setMessage({ tone: 'error', text: t('mgrTagInvalid') });
      else fail(error);
      return false;
    }
  };

  const exportSelected = () => {
    const rows = (snippets ?? []).filter((s) => selected.has(s.id));
    downloadText(exportFileName(), serializeExport(exportLibrary(rows)));
  };

  // Until the whole library is read there is no "all" to select.
  const selectAll = (on: boolean) =>
    snippets &&
    setSelected((old) => {
      const next = new Set(old);
      for (const s of shown ?? []) on ? next.add(s.id) : next.delete(s.id);
      return next;
    });

  const select = (id: string, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      on ? next.add(id) : next.delete(id);
      return next;
    });

  const closeEditor = (saved: boolean) => {
    const id = editingId;
    setEditingId(null);
    if (!saved) setStatus(null);
    // Back to the row that was being edited, so keyboard work goes on where it was.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.library-row[data-snippet-id="${id}"]`)?.focus());
  };

  const edit = (snippet: Snippet) => {
    setStatus(null);
    setEditingId(snippet.id);
    document.getElementById('add-heading')?.scrollIntoView({ block: 'start' });
  };

  return (
    <>
      <SnippetEditor
        key={editing?.id ?? 'new'}
        editing={editing}
        status={status}
        onStatus={setStatus}
        onClose={closeEditor}
      />
      <section aria-labelledby="list-heading" className="library">
        <div className="library-head">
          <h2 id="list-heading">{t('optionsListHeading', String(snippets?.length ?? first?.total ?? 0))}</h2>
          {starters > 0 && (
            <button type="button" onClick={() => void removeStarter()}>
              {t('mgrDeleteStarter', String(starters))}
            </button>
          )}
        </div>
        <LibraryToolbar
          view={view}
          onView={setView}
          shown={snippets ? (shown?.length ?? 0) : (first?.total ?? 0)}
          selectedShown={selectedShown}
          selected={selected.size}
          onSelectAll={selectAll}
          onDeleteSelected={() => void remove([...selected])}
          onExportSelected={exportSelected}
          onTagSelected={tagSelected}
        />
        <div className={`status ${message?.tone ?? ''}`} role="status" aria-live="polite" data-library-status>
          {message?.text}
        </div>
        <UndoBar pending={pending} onDone={dismissUndo} />
        {shown === undefined ? (
          <p className="muted">{t('snippetsLoading')}</p>
        ) : (
          <LibraryList
            items={shown}
            total={snippets ? undefined : first?.total}
            selected={selected}
            onSelect={select}
            onFavorite={(s) => void favorite(s)}
            onEdit={edit}
            onDuplicate={(s) => void duplicate(s)}
            onDelete={(ids) => void remove(ids)}
            packNames={packNames}
          />
        )}
      </section>
    </>
  );
}
