// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraftPrompt } from './draft-prompt';

const buttons = (root: ShadowRoot | null) => [...(root?.querySelectorAll('button') ?? [])];

afterEach(() => document.querySelector('tianbao-draft')?.remove());

describe('createDraftPrompt', () => {
  it('offers drafts as a status; 恢复草稿 closes it and restores, without taking the caret from the field', () => {
    const field = document.body.appendChild(document.createElement('textarea'));
    field.focus();
    const prompt = createDraftPrompt(document);
    expect(document.querySelector('tianbao-draft')).toBeNull();
    const restore = vi.fn();
    prompt.offer('此页有比栏目现有内容更长的草稿。', '恢复草稿', '忽略', restore);
    expect(document.querySelectorAll('tianbao-draft')).toHaveLength(1);
    const root = prompt.root;
    expect(root?.querySelector('[role=status] p')?.textContent).toBe('此页有比栏目现有内容更长的草稿。');
    expect(buttons(root).map((b) => b.textContent)).toEqual(['恢复草稿', '忽略']);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    buttons(root)[0]?.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    buttons(root)[0]?.click();
    expect(restore).toHaveBeenCalledOnce();
    expect(document.querySelector('tianbao-draft')).toBeNull();
    expect(prompt.root).toBeNull();
    expect(document.activeElement).toBe(field);
    field.remove();
  });

  it('warns as an alert, in place of an offer; 忽略 closes it', () => {
    const prompt = createDraftPrompt(document);
    const restore = vi.fn();
    prompt.offer('此页有草稿。', '恢复草稿', '忽略', restore);
    prompt.warn('草稿未能保存：浏览器存储空间已满。', '忽略');
    expect(document.querySelectorAll('tianbao-draft')).toHaveLength(1);
    const root = prompt.root;
    expect(root?.querySelector('[role=alert] p')?.textContent).toBe('草稿未能保存：浏览器存储空间已满。');
    expect(buttons(root).map((b) => b.textContent)).toEqual(['忽略']);
    buttons(root)[0]?.click();
    expect(document.querySelector('tianbao-draft')).toBeNull();
    expect(restore).not.toHaveBeenCalled();
  });
});
