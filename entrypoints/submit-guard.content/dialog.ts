import type { GuardWords } from '@/lib/messages';

/** One error the dialog lists: the field it is in, what is wrong, and the text in question. */
export interface DialogItem {
  field: string;
  message: string;
  excerpt: string;
}

/** The dialog's words, in the language of the settings (sent by the worker with each verdict). */
export type DialogText = Pick<GuardWords, 'title' | 'intro' | 'back' | 'submit' | 'more' | 'confirmHint'>;

// As in the panel's dock: every rule !important in a closed shadow root, so the page's CSS can
// neither hide nor restyle the dialog; the overlay stops clicks on the page while it is open.
const CSS = `
:host { all: initial !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important; display: block !important; }
.overlay { position: fixed !important; inset: 0 !important; background: rgba(0,0,0,.35) !important;
  display: flex !important; align-items: center !important; justify-content: center !important; }
.dialog { all: initial !important; box-sizing: border-box !important; width: min(520px, 92vw) !important;
  max-height: 80vh !important; overflow: auto !important; background: #fff !important; color: #1f1f1f !important;
  border-radius: 8px !important; box-shadow: 0 8px 32px rgba(0,0,0,.3) !important; padding: 20px 22px !important;
  font: 15px/1.6 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif !important; display: block !important; }
h2 { all: initial !important; display: block !important; font: inherit !important; font-size: 17px !important;
  font-weight: 600 !important; color: #b3261e !important; margin: 0 0 6px !important; }
p { all: initial !important; display: block !important; font: inherit !important; color: #444 !important; margin: 0 0 10px !important; }
ul { all: initial !important; display: block !important; margin: 0 0 14px !important; padding: 0 !important; }
li { all: initial !important; display: block !important; font: inherit !important; color: #1f1f1f !important;
  border-left: 3px solid #b3261e !important; padding: 4px 10px !important; margin: 6px 0 !important; }
.field { font-weight: 600 !important; }
q { all: initial !important; font: inherit !important; color: #6b3a00 !important; background: #fff4d6 !important; padding: 0 2px !important; }
.actions { display: flex !important; gap: 10px !important; justify-content: flex-end !important; }
button { all: initial !important; font: inherit !important; cursor: pointer !important; border-radius: 6px !important;
  padding: 6px 16px !important; border: 1px solid #888 !important; color: #1f1f1f !important; background: #f4f4f4 !important; }
button.primary { background: #1a5fb4 !important; border-color: #1a5fb4 !important; color: #fff !important; }
button:focus-visible { outline: 3px solid #f5a623 !important; outline-offset: 2px !important; }
@media (prefers-color-scheme: dark) {
  .dialog { background: #232323 !important; color: #eee !important; }
  p { color: #ccc !important; } li { color: #eee !important; } h2 { color: #ff8a80 !important; }
  q { background: #4a3a10 !important; color: #ffe6a8 !important; }
  button { background: #333 !important; color: #eee !important; border-color: #777 !important; }
}`;

/** The largest number of errors listed; the rest are counted. */
const LISTED = 12;

/**
 * Shows the check's errors over the page and resolves with the writer's answer: 返回修改 (also
 * Esc) or 仍然提交. 返回修改 has the focus, so Enter never submits by accident.
 */
export function askBeforeSubmit(doc: Document, items: DialogItem[], text: DialogText): Promise<'back' | 'submit'> {
  const host = doc.createElement('tianbao-submit-check');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const overlay = doc.createElement('div');
  overlay.className = 'overlay';
  const dialog = doc.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  const title = doc.createElement('h2');
  title.id = 'title';
  title.textContent = text.title;
  const intro = doc.createElement('p');
  intro.id = 'intro';
  intro.textContent = text.intro;
  dialog.setAttribute('aria-labelledby', 'title');
  dialog.setAttribute('aria-describedby', 'intro');
  const list = doc.createElement('ul');
  for (const item of items.slice(0, LISTED)) {
    const li = doc.createElement('li');
    const field = doc.createElement('span');
    field.className = 'field';
    field.textContent = `${item.field}：`;
    li.append(field, item.message);
    if (item.excerpt) {
      const q = doc.createElement('q');
      q.textContent = item.excerpt;
      li.append(' ', q);
    }
    list.append(li);
  }
  if (items.length > LISTED) {
    const li = doc.createElement('li');
    li.textContent = text.more;
    list.append(li);
  }
  const back = doc.createElement('button');
  back.type = 'button';
  back.className = 'primary';
  back.textContent = text.back;
  const submit = doc.createElement('button');
  submit.type = 'button';
  submit.textContent = text.submit;
  const actions = doc.createElement('div');
  actions.className = 'actions';
  actions.append(submit, back);
  dialog.append(title, intro, list, actions);
  overlay.append(dialog);
  root.append(style, overlay);

  const previous = doc.activeElement;
  doc.documentElement.append(host);
  back.focus();

  return new Promise((resolve) => {
    let answered = false;
    // A page that removes what is added to <html> would take the dialog, and with it the only
    // way to answer: put it back once; removed again, ask in the browser's own confirm box,
    // which no page script can remove. The hold never outlives the dialog.
    let reopened = false;
    const watch = new MutationObserver(() => {
      if (answered || host.isConnected) return;
      if (!reopened) {
        reopened = true;
        doc.documentElement.append(host);
        back.focus();
        return;
      }
      watch.disconnect();
      const lines = items.slice(0, LISTED).map((item) => `· ${item.field}：${item.message}`);
      const view = doc.defaultView;
      const confirmed = view
        ? view.confirm([text.title, text.intro, ...lines, '', text.confirmHint].join('\n'))
        : false;
      done(confirmed ? 'submit' : 'back');
    });
    watch.observe(doc.documentElement, { childList: true });
    const done = (answer: 'back' | 'submit') => {
      if (answered) return;
      answered = true;
      watch.disconnect();
      host.remove();
      if (answer === 'back' && previous instanceof HTMLElement) previous.focus({ preventScroll: true });
      resolve(answer);
    };
    back.addEventListener('click', () => done('back'));
    submit.addEventListener('click', () => done('submit'));
    // Keys stay inside the dialog: Esc is 返回修改, Tab moves between the two buttons.
    dialog.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Escape') {
        event.preventDefault();
        done('back');
      } else if (event.key === 'Tab') {
        event.preventDefault();
        (root.activeElement === back ? submit : back).focus();
      }
    });
  });
}

/**
 * A short notice over the page (role alert, read out by screen readers), gone after `ms`: what the
 * guard did after 仍然提交 when it could not send the submission again.
 */
export function showNotice(doc: Document, message: string, ms = 10_000): void {
  const host = doc.createElement('tianbao-submit-notice');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `:host { all: initial !important; position: fixed !important; top: 16px !important;
    left: 50% !important; transform: translateX(-50%) !important; z-index: 2147483647 !important; display: block !important; }
  div { all: initial !important; display: block !important; max-width: 480px !important; padding: 10px 14px !important;
    background: #fff4d6 !important; color: #1f1f1f !important; border: 1px solid #b76e00 !important; border-radius: 6px !important;
    font: 15px/1.6 "Noto Sans CJK SC", "Microsoft YaHei", sans-serif !important; box-shadow: 0 2px 10px rgba(0,0,0,.2) !important; }`;
  const box = doc.createElement('div');
  box.setAttribute('role', 'alert');
  box.setAttribute('aria-label', message);
  box.textContent = message;
  root.append(style, box);
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), ms);
}
