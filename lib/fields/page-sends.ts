/**
 * Whether the page itself started sending a submission, seen the moment it starts (issue 15).
 *
 * The check before 提交 holds a press in the page's own events, but a page listener that runs
 * before ours (ours came after the page was loaded, or the page sends on an event we do not hold)
 * may already have sent it: then 仍然提交 would send it twice. The isolated world cannot see a
 * page's fetch or form.submit() start, and the resource timeline shows a request only once it has
 * finished. So a tiny script in the page's main world (entrypoints/page-sends/) wraps the
 * page's ways of sending and dispatches SENDS at each start; the guard's
 * isolated world hears it at once and counts it between a press and its hold.
 *
 * A page can fake the event: that only makes the guard skip its question and not send again,
 * which a page could get anyway by not letting us guard it. It never makes us send.
 */

/**
 * The event the main world dispatches when the page starts a send, on its window and on the
 * highest window of the same origin above it; also the property that says the main-world script
 * runs in a window.
 */
export const SENDS = '__tianbaoSends';

/**
 * Main world: wraps the page's send starts (fetch, XMLHttpRequest's send, navigator.sendBeacon,
 * a form's submit(), and a form's submission that reaches its default, as requestSubmit's does)
 * so that each dispatches SENDS after it started. Its detail names the event the page was
 * handling then (`click`, …; empty from a timer or a network callback); a form's submission is
 * always `submit`. The page sees the same return values and exceptions: a call that throws (or
 * a beacon the browser refused) marks nothing. Runs once per window.
 */
export function markPageSends(win: Window & typeof globalThis): void {
  if (SENDS in win) return;
  Object.defineProperty(win, SENDS, { value: true, configurable: true });
  const { CustomEvent, EventTarget } = win;
  // (The page's later replacements of these do not reach us.)
  const dispatch = EventTarget.prototype.dispatchEvent;
  const mark = (type?: string) => {
    try {
      // A frameset's toolbar submits the form of the frame beside it: its guard listens at the top.
      let top: Window = win;
      try {
        while (top !== top.parent && top.parent.document) top = top.parent;
      } catch {
        // (Another origin above: the top we may reach.)
      }
      // (A page that sends through a frame it made handles the press in its own window.)
      const detail = type ?? win.event?.type ?? top.event?.type ?? '';
      dispatch.call(win, new CustomEvent(SENDS, { detail }));
      if (top !== win) dispatch.call(top, new CustomEvent(SENDS, { detail }));
    } catch {
      // Whatever the page did to its windows, its send goes on.
    }
  };
  const wrap = <T extends object>(owner: T, name: keyof T & string, detail?: string) => {
    const original = owner[name] as (...args: unknown[]) => unknown;
    if (typeof original !== 'function') return;
    // A method: not a constructor, `this` as the page passed it.
    owner[name] = {
      [name](this: unknown, ...args: unknown[]) {
        const result = original.apply(this, args);
        // (sendBeacon's false: the browser did not queue it.)
        if (result !== false) mark(detail);
        return result;
      },
    }[name] as T[keyof T & string];
  };
  // The guard asks whether this script runs here with a cancelable SENDS whose detail is `?`.
  win.addEventListener(SENDS, (event) => {
    if ((event as CustomEvent).detail === '?') event.preventDefault();
  });
  wrap(win, 'fetch');
  wrap(win.XMLHttpRequest.prototype, 'send');
  wrap(win.Navigator.prototype, 'sendBeacon');
  wrap(win.HTMLFormElement.prototype, 'submit', 'submit');
  // A submission (a submit button, Enter in a field, requestSubmit) reaches its default when no
  // listener prevented it: asked last, at the window once every listener of the page has run.
  const last = (event: Event) => {
    if (event.isTrusted && !event.defaultPrevented) mark('submit');
  };
  win.addEventListener(
    'submit',
    () => {
      win.removeEventListener('submit', last);
      win.addEventListener('submit', last, { once: true });
    },
    true,
  );
}

// The events of a press a page sends from: a send started while the page handled one of them
// answers the writer's press (a timer's heartbeat or a poll does not).
const PRESS_EVENTS = new Set([
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
  'click',
  'submit',
  'keydown',
  'keyup',
  'keypress',
  'touchstart',
  'touchend',
]);

/** The page's send starts, as heard in the isolated world. */
export interface PageSends {
  /** Whether our main-world script runs in this window (it may not have been injected, or not yet). */
  present(): boolean;
  /** Whether the page started a send while handling a press between `from` and `to` (performance.now()). */
  between(from: number, to: number): boolean;
  stop(): void;
}

/**
 * Isolated world: listens for SENDS on `win` and on the highest window of the same origin above it,
 * and keeps when the last few came (by `win`'s clock), except those that come while `ours()` (the
 * guard sending a held submission again: the page's listeners then send for us).
 */
export function watchPageSends(win: Window, ours: () => boolean): PageSends {
  const times: number[] = [];
  const heard = (event: Event) => {
    if (ours() || !PRESS_EVENTS.has(String((event as CustomEvent).detail))) return;
    times.push(win.performance.now());
    if (times.length > 8) times.shift();
  };
  let top: Window = win;
  try {
    while (top !== top.parent && top.parent.document) top = top.parent;
  } catch {
    // (Another origin above.)
  }
  const targets = top === win ? [win] : [win, top];
  for (const target of targets) target.addEventListener(SENDS, heard, true);
  return {
    present: () => {
      const { CustomEvent } = win as Window & typeof globalThis;
      return !win.dispatchEvent(new CustomEvent(SENDS, { detail: '?', cancelable: true }));
    },
    between: (from, to) => times.some((t) => t >= from && t <= to),
    stop: () => {
      for (const target of targets) target.removeEventListener(SENDS, heard, true);
    },
  };
}
