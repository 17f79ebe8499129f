// The small notice at the bottom of the page that offers a saved draft back (恢复草稿 / 忽略), or
// says that drafts cannot be saved. Closed shadow root, !important rules: the page's scripts and
// styles can neither read nor restyle it (as in dock.ts).
const CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  left: 16px !important;
  bottom: 16px !important;
  z-index: 2147483646 !important;
  display: block !important;
  max-width: 360px !important;
}
.box {
  all: initial !important;
  display: block !important;
  box-sizing: border-box !important;
  padding: 10px 12px !important;
  background: #fff !important;
  color: #1f2328 !important;
  border: 1px solid #c9ced6 !important;
  border-left: 4px solid #b3261e !important;
  border-radius: 6px !important;
  box-shadow: 0 2px 10px rgba(0,0,0,.18) !important;
  font: 14px/1.5 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif !important;
}
.box.error { border-left-color: #b76e00 !important; }
p { all: initial !important; display: block !important; font: inherit !important; color: inherit !important; margin: 0 0 8px !important; }
button {
  all: initial !important;
  display: inline-block !important;
  margin-right: 8px !important;
  padding: 3px 12px !important;
  border: 1px solid #b3261e !important;
  border-radius: 4px !important;
  cursor: pointer !important;
  font: inherit !important;
  color: #b3261e !important;
  background: #fff !important;
}
button.primary { color: #fff !important; background: #b3261e !important; }
button:focus-visible { outline: 2px solid #b3261e !important; outline-offset: 2px !important; }`;

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
    host = doc.createElement('tianbao-draft');
    root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const box = doc.createElement('div');
    box.className = tone === 'error' ? 'box error' : 'box';
    box.setAttribute('role', tone === 'error' ? 'alert' : 'status');
    const message = doc.createElement('p');
    message.textContent = text;
    box.append(message);
    for (const [label, action, primary] of buttons) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = label;
      if (primary) button.className = 'primary';
      // Keep the caret in the page's field: the restore goes where the writer was.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', action);
      box.append(button);
    }
    root.append(style, box);
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
