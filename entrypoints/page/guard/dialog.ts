import type { GuardWords } from '@/lib/messages';
import { button, element, shadowHost } from '../shadow';

/** One error the dialog lists: the field it is in, what is wrong, and the text in question. */
export interface DialogItem {
  field: string;
  message: string;
  excerpt: string;
}

/** The dialog's words, in the language of the settings (sent by the worker with each verdict). */
export type DialogText = Pick<GuardWords, 'title' | 'intro' | 'back' | 'submit' | 'more' | 'confirmHint'>;

const FONT = '"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif';

// As the panel's dock, in a closed shadow root (see shadowHost); the overlay stops clicks on the
// page while it is open.
const CSS = `:host{all:initial;position:fixed;inset:0;z-index:2147483647;display:block;}
.overlay{position:fixed;inset:0;background:rgba(0,0,0,.35);display:flex;align-items:center;justify-content:center;}
.dialog{all:initial;box-sizing:border-box;width:min(520px,92vw);max-height:80vh;overflow:auto;background:#fff;color:#1f1f1f;border-radius:8px;box-shadow:0 8px 32px rgba(0,0,0,.3);padding:20px 22px;font:15px/1.6 ${FONT};display:block;}
h2,p,ul,li{all:initial;display:block;font:inherit;}
h2{font-size:17px;font-weight:600;color:#b3261e;margin:0 0 6px;}
p{color:#444;margin:0 0 10px;}
ul{margin:0 0 14px;padding:0;}
li{color:#1f1f1f;border-left:3px solid #b3261e;padding:4px 10px;margin:6px 0;}
.field{font-weight:600;}
q{all:initial;font:inherit;color:#6b3a00;background:#fff4d6;padding:0 2px;}
.actions{display:flex;gap:10px;justify-content:flex-end;}
button{all:initial;font:inherit;cursor:pointer;border-radius:6px;padding:6px 16px;border:1px solid #888;color:#1f1f1f;background:#f4f4f4;}
.primary{background:#1a5fb4;border-color:#1a5fb4;color:#fff;}
button:focus-visible{outline:3px solid #f5a623;outline-offset:2px;}
@media (prefers-color-scheme:dark){.dialog,li{color:#eee;}.dialog{background:#232323;}p{color:#ccc;}h2{color:#ff8a80;}q{background:#4a3a10;color:#ffe6a8;}button{background:#333;color:#eee;border-color:#777;}}`;

/** The largest number of errors listed; the rest are counted. */
const LISTED = 12;

/**
 * Shows the check's errors over the page and resolves with the writer's answer: 返回修改 (also
 * Esc) or 仍然提交. 返回修改 has the focus, so Enter never submits by accident.
 */
export function askBeforeSubmit(doc: Document, items: DialogItem[], text: DialogText): Promise<'back' | 'submit'> {
  const { host, root } = shadowHost(doc, 'tianbao-submit-check', CSS);
  const overlay = element(doc, 'div', 'overlay');
  const dialog = element(doc, 'div', 'dialog');
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  const title = element(doc, 'h2', '', text.title);
  title.id = 'title';
  const intro = element(doc, 'p', '', text.intro);
  intro.id = 'intro';
  dialog.setAttribute('aria-labelledby', 'title');
  dialog.setAttribute('aria-describedby', 'intro');
  const list = element(doc, 'ul');
  for (const item of items.slice(0, LISTED)) {
    const li = element(doc, 'li');
    li.append(element(doc, 'span', 'field', `${item.field}：`), item.message);
    if (item.excerpt) li.append(' ', element(doc, 'q', '', item.excerpt));
    list.append(li);
  }
  if (items.length > LISTED) list.append(element(doc, 'li', '', text.more));
  const back = button(doc, text.back, 'primary');
  const submit = button(doc, text.submit);
  const actions = element(doc, 'div', 'actions');
  actions.append(submit, back);
  dialog.append(title, intro, list, actions);
  overlay.append(dialog);
  root.append(overlay);

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
  const { host, root } = shadowHost(
    doc,
    'tianbao-submit-notice',
    `:host{all:initial;position:fixed;top:16px;left:50%;transform:translateX(-50%);z-index:2147483647;display:block;}
div{all:initial;display:block;max-width:480px;padding:10px 14px;background:#fff4d6;color:#1f1f1f;border:1px solid #b76e00;border-radius:6px;font:15px/1.6 ${FONT};box-shadow:0 2px 10px rgba(0,0,0,.2);}`,
  );
  const box = element(doc, 'div', '', message);
  box.setAttribute('role', 'alert');
  box.setAttribute('aria-label', message);
  root.append(box);
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), ms);
}
