import { useEffect } from 'react';
import { t } from '../../i18n';

/** A deletion that can still be undone: what to say and an id to restart the timer on. */
export interface Undoable {
  id: number;
  text: string;
  undo(): Promise<void>;
}

/** How long the undo bar stays, in milliseconds. */
export const UNDO_MS = 10_000;

// Ctrl+Z in a text field undoes typing there, not a deletion.
function inTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * The "已删除…  撤销" bar: shown for UNDO_MS after a deletion, or until the next one replaces it.
 * Ctrl+Z (⌘Z) outside text fields undoes too, so keyboard users need not reach for the button.
 */
export function UndoBar({ pending, onDone }: { pending: Undoable | null; onDone(): void }) {
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(onDone, UNDO_MS);
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !inTextField(event.target)) {
        event.preventDefault();
        onDone();
        void pending.undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('keydown', onKey);
    };
  }, [pending, onDone]);
  return (
    <div className={`undo-bar${pending ? ' shown' : ''}`} role="status" aria-live="polite">
      {pending && (
        <>
          <span>{pending.text}</span>
          <button
            type="button"
            className="undo"
            onClick={() => {
              onDone();
              void pending.undo();
            }}
          >
            {t('mgrUndo')}
          </button>
          <span className="undo-hint">{t('mgrUndoHint')}</span>
        </>
      )}
    </div>
  );
}
