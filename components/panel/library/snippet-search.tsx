import './library.css';
import { type KeyboardEvent, type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { Snippet } from '@/lib/db/tianbao';
import { loadPinyin, pinyinLoaded } from '@/lib/snippets/pinyin';
import { fold } from '@/lib/snippets/query';
import type { SearchHit } from '@/lib/snippets/search';
import { t } from '../../i18n';
import { loadPanelStore, usePanelSearch, useStoreQuery } from '../lazy-store';
import { whenSettled } from '../panel-lazy';
import { firstList } from '../panel-start';
import { Highlighted } from './highlighted';
import { useSnippetIndex } from './use-snippet-index';

/** The section the caret is in, when known, to narrow the list to it. */
export interface SectionFilter {
  id: string;
  title: string;
}

/**
 * The 素材 list: a search box that answers as the writer types (Chinese, pinyin initials or full
 * pinyin), results ranked and highlighted, optionally only those for the section the caret is in.
 * Click, or Enter on the highlighted result, hands the snippet to `onPick`.
 */
export function SnippetSearch({
  onPick,
  section,
  focus = false,
  onFocused,
}: {
  onPick: (snippet: Snippet) => void;
  section?: SectionFilter;
  /** The search box should take the focus (a shortcut asked for it); `onFocused` once it has. */
  focus?: boolean;
  onFocused?: () => void;
}) {
  // From memory (the starter pack) when the database cannot be opened, as in a private window.
  // Drawn from the panel's first read (started before its UI code loaded, without Dexie) as soon
  // as it is in, then kept up to date by the live query; until either answers the list says 载入中.
  const search = usePanelSearch();
  const read = useStoreQuery(loadPanelStore, (loaded) => loaded.panelSnippets(loaded.database()), firstList);
  const snippets = read?.value;
  const [query, setQuery] = useState('');
  const [onlySection, setOnlySection] = useState(false);
  const [active, setActive] = useState(0);
  const { index, indexed } = useSnippetIndex(search, snippets);
  const order = useRef<Map<string, number> | null>(null);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focus) return;
    box.current?.focus();
    box.current?.select();
    onFocused?.();
  }, [focus, onFocused]);

  const pinyin = usePinyin(query, snippets !== undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the index reads pinyin once it is loaded; search again then.
  const hits = useMemo(() => {
    if (!index || !indexed) return undefined;
    // The order the list had when the panel opened: ranking by use must not move the snippet
    // under the writer's pointer right after a click. New snippets go on top.
    order.current ??= new Map(indexed.map((s, i) => [s.id, i]));
    const found = index.search(query, {
      section: onlySection ? section?.id : undefined,
      limit: 200,
    }).hits;
    if (query.trim()) return found;
    const rank = (hit: SearchHit) => order.current?.get(hit.snippet.id) ?? -1;
    return [...found].sort((a, b) => rank(a) - rank(b));
  }, [index, indexed, query, onlySection, section?.id, pinyin]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!hits?.length) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[Math.min(active, hits.length - 1)];
      if (hit) onPick(hit.snippet);
    }
  };

  return (
    <>
      {read?.stored === false && (
        <p className="notice" role="note">
          {t('storageUnavailable')}
        </p>
      )}
      <div className="search">
        <input
          type="search"
          ref={box}
          aria-keyshortcuts="/ Control+K"
          value={query}
          placeholder={t('panelSearchPlaceholder')}
          aria-label={t('panelSearch')}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {section && (
          <label className="only-section">
            <input type="checkbox" checked={onlySection} onChange={(e) => setOnlySection(e.target.checked)} />
            {t('panelOnlySection', section.title)}
          </label>
        )}
      </div>
      {hits === undefined ? (
        <p className="muted">{t('snippetsLoading')}</p>
      ) : hits.length === 0 ? (
        <p className="muted">{snippets?.length ? t('panelNoMatch') : t('snippetsEmpty')}</p>
      ) : (
        <ul className="snippets" data-ready="true" aria-label={t('panelSnippetList')}>
          {hits.map((hit, i) => (
            <li key={hit.snippet.id}>
              <button
                type="button"
                className={`snippet${i === active && query ? ' active' : ''}`}
                data-snippet-id={hit.snippet.id}
                // Keeps the page's focus and caret where they are: the click inserts there.
                onMouseDown={preventFocusSteal}
                onClick={() => onPick(hit.snippet)}
              >
                <span className="snippet-title">
                  <Highlighted text={hit.snippet.title} ranges={hit.titleRanges} />
                </span>
                <span className="snippet-body">
                  <Highlighted text={hit.snippet.body} ranges={hit.bodyRanges} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Whether pinyin readings are loaded (see `loadPinyin`). They are fetched at once when the query has a
 * Latin letter, else in idle time a moment after the list is drawn, never before: the dictionary is half of
 * the panel's code. A query typed before they arrive is answered again when they do.
 */
function usePinyin(query: string, drawn: boolean): boolean {
  const [ready, setReady] = useState(pinyinLoaded);
  const latin = /[a-z]/.test(fold(query));
  useEffect(() => {
    if (ready || (!latin && !drawn)) return;
    let live = true;
    const load = () => void loadPinyin().then(() => live && setReady(true));
    if (latin) {
      load();
      return () => {
        live = false;
      };
    }
    const cancel = whenSettled(load);
    return () => {
      live = false;
      cancel();
    };
  }, [ready, latin, drawn]);
  return ready;
}

function preventFocusSteal(event: MouseEvent) {
  event.preventDefault();
}
