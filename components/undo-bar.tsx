import { useEffect } from 'react';
import { t } from './i18n';

/** A deletion that can still be undone: what to say and an id to restart the timer on. */
export interface Undoable {
  id: number;
  text: string;
  undo(): Promise<void>;
}

/** How long the undo bar stays, in milliseconds. */
export const UNDO_MS = 10_000;

/** The "已删除…  撤销" bar: shown for UNDO_MS after a deletion, or until the next one replaces it. */
export function UndoBar({ pending, onDone }: { pending: Undoable | null; onDone(): void }) {
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(onDone, UNDO_MS);
    return () => clearTimeout(timer);
  }, [pending, onDone]);
  return (
    <div className={`undo-bar${pending ? ' shown' : ''}`} role="status" aria-live="polite">
      {pending && (
        <>
          <span>{pending.text}</span>
          <button
            type="button"
            onClick={() => {
              onDone();
              void pending.undo();
            }}
          >
            {t('mgrUndo')}
          </button>
        </>
      )}
    </div>
  );
}
