import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { SortOrder } from '@/lib/snippets/library-view';
import { t } from '../../i18n';

/** The list's view: what it is filtered by and how it is sorted. */
export interface View {
  query: string;
  favoritesOnly: boolean;
  order: SortOrder;
}

interface Props {
  view: View;
  onView(view: View): void;
  shown: number;
  selectedShown: number;
  selected: number;
  onSelectAll(on: boolean): void;
  onDeleteSelected(): void;
  onExportSelected(): void;
  onTagSelected(tag: string): Promise<boolean>;
}

/** Above the list: filter, sort, select all shown, and what can be done to the selection. */
export function LibraryToolbar(props: Props) {
  const { view, onView, shown, selectedShown, selected } = props;
  const [tag, setTag] = useState('');
  const all = useRef<HTMLInputElement>(null);
  const sortId = useId();
  useEffect(() => {
    if (all.current) all.current.indeterminate = selectedShown > 0 && selectedShown < shown;
  }, [selectedShown, shown]);

  const addTag = async (event: FormEvent) => {
    event.preventDefault();
    if (await props.onTagSelected(tag)) setTag('');
  };

  return (
    <div className="library-toolbar">
      <div className="toolbar-row">
        <label className="filter">
          <span>{t('mgrFilter')}</span>
          <input
            type="search"
            value={view.query}
            placeholder={t('mgrFilterPlaceholder')}
            onChange={(e) => onView({ ...view, query: e.target.value })}
          />
        </label>
        <span className="toolbar-field">
          {/* Not wrapping the select: its options would join the label's accessible name. */}
          <label htmlFor={sortId}>{t('mgrSort')}</label>
          <select
            id={sortId}
            value={view.order}
            onChange={(e) => onView({ ...view, order: e.target.value as SortOrder })}
          >
            <option value="recent">{t('mgrSortRecent')}</option>
            <option value="used">{t('mgrSortUsed')}</option>
            <option value="title">{t('mgrSortTitle')}</option>
          </select>
        </span>
        <label className="check">
          <input
            type="checkbox"
            checked={view.favoritesOnly}
            onChange={(e) => onView({ ...view, favoritesOnly: e.target.checked })}
          />
          {t('mgrFavoritesOnly')}
        </label>
      </div>
      <div className="toolbar-row">
        <label className="check">
          <input
            ref={all}
            type="checkbox"
            checked={shown > 0 && selectedShown === shown}
            disabled={shown === 0}
            onChange={(e) => props.onSelectAll(e.target.checked)}
          />
          {t('mgrSelectAll', String(shown))}
        </label>
        {selected > 0 && (
          <>
            <span className="selection-count">{t('mgrSelectedCount', String(selected))}</span>
            <button type="button" onClick={props.onDeleteSelected}>
              {t('mgrDeleteSelected')}
            </button>
            <button type="button" onClick={props.onExportSelected}>
              {t('mgrExportSelected')}
            </button>
            <form className="tag-form" onSubmit={addTag}>
              <input
                aria-label={t('mgrTagLabel')}
                placeholder={t('mgrTagLabel')}
                value={tag}
                onChange={(e) => setTag(e.target.value)}
                maxLength={50}
              />
              <button type="submit">{t('mgrTagAdd')}</button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
