/**
 * The check before 提交: on a site where the writer switched it on, a submission (a form's submit
 * event, or a click on a control reading 提交, 上报, 报送, 确认提交…) is checked first, and held
 * only when the check finds errors; the writer then chooses 返回修改 or 仍然提交.
 *
 * The decision is made synchronously inside the event when the texts are as last judged (the
 * verdict is worked out outside the page as the writer pauses), so a submission without errors
 * goes on exactly as the page meant it: same event, same user activation (pages often open a
 * window on 提交), nothing re-sent. A submission is held when the verdict finds errors, or while
 * a text changed since the last verdict is judged again; a held submission is sent again once (on
 * 仍然提交, or when the new verdict is clean): the control is clicked again or the form submitted
 * again with its submitter, and this guard lets that one pass.
 */

import { watchPageSends } from './page-sends';

/** The words a submitting control reads, after its spaces are removed (提　交 → 提交). */
const SUBMIT_WORDS = new Set(['提交', '上报', '报送', '确认提交', '确认上报', '确认报送', '立即提交', '提交审核']);

const CONTROLS =
  'button, input[type="submit"], input[type="button"], input[type="image"], a, [role="button"], [onclick]';

/** The control a click on `target` presses, when that control submits (by what it reads). */
export function submitControlAt(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const control = target.closest(CONTROLS);
  if (control instanceof HTMLElement) {
    if (control instanceof HTMLButtonElement && control.disabled) return null;
    if (control instanceof HTMLInputElement && control.disabled) return null;
    if (SUBMIT_WORDS.has(controlText(control))) return control;
  }
  return wordedAncestor(target);
}

// How far up from the pressed element a control drawn from plain elements may reach
// (`<div class="btn"><i></i><span>提交</span></div>`, its listener added by script).
const MAX_DEPTH = 5;
// An element with more children than this is a bar or a form, not one control.
const MAX_CHILDREN = 4;

/**
 * The outermost element around `target` whose whole text reads a submit word: a control made of
 * nested `<div>`/`<span>`s with no role, whose listener the page added by script.
 */
function wordedAncestor(target: Element): HTMLElement | null {
  let found: HTMLElement | null = null;
  let el: Element | null = target;
  for (let depth = 0; el instanceof HTMLElement && depth < MAX_DEPTH; depth++, el = el.parentElement) {
    if (el === el.ownerDocument.body || el.children.length > MAX_CHILDREN) break;
    if (!SUBMIT_WORDS.has(controlText(el))) break;
    found = el;
  }
  return found;
}

/** What a control reads, without spaces: an input's value, a button's text, an image's alt. */
export function controlText(control: HTMLElement): string {
  const raw =
    control instanceof HTMLInputElement
      ? control.type === 'image'
        ? control.alt
        : control.value
      : control.textContent || control.getAttribute('aria-label') || control.title || '';
  return raw.slice(0, 40).replace(/[\s\u3000]+/g, '');
}

/** What the guard asks of its host: the errors the check finds now, and the dialog. */
export interface GuardHost {
  /**
   * The number of errors in the form now (0 lets the submission through), decided synchronously;
   * null when no verdict covers the texts now (the guard holds and calls judge()). Must not throw.
   */
  errors(): number | null;
  /** Judges the texts now, asynchronously: the number of errors, or `unreachable` (no verdict came). */
  judge?(): Promise<number | 'unreachable'>;
  /** Shows the errors; resolves with the writer's answer. */
  ask(): Promise<'back' | 'submit'>;
  /**
   * After 仍然提交, the submission could not be sent again: `redrawn` (the page replaced the
   * control and no single one reads the same) or `sent` (the page had already sent it itself);
   * `unreachable`: no verdict came, and the held submission was sent on unchecked.
   */
  notSent?(why: 'redrawn' | 'sent' | 'unreachable'): void;
}

/** The guard's own state, for tests: how often it held a submission. */
export interface Guard {
  readonly held: number;
  stop(): void;
}

// The events of one press of a mouse button or a finger, in order: a control that submits on
// any of them is held at the first, and the whole press is played again on 仍然提交.
const PRESS_START = ['pointerdown', 'mousedown'] as const;
const PRESS_REST = ['pointerup', 'mouseup'] as const;
// Requests a page's own submit handler starts (its fetch, XHR or beacon) show in the resource
// timeline under these initiator types, once they have finished.
const SENDS = new Set(['fetch', 'xmlhttprequest', 'beacon']);

/**
 * Guards the submissions of `win`'s document. Listens in the capture phase on the window, before
 * any of the page's own listeners (the script that calls this runs at document start), and stops
 * a held event from reaching them. A press is checked at its first event (pointerdown), so a
 * control that submits on mousedown is held too.
 */
