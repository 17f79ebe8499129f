// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markPageSends, SENDS, watchPageSends } from './page-sends';

type Win = Window & typeof globalThis;

/** A fresh window with a form, whose `fetch` returns `reply` (or throws it, when an Error). */
function pageWith(reply: unknown = 'response') {
  // A frame of its own: a fresh window, untouched by the other tests.
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Win;
  win.document.body.innerHTML = '<form><button id="go">提交</button></form>';
  const fetched: unknown[] = [];
  (win as unknown as { fetch: unknown }).fetch = function (this: unknown, url: string) {
    fetched.push(this, url);
    if (reply instanceof Error) throw reply;
    return reply;
  };
  const marks: string[] = [];
  win.addEventListener(SENDS, (event) => marks.push(String((event as CustomEvent).detail)));
  return { win, fetched, marks, form: win.document.querySelector('form') as HTMLFormElement };
}

describe('the page’s send starts, marked in its own world', () => {
  it('marks a fetch with the event being handled, giving back what the page’s fetch gives', () => {
    const { win, fetched, marks } = pageWith('the response');
    markPageSends(win);
    expect(win.fetch('./a' as never)).toBe('the response');
    expect(fetched).toEqual([win, './a']);
    // From a timer or a network callback: no event.
    expect(marks).toEqual(['']);
    win.document.body.addEventListener('click', () => win.fetch('./b' as never));
    win.document.body.click();
    expect(marks).toEqual(['', 'click']);
  });

  it('lets the page’s exception through unchanged, marking nothing', () => {
    const failure = new TypeError('Failed to fetch');
    const { win, marks } = pageWith(failure);
    markPageSends(win);
    expect(() => win.fetch('./a' as never)).toThrow(failure);
    expect(marks).toEqual([]);
    // A method, like the page's: not a constructor.
    expect(() => new (win.fetch as unknown as new () => unknown)()).toThrow(TypeError);
    expect(win.fetch.name).toBe('fetch');
  });

  it('marks a beacon the browser queued, not one it refused', () => {
    const { win, marks } = pageWith();
    let queued = true;
    (win.Navigator.prototype as unknown as { sendBeacon: unknown }).sendBeacon = () => queued;
    markPageSends(win);
    expect(win.navigator.sendBeacon('./a')).toBe(true);
    queued = false;
    expect(win.navigator.sendBeacon('./a')).toBe(false);
    expect(marks).toEqual(['']);
  });

  it('marks XMLHttpRequest’s send once opened, and a form’s submit() as a submission', () => {
    const { win, form, marks } = pageWith();
    const flags = () => {
      const { writable, enumerable, configurable } =
        Object.getOwnPropertyDescriptor(win.HTMLFormElement.prototype, 'submit') ?? {};
      return { writable, enumerable, configurable };
    };
    const before = flags();
    markPageSends(win);
    expect(flags()).toEqual(before);
    const xhr = new win.XMLHttpRequest();
    // Not opened: the page's own InvalidStateError, no mark.
    expect(() => xhr.send()).toThrow(/state/i);
    expect(marks).toEqual([]);
    // (jsdom does not navigate: its submit() only reports that.)
    form.submit();
    expect(marks).toEqual(['submit']);
  });

  it('marks a submission that reaches its default, not one a listener prevented or a script made up', () => {
    const { win, form, marks } = pageWith();
    markPageSends(win);
    let prevent = true;
    form.addEventListener('submit', (event) => {
      if (prevent) event.preventDefault();
    });
    form.requestSubmit();
    expect(marks).toEqual([]);
    prevent = false;
    // The page's own last listener at the window still comes before ours.
    win.addEventListener('submit', () => marks.push('page'));
    form.requestSubmit();
    expect(marks).toEqual(['page', 'submit']);
    form.dispatchEvent(new win.Event('submit', { bubbles: true, cancelable: true }));
    expect(marks).toEqual(['page', 'submit', 'page']);
  });

  it('runs once per window, and answers the guard’s question whether it runs', () => {
    const { win, marks } = pageWith();
    const sends = watchPageSends(win, () => false);
    expect(sends.present()).toBe(false);
    markPageSends(win);
    markPageSends(win);
    expect(sends.present()).toBe(true);
    win.fetch('./a' as never);
    expect(marks).toEqual(['?', '?', '']);
  });
});

describe('the page’s send starts, heard in the isolated world', () => {
  it('keeps sends started in a press’s events, not a timer’s nor our own re-send', () => {
    const { win } = pageWith();
    markPageSends(win);
    let ours = false;
    const sends = watchPageSends(win, () => ours);
    const from = win.performance.now();
    win.fetch('./poll' as never);
    expect(sends.between(from, win.performance.now())).toBe(false);
    win.document.body.addEventListener('click', () => win.fetch('./post' as never));
    ours = true;
    win.document.body.click();
    expect(sends.between(from, win.performance.now())).toBe(false);
    ours = false;
    win.document.body.click();
    const to = win.performance.now();
    expect(sends.between(from, to)).toBe(true);
    expect(sends.between(to + 1, to + 100)).toBe(false);
    sends.stop();
    expect(sends.between(from, to)).toBe(true);
  });
});
