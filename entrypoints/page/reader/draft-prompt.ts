import { type BoxButton, element, showBox } from '../shadow';

// The small prompt at the bottom left of the page that offers a saved draft back (恢复草稿 / 忽略),
// or says that drafts cannot be saved; under the dialog before 提交 (see showBox for its look).
const CSS = ':host{left:16px;bottom:16px;z-index:2147483646;max-width:min(400px,90vw);}';

/** One offer or notice at a time, in the top-left of the page's bottom edge. */
export interface DraftPrompt {
  /** Offers drafts back: `text` says what, `onRestore` puts them in the fields. */
  offer(text: string, restoreLabel: string, dismissLabel: string, onRestore: () => void): void;
  /** Says that drafts cannot be saved; the writer closes it. */
  warn(text: string, dismissLabel: string): void;
  close(): void;
  /** The buttons' root, for the tests to find where to click (the isolated world only). */
  readonly root: ShadowRoot | null;
}

/** Creates the prompt for `doc`; nothing is added to the page until something is shown. */
export function createDraftPrompt(doc: Document): DraftPrompt {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;

  // A status offers, an alert warns. The buttons keep the caret in the page's field: the restore
  // goes where the writer was.
  const show = (role: 'status' | 'alert', text: string, buttons: BoxButton[]) => {
    host?.remove();
    ({ host, root } = showBox(doc, 'tianbao-draft', CSS, role, [element(doc, 'p', '', text)], buttons));
  };
  const close = () => {
    host?.remove();
    host = null;
    root = null;
  };

  return {
    offer(text, restoreLabel, dismissLabel, onRestore) {
      show('status', text, [
        [
          restoreLabel,
          () => {
            close();
            onRestore();
          },
          true,
        ],
        [dismissLabel, close],
      ]);
    },
    warn(text, dismissLabel) {
      show('alert', text, [[dismissLabel, close]]);
    },
    close,
    get root() {
      return root;
    },
  };
}
