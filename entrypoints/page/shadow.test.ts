// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { element, shadowHost, showBox, showRange } from './shadow';

afterEach(() => {
  for (const host of document.documentElement.querySelectorAll('tianbao-test')) host.remove();
});

describe('shadowHost', () => {
  it('makes every declaration of its CSS !important, and nothing else', () => {
    const { host, root } = shadowHost(
      document,
      'tianbao-test',
      ':host{all:initial;z-index:1;}\n@media (prefers-color-scheme:dark){p{color:#eee;}}',
    );
    expect(host.localName).toBe('tianbao-test');
    expect(host.isConnected).toBe(false);
    expect(root.querySelector('style')?.textContent).toBe(
      ':host{all:initial!important;z-index:1!important;}\n@media (prefers-color-scheme:dark){p{color:#eee!important;}}',
    );
  });
});

describe('element', () => {
  it('sets the class and text only when given', () => {
    const plain = element(document, 'p');
    expect([plain.className, plain.textContent]).toEqual(['', '']);
    const item = element(document, 'span', 'field', '个人总结：');
    expect([item.className, item.textContent]).toEqual(['field', '个人总结：']);
  });
});

describe('showBox', () => {
  it('shows one box of its role with its parts and buttons, in a host at the end of <html>', () => {
    const pressed: string[] = [];
    const { host, root, box, buttons } = showBox(
      document,
      'tianbao-test',
      ':host{left:16px;}',
      'status',
      [element(document, 'p', '', '此页有草稿。')],
      [
        ['恢复草稿', () => pressed.push('restore'), true],
        ['忽略', () => pressed.push('dismiss')],
      ],
    );
    expect(document.documentElement.lastElementChild).toBe(host);
    expect(box.getAttribute('role')).toBe('status');
    expect(box.querySelector('p')?.textContent).toBe('此页有草稿。');
    // The shared look first, then the box's own rules, all important.
    const css = root.querySelector('style')?.textContent ?? '';
    expect(css.startsWith(':host{all:initial!important;position:fixed!important;')).toBe(true);
    expect(css.endsWith(':host{left:16px!important;}')).toBe(true);
    expect(css).not.toMatch(/[^t];|important!important/);

    expect(buttons.map((b) => [b.textContent, b.className])).toEqual([
      ['恢复草稿', 'primary'],
      ['忽略', ''],
    ]);
    // A button of ours never submits a form of the page, even drawn inside one: it belongs to none.
    const form = document.body.appendChild(document.createElement('form'));
    form.append(host);
    expect(buttons.map((b) => b.form)).toEqual([null, null]);
    form.remove();
    expect([...root.querySelectorAll('button')]).toEqual(buttons);
    buttons[1]?.click();
    buttons[0]?.click();
    expect(pressed).toEqual(['dismiss', 'restore']);
  });

  it('keeps the focus in the page on mousedown: the caret stays in the field', () => {
    const field = document.body.appendChild(document.createElement('textarea'));
    field.focus();
    const { buttons } = showBox(document, 'tianbao-test', '', 'status', ['草稿'], [['恢复草稿', vi.fn(), true]]);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    buttons[0]?.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(field);
    field.remove();
  });

  it('draws no row of buttons when there are none', () => {
    const { box } = showBox(document, 'tianbao-test', '', 'alert', ['页面已经自行提交了这份表单。']);
    expect(box.textContent).toBe('页面已经自行提交了这份表单。');
    expect(box.children).toHaveLength(0);
  });
});

describe('showRange', () => {
  it('selects the range and highlights it for a moment, in a host of ours that scrolls with the text', () => {
    vi.useFakeTimers();
    const field = document.body.appendChild(document.createElement('textarea'));
    field.value = '一年来，我认真学习。';
    field.scrollIntoView = vi.fn();
    expect(showRange(field, 4, 6)).toBe(true);
    expect([field.selectionStart, field.selectionEnd]).toEqual([4, 6]);
    expect(document.activeElement).toBe(field);
    expect(document.documentElement.querySelectorAll(':scope > tianbao-flash')).toHaveLength(1);
    // A second one replaces the first.
    expect(showRange(field, 0, 3)).toBe(true);
    expect(document.documentElement.querySelectorAll(':scope > tianbao-flash')).toHaveLength(1);
    vi.advanceTimersByTime(1500);
    expect(document.querySelector('tianbao-flash')).toBeNull();

    expect(showRange(field, 3, 99)).toBe(false);
    expect(document.querySelector('tianbao-flash')).toBeNull();
    field.remove();
    vi.useRealTimers();
  });
});
