import type { GuardWords } from '@/lib/messages';
import { element, showBox } from '../shadow';

/** One error the dialog lists: the field it is in, what is wrong, and the text in question. */
export interface DialogItem {
  field: string;
  message: string;
  excerpt: string;
}

/** The dialog's words, in the language of the settings (sent by the worker with each verdict). */
export type DialogText = Pick<GuardWords, 'title' | 'intro' | 'back' | 'submit' | 'more' | 'confirmHint'>;

// The host itself is the overlay: it covers the page and stops clicks on it while the dialog is
// open, and centres the dialog (see showBox for the rest of its look). The title is large text
// (19px bold) in a red at least 3:1 on the light and on the dark box alike.
const CSS = `:host{inset:0;background:#00000059;display:flex;align-items:center;justify-content:center;}\
[role]{width:min(520px,92vw);max-height:80vh;overflow:auto;padding:20px 22px;}\
h2{font-size:19px;margin:0 0 6px;color:#e04a3f;}\
ul{margin:10px 0 14px;padding:0;}\
li{display:block;border-left:3px solid #b3261e;padding:4px 10px;margin:6px 0;}\
q{background:#f5a62340;padding:0 2px;}`;

/** The largest number of errors listed; the rest are counted. */
const LISTED = 12;

/**
 * Shows the check's errors over the page and resolves with the writer's answer: 返回修改 (also
 * Esc) or 仍然提交. 返回修改 has the focus, so Enter never submits by accident; answered, the focus
 * goes back where it was.
 */
export function askBeforeSubmit(doc: Document, items: DialogItem[], text: DialogText): Promise<'back' | 'submit'> {
  const title = element(doc, 'h2', '', text.title);
  title.id = 'title';
  const intro = element(doc, 'p', '', text.intro);
  intro.id = 'intro';
  const list = element(doc, 'ul');
  for (const item of items.slice(0, LISTED)) {
    const li = element(doc, 'li');
    li.append(element(doc, 'b', '', `${item.field}：`), item.message);
    if (item.excerpt) li.append(' ', element(doc, 'q', '', item.excerpt));
    list.append(li);
  }
  if (items.length > LISTED) list.append(element(doc, 'li', '', text.more));
  const previous = doc.activeElement;

  return new Promise((resolve) => {
    let answered = false;
    const done = (answer: 'back' | 'submit') => {
      if (answered) return;
      answered = true;
      watch.disconnect();
      host.remove();
      if (answer === 'back' && previous instanceof HTMLElement) previous.focus({ preventScroll: true });
      resolve(answer);
    };
    // 返回修改 last, and focused: Enter never submits by accident.
    const { host, root, box, buttons } = showBox(
      doc,
      'tianbao-submit-check',
      CSS,
      'alertdialog',
      [title, intro, list],
      [
        [text.submit, () => done('submit')],
        [text.back, () => done('back'), true],
      ],
    );
    const [submit, back] = buttons as [HTMLButtonElement, HTMLButtonElement];
    box.setAttribute('aria-modal', 'true');
    box.setAttribute('aria-labelledby', 'title');
    box.setAttribute('aria-describedby', 'intro');
    back.focus();

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
    // Keys stay inside the dialog: Esc is 返回修改, Tab moves between the two buttons.
    box.onkeydown = (event) => {
      event.stopPropagation();
      if (event.key === 'Escape') {
        event.preventDefault();
        done('back');
      } else if (event.key === 'Tab') {
        event.preventDefault();
        (root.activeElement === back ? submit : back).focus();
      }
    };
  });
}

/**
 * A short notice over the page (role alert, read out by screen readers), gone after `ms`: what the
 * guard did after 仍然提交 when it could not send the submission again.
 */
export function showNotice(doc: Document, message: string, ms = 10_000): void {
  const { host, box } = showBox(
    doc,
    'tianbao-submit-notice',
    ':host{top:16px;left:50%;transform:translateX(-50%);max-width:480px;}',
    'alert',
    [message],
  );
  box.setAttribute('aria-label', message);
  setTimeout(() => host.remove(), ms);
}