export function guardSubmissions(win: Window, host: GuardHost): Guard {
  // Set while the guard itself sends a held submission again.
  let passing = false;
  // The dialog is open: further presses wait for its answer rather than asking again.
  let asking = false;
  // A click that was checked and found clean: its own submit event (which follows at once) is
  // not checked a second time.
  let cleanClick: HTMLElement | null = null;
  // The press in progress on a submit control, and whether it was found clean or held.
  let press: { control: HTMLElement; clean: boolean } | null = null;
  let held = 0;
  let unloading = false;
  // The page's send starts, heard at once where our main-world script runs (page-sends.ts).
  const sends = watchPageSends(win, () => passing);

  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  // Whether the page itself sent something between the press (`from`) and the guard holding it
  // (`to`): a page listener that ran before ours, or a navigation under way. Its send starts where
  // our main-world script runs; elsewhere, the requests it finished (a timer's poll among them).
  const pageSent = (from: number, to: number) =>
    unloading ||
    (sends.present()
      ? sends.between(from, to)
      : win.performance
          .getEntriesByType('resource')
          .some(
            (e) =>
              SENDS.has((e as PerformanceResourceTiming).initiatorType) && e.startTime >= from && e.startTime <= to,
          ));

  // A press held at its start asks when it ends (its click, or a moment after the button is let
  // go elsewhere): the dialog never appears under a button still held down.
  let askWhenPressEnds: (() => void) | null = null;
  const endPress = () => {
    const ask = askWhenPressEnds;
    askWhenPressEnds = null;
    ask?.();
  };

  const hold = (event: Event, resend: () => boolean, known: number | null, atPressStart = false) => {
    swallow(event);
    if (asking) return;
    asking = true;
    held++;
    const pressedAt = event.timeStamp;
    // Until the press has ended and the dialog opens: a page listener that runs before ours
    // (ours came late) may send on the press's click.
    let heldAt = 0;
    // Sends the held submission again, once; whether it went.
    const send = (): boolean => {
      if (pageSent(pressedAt, heldAt)) {
        host.notSent?.('sent');
        return false;
      }
      passing = true;
      let sent = false;
      try {
        sent = resend();
      } finally {
        passing = false;
      }
      if (!sent) host.notSent?.('redrawn');
      return sent;
    };
    const ask = () => {
      void host
        .ask()
        .catch(() => 'submit' as const)
        .then((answer) => {
          asking = false;
          if (answer === 'submit') send();
        });
    };
    // A text changed since the last verdict: judged now, while the submission waits.
    const judged = known === null ? judgeNow() : null;
    const decide = () => {
      const now = win.performance.now();
      heldAt = now + 50;
      // The page sent it itself before the hold (its listener ran first): not asked, not sent again.
      if (pageSent(pressedAt, now)) {
        asking = false;
        host.notSent?.('sent');
        return;
      }
      if (!judged) return ask();
      void judged.then((errors) => {
        if (errors !== 0 && errors !== 'unreachable') return ask();
        asking = false;
        // Clean: on its way as the writer meant it. No verdict: on its way too (a check that cannot
        // run never stops a submission), and the writer is told it went unchecked.
        if (pageSent(pressedAt, heldAt)) return;
        if (send() && errors === 'unreachable') host.notSent?.('unreachable');
      });
    };
    if (atPressStart) askWhenPressEnds = decide;
    else decide();
  };

  const judgeNow = (): Promise<number | 'unreachable'> => {
    try {
      return (host.judge?.() ?? Promise.resolve(0)).catch(() => 'unreachable' as const);
    } catch {
      return Promise.resolve('unreachable');
    }
  };

  const errorsNow = (): number | null => {
    try {
      return host.errors();
    } catch {
      // A failing check must never stop a submission.
      return 0;
    }
  };

  // The held control, or the one the page drew in its place (the same words, the only one).
  const current = (control: HTMLElement): HTMLElement | null =>
    control.isConnected ? control : findControl(win.document, controlText(control));
  // Where to press again: the element pressed (its listener may sit on an inner <span>), else
  // the innermost element of the control drawn anew that still reads its words.
  const pressTarget = (control: HTMLElement, pressed: EventTarget | null): HTMLElement | null => {
    if (pressed instanceof HTMLElement && pressed.isConnected && control.isConnected) return pressed;
    let el = current(control);
    const words = el ? controlText(el) : '';
    while (el?.firstElementChild) {
      const inner = [...el.children].find((child) => controlText(child as HTMLElement) === words);
      if (!(inner instanceof HTMLElement)) break;
      el = inner;
    }
    return el;
  };

  const replayPress = (control: HTMLElement, pressed: EventTarget | null) => () => {
    const target = pressTarget(control, pressed);
    if (!target) return false;
    const init = { bubbles: true, cancelable: true, composed: true, button: 0, buttons: 1, view: win };
    target.dispatchEvent(new PointerEvent('pointerdown', { ...init, isPrimary: true, pointerType: 'mouse' }));
    target.dispatchEvent(new MouseEvent('mousedown', init));
    target.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0, isPrimary: true, pointerType: 'mouse' }));
    target.dispatchEvent(new MouseEvent('mouseup', { ...init, buttons: 0 }));
    target.click();
    return true;
  };

  const onPressStart = (event: MouseEvent) => {
    if (passing || event.button !== 0) return;
    // The mousedown of a press whose pointerdown was already decided.
    if (event.type === 'mousedown' && press && press.control.contains(event.target as Node)) {
      if (!press.clean) swallow(event);
      return;
    }
    press = null;
    const control = submitControlAt(event.target);
    if (!control) return;
    if (asking) {
      swallow(event);
      return;
    }
    const errors = errorsNow();
    press = { control, clean: errors === 0 };
    if (!press.clean) hold(event, replayPress(control, event.target), errors, true);
  };

  const onPressRest = (event: MouseEvent) => {
    if (passing || !press || press.clean) return;
    if (press.control.contains(event.target as Node)) swallow(event);
    // Let go off the control: no click of it follows.
    if (event.type === 'mouseup' && askWhenPressEnds) setTimeout(endPress, 100);
  };

  const onClick = (event: MouseEvent) => {
    if (passing || event.button !== 0) return;
    const control = submitControlAt(event.target);
    if (!control) return;
    // The click that ends a press already decided (a keyboard's click has no press: detail 0).
    const pressed = press && event.detail > 0 && press.control === control ? press : null;
    press = null;
    if (pressed && !pressed.clean) {
      swallow(event);
      endPress();
      return;
    }
    if (asking) {
      swallow(event);
      return;
    }
    const errors = pressed ? 0 : errorsNow();
    if (errors === 0) {
      cleanClick = control;
      // The submit event of this click, if any, comes in the same task.
      queueMicrotask(() => setTimeout(() => (cleanClick = null)));
      return;
    }
    hold(
      event,
      () => {
        const target = pressTarget(control, event.target);
        target?.click();
        return target !== null;
      },
      errors,
    );
  };

  const onSubmit = (event: SubmitEvent) => {
    if (passing) return;
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const submitter = event.submitter;
    if (cleanClick && (submitter === cleanClick || cleanClick.contains(submitter) || submitter === null)) return;
    const errors = asking ? null : errorsNow();
    if (errors === 0) return;
    hold(
      event,
      () => {
        if (!form.isConnected) {
          // The page redrew its form: press the control that reads as the submitter did, if one does.
          const again = submitter ? current(submitter) : null;
          again?.click();
          return again !== null;
        }
        // requestSubmit runs the page's own submit listeners and validation again, with the same
        // submitter (its name and value go with the form).
        if (submitter && (submitter as HTMLButtonElement).form === form) form.requestSubmit(submitter);
        else form.requestSubmit();
        return true;
      },
      errors,
    );
  };

  const onUnload = () => {
    unloading = true;
  };

  const listeners: [string, (event: never) => void][] = [
    ...PRESS_START.map((type): [string, typeof onPressStart] => [type, onPressStart]),
    ...PRESS_REST.map((type): [string, typeof onPressRest] => [type, onPressRest]),
    ['click', onClick],
    ['submit', onSubmit],
    ['pagehide', onUnload],
  ];
  for (const [type, listener] of listeners) win.addEventListener(type, listener as EventListener, true);
  return {
    get held() {
      return held;
    },
    stop() {
      sends.stop();
      for (const [type, listener] of listeners) win.removeEventListener(type, listener as EventListener, true);
    },
  };
}

/**
 * The one control of `doc` that reads `words` and submits (a page that redrew its button bar drew
 * it anew); null when there is none or more than one, so the guard never presses a guess.
 */
export function findControl(doc: Document, words: string): HTMLElement | null {
  const found = new Set<HTMLElement>();
  for (const input of doc.querySelectorAll<HTMLInputElement>('input[type="submit"], input[type="button"]')) {
    if (controlText(input) === words && submitControlAt(input)) found.add(input);
  }
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').replace(/[\s\u3000]+/g, '') !== words) continue;
    const control = submitControlAt(node.parentElement);
    if (control) found.add(control);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
