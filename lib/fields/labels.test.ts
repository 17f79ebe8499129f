// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLabel, starred } from '../analysis/field-read';
import { MAX_LABEL_READ } from '../calls/limits';
import { findLabel } from './labels';

// The bundled demo form is a saved page in the shape of the assessment systems: label cells to
// the left, red stars, a hint in the field's own cell.
// (jsdom's import.meta.url is not a file URL; tests run from the repository root.)
const DEMO = readFileSync(resolve('tests/fixtures/site/demo-form.html'), 'utf8');

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

// What the panel shows: the page's read (findLabel) as the worker tidies it.
const understood = (el: HTMLElement) => {
  const read = findLabel(el);
  return { text: cleanLabel(read), starred: starred(read) };
};

describe('findLabel', () => {
  it('reads the demo form’s label cells, stars included', () => {
    const doc = load(DEMO);
    const label = (selector: string) => understood(doc.querySelector(selector) as HTMLElement);
    expect(label('#xm')).toEqual({ text: '姓名', starred: true });
    expect(label('#dw')).toEqual({ text: '工作单位', starred: true });
    expect(label('#zw')).toEqual({ text: '职务', starred: false });
    expect(label('#grzj')).toEqual({ text: '个人总结', starred: true });
    expect(label('#gzsj')).toEqual({ text: '主要工作实绩', starred: false });
    expect(label('#wt')).toEqual({ text: '存在的问题和不足', starred: false });
  });

  it.each([
    ['<label for="f">个人总结：</label><textarea id="f"></textarea>', '个人总结'],
    ['<label>存在问题 <textarea id="f"></textarea></label>', '存在问题'],
    ['<span id="l">下步打算</span><textarea id="f" aria-labelledby="l"></textarea>', '下步打算'],
    ['<textarea id="f" aria-label="述职报告"></textarea>', '述职报告'],
    ['<fieldset><legend>廉洁自律情况</legend><textarea id="f"></textarea></fieldset>', '廉洁自律情况'],
    ['<textarea id="f" placeholder="请输入工作总结"></textarea>', '请输入工作总结'],
    [
      '<table><tr><th>姓名</th><th>述职内容</th></tr><tr><td>张三</td><td><textarea id="f"></textarea></td></tr></table>',
      '述职内容',
    ],
    ['<table><tr><th>述职内容</th></tr><tr><td><textarea id="f"></textarea></td></tr></table>', '述职内容'],
    ['<div>主要工作实绩</div><div><div id="f" contenteditable="true"></div></div>', '主要工作实绩'],
    ['<div id="f" contenteditable="true" aria-label="Rich Text Editor. Editing area: main"></div>', ''],
  ])('%s → %s', (html, text) => {
    const doc = load(`<body>${html}</body>`);
    expect(understood(doc.getElementById('f') as HTMLElement).text).toBe(text);
  });

  it('sends the label as the page shows it, each run of whitespace one space, bounded', () => {
    const doc = load(DEMO);
    // The star and the colon stay for the worker to read; 姓　　名's fill spaces become one.
    expect(findLabel(doc.querySelector('#xm') as HTMLElement)).toBe('*姓 名');
    load(`<body><label for="f">\n   个人\t总结：\n</label><textarea id="f"></textarea></body>`);
    expect(findLabel(document.getElementById('f') as HTMLElement)).toBe('个人 总结：');
    load(`<body><label for="f">${'说明'.repeat(500)}</label><textarea id="f"></textarea></body>`);
    expect(findLabel(document.getElementById('f') as HTMLElement)).toHaveLength(MAX_LABEL_READ);
  });

  it('passes over a rule whose text is only a star or a colon', () => {
    load('<body><label for="f">* ：</label><textarea id="f" placeholder="请填写个人总结"></textarea></body>');
    expect(findLabel(document.getElementById('f') as HTMLElement)).toBe('请填写个人总结');
  });
});
