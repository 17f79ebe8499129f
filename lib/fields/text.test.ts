// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFieldText } from './text';

function editable(html: string): HTMLElement {
  const div = document.createElement('div');
  div.contentEditable = 'true';
  div.innerHTML = html;
  document.body.append(div);
  return div;
}

describe('readFieldText', () => {
  it.each([
    ['<p>一、基本情况</p><p>正文。</p>', '一、基本情况\n正文。'],
    ['<p>甲</p><p><br></p><p>乙</p>', '甲\n\n乙'],
    ['甲<br>乙', '甲\n乙'],
    ['<p>甲<br></p><p>乙</p>', '甲\n乙'],
    ['<div>甲<b>粗</b>乙</div>', '甲粗乙'],
    ['<p><br></p>', ''],
    ['', ''],
    ['<ul><li>一</li><li>二</li></ul>', '一\n二'],
    ['<p><span data-slate-zero-width="n">\ufeff</span></p><p>乙</p>', '\n乙'],
    ['<p>甲</p><style>p{}</style><p>乙</p>', '甲\n乙'],
  ])('%s', (html, text) => {
    expect(readFieldText(editable(html)).text).toBe(text);
  });

  it('maps every character offset back to the text node and offset that hold it', () => {
    const field = editable('<p>一、基本情况</p><p>正文<b>加粗</b>结尾。</p>');
    const { text, position } = readFieldText(field);
    for (let offset = 0; offset < text.length; offset++) {
      const at = position(offset);
      if (text[offset] === '\n') continue;
      expect(at?.node.textContent?.[at.offset], `offset ${offset}`).toBe(text[offset]);
    }
  });

  it('turns DOM positions back into character offsets', () => {
    const field = editable('<p>一、基本情况</p><p>正文<b>加粗</b>结尾。</p><p><br></p>');
    const read = readFieldText(field);
    for (let offset = 0; offset <= read.text.length; offset++) {
      const at = read.position(offset);
      if (!at || read.text[offset - 1] === '\n') continue;
      expect(read.offsetOf(at.node, at.offset), `offset ${offset}`).toBe(offset);
    }
    const second = field.children[1] as HTMLElement;
    expect(read.offsetOf(second, 0)).toBe(read.text.indexOf('正文'));
    expect(read.offsetOf(field, field.childNodes.length)).toBe(read.text.length);
  });

  it('reads a textarea as its value', () => {
    const area = document.createElement('textarea');
    area.value = '一\n二';
    expect(readFieldText(area).text).toBe('一\n二');
  });
});
