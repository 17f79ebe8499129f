// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLabel, findLabel } from './labels';

// The bundled demo form is a saved page in the shape of the assessment systems: label cells to
// the left, red stars, a hint in the field's own cell.
// (jsdom's import.meta.url is not a file URL; tests run from the repository root.)
const DEMO = readFileSync(resolve('tests/fixtures/site/demo-form.html'), 'utf8');

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

describe('findLabel', () => {
  it('reads the demo form’s label cells, stars included', () => {
    const doc = load(DEMO);
    const label = (selector: string) => findLabel(doc.querySelector(selector) as HTMLElement);
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
    expect(findLabel(doc.getElementById('f') as HTMLElement).text).toBe(text);
  });
});

describe('cleanLabel', () => {
  it('drops stars, colons and fill spaces but keeps spaces between Latin words', () => {
    expect(cleanLabel('*姓　　名：')).toBe('姓名');
    expect(cleanLabel(' Job  title: ')).toBe('Job title');
  });
});
