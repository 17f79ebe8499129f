/**
 * The check before 提交: on a site where the writer switched it on, a submission (a form's submit
 * event, or a click on a control reading 提交, 上报, 报送, 确认提交…) is checked first, and held
 * only when the check finds errors; the writer then chooses 返回修改 or 仍然提交.
 *
 * The check runs synchronously inside the event, so a submission without errors goes on exactly
 * as the page meant it: same event, same user activation (pages often open a window on 提交),
 * nothing re-sent. Only a held submission is sent again, once, on 仍然提交: the control is
 * clicked again or the form submitted again with its submitter, and this guard lets that one pass.
 */

/** The words a submitting control reads, after its spaces are removed (提　交 → 提交). */
const SUBMIT_WORDS = new Set(['提交', '上报', '报送', '确认提交', '确认上报', '确认报送', '立即提交', '提交审核']);

const CONTROLS =
  'button, input[type="submit"], input[type="button"], input[type="image"], a, [role="button"], [onclick]';

/** The control a click on `target` presses, when that control submits (by what it reads). */
export function submitControlAt(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const control = target.closest(CONTROLS);
  if (!(control instanceof HTMLElement)) return null;
  if (control instanceof HTMLButtonElement && control.disabled) return null;
  if (control instanceof HTMLInputElement && control.disabled) return null;
  return SUBMIT_WORDS.has(controlText(control)) ? control : null;
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
  /** The number of errors in the form now (0 lets the submission through). Must not throw. */
  errors(): number;
  /** Shows the errors; resolves with the writer's answer. */
  ask(): Promise<'back' | 'submit'>;
}

/** The guard's own state, for tests: how often it held a submission. */
export interface Guard {
  readonly held: number;
  stop(): void;
}

/**
 * Guards the submissions of `win`'s document. Listens in the capture phase on the window, before
 * any of the page's own listeners, and stops a held event from reaching them.
 */
export function guardSubmissions(win: Window, host: GuardHost): Guard {
  // Set while the guard itself sends a held submission again.
  let passing = false;
  // The dialog is open: further presses wait for its answer rather than asking again.
  let asking = false;
  // A click that was checked and found clean: its own submit event (which follows at once) is
  // not checked a second time.
  let cleanClick: HTMLElement | null = null;
  let held = 0;

  const hold = (event: Event, resend: () => void) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    if (asking) return;
    asking = true;
    held++;
    void host
      .ask()
      .catch(() => 'submit' as const)
      .then((answer) => {
        asking = false;
        if (answer !== 'submit') return;
        passing = true;
        try {
          resend();
        } finally {
          passing = false;
        }
      });
  };

  const errorsNow = (): number => {
    try {
      return host.errors();
    } catch {
      // A failing check must never stop a submission.
      return 0;
    }
  };

  const onClick = (event: MouseEvent) => {
    if (passing || event.button !== 0) return;
    const control = submitControlAt(event.target);
    if (!control) return;
    if (asking) {
      hold(event, () => undefined);
      return;
    }
    if (errorsNow() === 0) {
      cleanClick = control;
      // The submit event of this click, if any, comes in the same task.
      queueMicrotask(() => setTimeout(() => (cleanClick = null)));
      return;
    }
    hold(event, () => control.click());
  };

  const onSubmit = (event: SubmitEvent) => {
    if (passing) return;
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const submitter = event.submitter;
    if (cleanClick && (submitter === cleanClick || cleanClick.contains(submitter) || submitter === null)) return;
    if (!asking && errorsNow() === 0) return;
    hold(event, () => {
      // requestSubmit runs the page's own submit listeners and validation again, with the same
      // submitter (its name and value go with the form).
      if (submitter && (submitter as HTMLButtonElement).form === form) form.requestSubmit(submitter);
      else form.requestSubmit();
    });
  };

  win.addEventListener('click', onClick, true);
  win.addEventListener('submit', onSubmit, true);
  return {
    get held() {
      return held;
    },
    stop() {
      win.removeEventListener('click', onClick, true);
      win.removeEventListener('submit', onSubmit, true);
    },
  };
}
