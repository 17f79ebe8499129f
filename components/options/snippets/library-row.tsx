import type { Snippet } from '@/lib/db/tianbao';
import { t } from '../../i18n';

/** What a row can ask the manager to do with its snippet. */
export interface RowActions {
  onSelect(id: string, on: boolean): void;
  onFavorite(snippet: Snippet): void;
  onEdit(snippet: Snippet): void;
  onDuplicate(snippet: Snippet): void;
  onDelete(ids: string[]): void;
  /** Installed unit packs' names by id, to mark their (read-only) items. */
  packNames?: ReadonlyMap<string, string>;
}

interface Props extends RowActions {
  snippet: Snippet;
  index: number;
  total: number;
  top: number;
  selected: boolean;
  active: boolean;
  onFocusRow(index: number): void;
}

const dateFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'numeric', day: 'numeric' });

/** One snippet in the manager's list: select, star, title, tags, a line of the body, use count and actions. */
export function LibraryRow(props: Props) {
  const { snippet: s, index, selected, active } = props;
  return (
    <li
      className={`library-row${selected ? ' selected' : ''}`}
      style={{ top: props.top }}
      data-snippet-id={s.id}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={props.total}
      // Roving tab stop: Tab enters the list once, arrows move between rows.
      tabIndex={active ? 0 : -1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) props.onFocusRow(index);
      }}
    >
      <input
        type="checkbox"
        checked={selected}
        tabIndex={-1}
        aria-label={t('mgrSelectOne', s.title)}
        onChange={(e) => props.onSelect(s.id, e.target.checked)}
      />
      <button
        type="button"
        className={`star${s.favorite ? ' on' : ''}`}
        aria-pressed={s.favorite === 1}
        aria-label={t('mgrFavorite', s.title)}
        title={t(s.favorite ? 'mgrUnfavoriteTip' : 'mgrFavoriteTip')}
        tabIndex={active ? 0 : -1}
        onClick={() => props.onFavorite(s)}
      >
        {s.favorite ? '★' : '☆'}
      </button>
      <div className="row-text">
        <div className="row-title">
          <strong>{s.title}</strong>
          {s.starter && <span className="badge">{t('starterBadge')}</span>}
          {s.pack && (
            <span className="badge pack" title={t('platform_readOnly')}>
              {t('platform_packBadge', props.packNames?.get(s.pack) ?? s.pack)}
            </span>
          )}
          {s.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </div>
        <p className="row-body">{s.body}</p>
      </div>
      <div className="row-meta muted">
        {t('mgrUseCount', String(s.useCount))}
        <br />
        {dateFormat.format(s.updatedAt)}
      </div>
      <div className="row-actions">
        <button
          type="button"
          tabIndex={active ? 0 : -1}
          disabled={s.pack !== undefined}
          title={s.pack ? t('platform_readOnly') : undefined}
          onClick={() => props.onEdit(s)}
        >
          {t('mgrEdit')}
        </button>
        <button type="button" tabIndex={active ? 0 : -1} onClick={() => props.onDuplicate(s)}>
          {t('mgrDuplicate')}
        </button>
        <button
          type="button"
          tabIndex={active ? 0 : -1}
          disabled={s.pack !== undefined}
          title={s.pack ? t('platform_readOnly') : undefined}
          onClick={() => props.onDelete([s.id])}
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
