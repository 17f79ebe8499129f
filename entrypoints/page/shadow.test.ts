// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { button, element, shadowHost } from './shadow';

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

describe('element and button', () => {
  it('set the class and text only when given; a button never submits a form', () => {
    const plain = element(document, 'p');
    expect([plain.className, plain.textContent]).toEqual(['', '']);
    const item = element(document, 'span', 'field', '个人总结：');
    expect([item.className, item.textContent]).toEqual(['field', '个人总结：']);
    const back = button(document, '返回修改', 'primary');
    expect([back.type, back.className, back.textContent]).toEqual(['button', 'primary', '返回修改']);
  });
});
