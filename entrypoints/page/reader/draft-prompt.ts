import { button, element, shadowHost } from '../shadow';

// The small notice at the bottom of the page that offers a saved draft back (恢复草稿 / 忽略), or
// says that drafts cannot be saved, in a closed shadow root (see shadowHost).
const CSS = `:host{all:initial;position:fixed;left:16px;bottom:16px;z-index:2147483646;display:block;max-width:360px;}
.box{all:initial;display:block;box-sizing:border-box;padding:10px 12px;background:#fff;color:#1f2328;border:1px solid #c9ced6;border-left:4px solid #b3261e;border-radius:6px;box-shadow:0 2px 10px rgba(0,0,0,.18);font:14px/1.5 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;}
.error{border-left-color:#b76e00;}
p{all:initial;display:block;font:inherit;color:inherit;margin:0 0 8px;}
button{all:initial;display:inline-block;margin-right:8px;padding:3px 12px;border:1px solid #b3261e;border-radius:4px;cursor:pointer;font:inherit;color:#b3261e;background:#fff;}
.primary{color:#fff;background:#b3261e;}
button:focus-visible{outline:2px solid #b3261e;outline-offset:2px;}`;

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

  const show = (tone: 'offer' | 'error', text: string, buttons: [string, () => void, boolean][]) => {
    host?.remove();
    ({ host, root } = shadowHost(doc, 'tianbao-draft', CSS));
    const box = element(doc, 'div', tone === 'error' ? 'box error' : 'box');
    box.setAttribute('role', tone === 'error' ? 'alert' : 'status');
    box.append(element(doc, 'p', '', text));
    for (const [label, action, primary] of buttons) {
      const pressed = button(doc, label, primary ? 'primary' : '');
      // Keep the caret in the page's field: the restore goes where the writer was.
      pressed.addEventListener('mousedown', (event) => event.preventDefault());
      pressed.addEventListener('click', action);
      box.append(pressed);
    }
    root.append(box);
    doc.documentElement.append(host);
  };
  const close = () => {
    host?.remove();
    host = null;
    root = null;
  };

  return {
    offer(text, restoreLabel, dismissLabel, onRestore) {
      show('offer', text, [
        [
          restoreLabel,
          () => {
            close();
            onRestore();
          },
          true,
        ],
        [dismissLabel, close, false],
      ]);
    },
    warn(text, dismissLabel) {
      show('error', text, [[dismissLabel, close, false]]);
    },
    close,
    get root() {
      return root;
    },
  };
}
