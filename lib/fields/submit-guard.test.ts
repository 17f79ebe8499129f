// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { SENDS } from './page-sends';
import { controlText, findControl, type GuardHost, guardSubmissions, submitControlAt } from './submit-guard';

function page(html: string) {
  document.body.innerHTML = html;
  const submits: (string | null)[] = [];
  const clicks: string[] = [];
  const form = document.querySelector('form');
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    submits.push((event.submitter as HTMLButtonElement | null)?.value ?? null);
  });
  for (const el of Array.from(document.querySelectorAll('[data-log]'))) {
    el.addEventListener('click', () => clicks.push((el as HTMLElement).dataset.log ?? ''));
  }
  return { submits, clicks };
}

/** A host whose error count and answer the test sets; counts how often it asked. */
function host(errors: number) {
  let resolve: (a: 'back' | 'submit') => void = () => undefined;
  const state = {
    errors,
    asked: 0,
    answer: (a: 'back' | 'submit') => resolve(a),
  };
  const api: GuardHost = {
    errors: () => state.errors,
    ask: () => {
      state.asked++;
      return new Promise((r) => {
        resolve = r;
      });
    },
  };
  return { state, api };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
let stop: () => void = () => undefined;
afterEach(() => stop());

describe('which controls submit', () => {
  it('reads buttons, inputs and links by their words, spaces removed', () => {
    document.body.innerHTML = `
      <button id="a">提　交</button><input id="b" type="button" value="上 报">
      <a id="c" href="#"><span id="c1">确认提交</span></a><button id="d">暂存</button>
      <div id="e" role="button">报送</div><button id="f" disabled>提交</button>`;
    const at = (id: string) => submitControlAt(document.getElementById(id));
    expect(at('a')?.id).toBe('a');
    expect(at('b')?.id).toBe('b');
    expect(at('c1')?.id).toBe('c');
    expect(at('d')).toBeNull();
    expect(at('e')?.id).toBe('e');
    expect(at('f')).toBeNull();
    expect(controlText(document.getElementById('a') as HTMLElement)).toBe('提交');
  });
});

describe('guarding submissions', () => {
  it('lets a clean form submit untouched, checking once per click', () => {
    const { submits } = page('<form><textarea></textarea><button value="go">提交</button></form>');
    const h = host(0);
    let checks = 0;
    const guard = guardSubmissions(window, {
      ...h.api,
      errors: () => {
        checks++;
        return 0;
      },
    });
    stop = guard.stop;
    document.querySelector('button')?.click();
    expect(submits).toEqual(['go']);
    expect(checks).toBe(1);
    expect(guard.held).toBe(0);
  });

  it('holds a submission with errors, and 返回修改 sends nothing', async () => {
    const { submits, clicks } = page('<form><button value="go" data-log="page">提交</button></form>');
    const h = host(2);
    const guard = guardSubmissions(window, h.api);
    stop = guard.stop;
    document.querySelector('button')?.click();
    expect(submits).toEqual([]);
    expect(clicks).toEqual([]);
    expect(h.state.asked).toBe(1);
    h.state.answer('back');
    await flush();
    expect(submits).toEqual([]);
  });

  it('仍然提交 sends the held submission once, through the page’s own handlers', async () => {
    const { submits, clicks } = page('<form><button value="go" data-log="page">提交</button></form>');
    const h = host(1);
    stop = guardSubmissions(window, h.api).stop;
    document.querySelector('button')?.click();
    h.state.answer('submit');
    await flush();
    expect(clicks).toEqual(['page']);
    expect(submits).toEqual(['go']);
    expect(h.state.asked).toBe(1);
  });

  it('asks once however often the button is pressed while the dialog is open', async () => {
    const { submits } = page('<form><button value="go">提交</button></form>');
    const h = host(1);
    stop = guardSubmissions(window, h.api).stop;
    const button = document.querySelector('button');
    button?.click();
    button?.click();
    button?.click();
    expect(h.state.asked).toBe(1);
    h.state.answer('submit');
    await flush();
    expect(submits).toEqual(['go']);
  });

  it('holds a submit event from Enter or script (no button) and resubmits the same form', async () => {
    const { submits } = page('<form><input name="x"></form>');
    const h = host(3);
    stop = guardSubmissions(window, h.api).stop;
    document.querySelector('form')?.requestSubmit();
    expect(submits).toEqual([]);
    h.state.answer('submit');
    await flush();
    expect(submits).toEqual([null]);
  });

  it('lets every submission through when the check itself fails', () => {
    const { submits } = page('<form><button value="go">提交</button></form>');
    stop = guardSubmissions(window, {
      errors: () => {
        throw new Error('broken');
      },
      ask: () => Promise.resolve('back'),
    }).stop;
    document.querySelector('button')?.click();
    expect(submits).toEqual(['go']);
  });

  it('leaves other buttons alone', () => {
    const { clicks } = page('<form><button type="button" data-log="save">暂存</button></form>');
    const h = host(5);
    stop = guardSubmissions(window, h.api).stop;
    document.querySelector('button')?.click();
    expect(clicks).toEqual(['save']);
    expect(h.state.asked).toBe(0);
  });
});

describe('controls drawn from plain elements, and drawn anew', () => {
  it('finds a <div><span>提交</span></div> control, not the bar around it', () => {
    document.body.innerHTML = `<div id="bar"><div id="go"><i></i><span id="s">提交</span></div><div id="save"><span>暂存</span></div></div>`;
    expect(submitControlAt(document.getElementById('s'))?.id).toBe('go');
    expect(submitControlAt(document.getElementById('save'))).toBeNull();
  });

  it('re-finds the one control that reads the same words, and none when two do', () => {
    document.body.innerHTML = `<div id="bar"><button id="a">提 交</button><button>暂存</button></div>`;
    expect(findControl(document, '提交')?.id).toBe('a');
    document.body.innerHTML = `<button id="a">提交</button><p>说明</p><div><span>提交</span></div>`;
    expect(findControl(document, '提交')).toBeNull();
    document.body.innerHTML = `<input type="submit" id="b" value="上报">`;
    expect(findControl(document, '上报')?.id).toBe('b');
  });
});

/** A host without a verdict for the texts now: judge() resolves when the test says. */
function staleHost() {
  let finish: (n: number | 'unreachable') => void = () => undefined;
  let answer: (a: 'back' | 'submit') => void = () => undefined;
  const state = {
    judged: 0,
    asked: 0,
    notSent: [] as string[],
    verdict: (n: number | 'unreachable') => finish(n),
    answer: (a: 'back' | 'submit') => answer(a),
  };
  const api: GuardHost = {
    errors: () => null,
    judge: () => {
      state.judged++;
      return new Promise((r) => {
        finish = r;
      });
    },
    ask: () => {
      state.asked++;
      return new Promise((r) => {
        answer = r;
      });
    },
    notSent: (why) => state.notSent.push(why),
  };
  return { state, api };
}

describe('a text changed since the last verdict', () => {
  it('holds the press, judges once, and sends it on once when the verdict is clean', async () => {
    const { submits, clicks } = page('<form><button value="go" data-log="page">提交</button></form>');
    const h = staleHost();
    const guard = guardSubmissions(window, h.api);
    stop = guard.stop;
    const button = document.querySelector('button');
    button?.click();
    // Pressed again while the verdict is on its way: still one submission, one judgement.
    button?.click();
    expect(clicks).toEqual([]);
    expect(submits).toEqual([]);
    expect(h.state.judged).toBe(1);
    h.state.verdict(0);
    await flush();
    expect(clicks).toEqual(['page']);
    expect(submits).toEqual(['go']);
    expect(h.state.asked).toBe(0);
    expect(guard.held).toBe(1);
  });

  it('shows the dialog when the new verdict finds errors; 仍然提交 sends it once', async () => {
    const { submits } = page('<form><button value="go">提交</button></form>');
    const h = staleHost();
    stop = guardSubmissions(window, h.api).stop;
    document.querySelector('button')?.click();
    h.state.verdict(2);
    await flush();
    expect(h.state.asked).toBe(1);
    expect(submits).toEqual([]);
    h.state.answer('submit');
    await flush();
    expect(submits).toEqual(['go']);
  });

  it('with no verdict coming (the worker cannot be reached), releases the hold: sent once, and says so', async () => {
    const { submits } = page('<form><input name="x"></form>');
    const h = staleHost();
    stop = guardSubmissions(window, h.api).stop;
    document.querySelector('form')?.requestSubmit();
    expect(submits).toEqual([]);
    h.state.verdict('unreachable');
    await flush();
    expect(submits).toEqual([null]);
    expect(h.state.notSent).toEqual(['unreachable']);
    expect(h.state.asked).toBe(0);
  });

  it('a judgement that throws counts as unreachable, never as a stuck hold', async () => {
    const { submits } = page('<form><button value="go">提交</button></form>');
    const notSent: string[] = [];
    stop = guardSubmissions(window, {
      errors: () => null,
      judge: () => Promise.reject(new Error('Extension context invalidated.')),
      ask: () => Promise.resolve('back'),
      notSent: (why) => notSent.push(why),
    }).stop;
    document.querySelector('button')?.click();
    await flush();
    expect(submits).toEqual(['go']);
    expect(notSent).toEqual(['unreachable']);
  });
});

describe('the page sent it itself (issue 15)', () => {
  /** The main-world script's part, as the page's world would play it (page-sends.ts): answers the probe, marks a send. */
  function mainWorld() {
    const probe = (event: Event) => {
      if ((event as CustomEvent).detail === '?') event.preventDefault();
    };
    window.addEventListener(SENDS, probe);
    const send = () => window.dispatchEvent(new CustomEvent(SENDS, { detail: window.event?.type ?? '' }));
    return { send, stop: () => window.removeEventListener(SENDS, probe) };
  }

  it('a page listener that sent before the hold: not asked, not sent again, the writer told', async () => {
    const { submits } = page('<form><button value="go">提交</button></form>');
    const world = mainWorld();
    // The page's listener came first (the guard was injected after the page loaded).
    const pageListener = () => world.send();
    window.addEventListener('click', pageListener, true);
    const notSent: string[] = [];
    const h = host(1);
    const guard = guardSubmissions(window, { ...h.api, notSent: (why) => notSent.push(why) });
    stop = () => {
      guard.stop();
      world.stop();
      window.removeEventListener('click', pageListener, true);
    };
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    // (jsdom stamps events with Date.now(); browsers, as here, on performance.now()'s clock.)
    Object.defineProperty(click, 'timeStamp', { value: performance.now() });
    document.querySelector('button')?.dispatchEvent(click);
    await flush();
    expect(h.state.asked).toBe(0);
    expect(notSent).toEqual(['sent']);
    expect(submits).toEqual([]);
  });

  it('a send from a timer, or our own re-send through the page’s listener, is not the page’s', async () => {
    const { submits } = page('<form><button value="go">提交</button></form>');
    const world = mainWorld();
    const button = document.querySelector('button') as HTMLButtonElement;
    // The page sends on its button's click (after the guard), and polls its server.
    button.addEventListener('click', () => world.send());
    const h = host(1);
    const guard = guardSubmissions(window, h.api);
    stop = () => {
      guard.stop();
      world.stop();
    };
    button.click();
    world.send();
    expect(h.state.asked).toBe(1);
    h.state.answer('submit');
    await flush();
    expect(submits).toEqual(['go']);
    button.click();
    expect(h.state.asked).toBe(2);
  });
});
