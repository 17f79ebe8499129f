import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Snippet } from '@/lib/db/tianbao';
import { t } from '../../i18n';
import { LibraryRow, type RowActions } from './library-row';

/** Height of one row in pixels; fixed, so the window of rows to draw is plain arithmetic. */
export const ROW_HEIGHT = 72;
// Rows drawn above and below the visible ones, so fast scrolling shows no blank gap.
const OVERSCAN = 6;

interface Props extends RowActions {
  items: readonly Snippet[];
  /** How many rows the list has when `items` are only its first ones (the rest still being read). */
  total?: number;
  selected: ReadonlySet<string>;
}

/**
 * The library as a windowed list: only the rows in view (and a few around) are in the DOM, so
 * 10,000 snippets open and scroll as fast as 10. Keyboard: ↑/↓/Home/End move, Space selects,
 * Enter edits, Delete deletes the selection (or the current row).
 */
export function LibraryList(props: Props) {
  const { items, selected, total = items.length, ...actions } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [active, setActive] = useState(0);
  // Set when the keyboard moved the active row, so that row is scrolled to and focused once drawn.
  const follow = useRef(false);
  // Set by Delete: once the deleted row has left the DOM, focus goes to the row now in its place.
  const refocus = useRef(false);
  const current = Math.min(active, Math.max(total - 1, 0));

  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setHeight(box.clientHeight));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const box = scroller.current;
    if (refocus.current && box && !box.contains(document.activeElement)) {
      refocus.current = false;
      box.querySelector<HTMLElement>(`[data-index="${current}"]`)?.focus();
    }
  });

  useEffect(() => {
    if (!follow.current) return;
    const box = scroller.current;
    if (!box) return;
    const top = current * ROW_HEIGHT;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + ROW_HEIGHT > box.scrollTop + box.clientHeight) box.scrollTop = top + ROW_HEIGHT - box.clientHeight;
    // The row is drawn only once the window follows the new scroll position (and, past the first
    // rows, once the whole library is read): focus it on that render.
    if (box.scrollTop !== scrollTop) {
      setScrollTop(box.scrollTop);
      return;
    }
    const target = box.querySelector<HTMLElement>(`[data-index="${current}"]`);
    if (!target) return;
    follow.current = false;
    target.focus();
  });

  const move = (to: number) => {
    follow.current = true;
    setActive(Math.max(0, Math.min(total - 1, to)));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const snippet = items[current];
    // Keys typed in a row's buttons keep their own meaning (Enter/Space press the button).
    const onRow = (event.target as HTMLElement).classList.contains('library-row');
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: total - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) move(to);
    else if (event.key === 'Delete' && snippet) {
      refocus.current = true;
      actions.onDelete(selected.size > 0 ? [...selected] : [snippet.id]);
    } else if (onRow && event.key === 'Enter' && snippet) actions.onEdit(snippet);
    else if (onRow && event.key === ' ' && snippet) actions.onSelect(snippet.id, !selected.has(snippet.id));
    else return;
    event.preventDefault();
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  return (
    // The scroller stays mounted when the list is empty: its ResizeObserver is attached once.
    <div className="library-scroll" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      {items.length === 0 && <p className="muted library-empty">{t('mgrNoMatch')}</p>}
      <ul
        className="library-list"
        aria-label={t('mgrListLabel')}
        style={{ height: total * ROW_HEIGHT }}
        onKeyDown={onKeyDown}
      >
        {items.slice(first, last).map((snippet, i) => (
          <LibraryRow
            key={snippet.id}
            {...actions}
            snippet={snippet}
            index={first + i}
            total={total}
            top={(first + i) * ROW_HEIGHT}
            selected={selected.has(snippet.id)}
            active={first + i === current}
            onFocusRow={setActive}
          />
        ))}
      </ul>
    </div>
  );
}
