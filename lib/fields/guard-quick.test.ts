// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Field } from './editable';
import { formShape, quickLook } from './guard-quick';

function form(html: string) {
  document.body.innerHTML = html;
  const fields = Array.from(document.querySelectorAll('textarea, input')) as Field[];
  return { shape: formShape([document], fields, new Map([['0', 1]])), fields };
}

describe('the quick look on a 提交 press', () => {
  it('is `same` while no text changed, `changed` once one did', () => {
    const { shape } = form('<input id="xm" value="张某"><textarea id="zj">一年来</textarea>');
    expect(quickLook(shape, [document])).toBe('same');
    (document.getElementById('zj') as HTMLTextAreaElement).value = '一年来，';
    expect(quickLook(shape, [document])).toBe('changed');
  });

  it('is `unknown` when fields came or went, or the documents are others', () => {
    const { shape } = form('<input id="xm"><textarea id="zj"></textarea>');
    document.body.append(document.createElement('textarea'));
    expect(quickLook(shape, [document])).toBe('unknown');
    const again = form('<input id="xm"><textarea id="zj"></textarea>').shape;
    document.getElementById('zj')?.remove();
    document.body.append(document.createElement('textarea'));
    expect(quickLook(again, [document])).toBe('unknown');
    expect(quickLook(form('<input>').shape, [])).toBe('unknown');
  });
});
