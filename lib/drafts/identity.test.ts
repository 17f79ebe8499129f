// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftableFields, identify, neverSaved } from './identity';

// (jsdom's import.meta.url is not a file URL; tests run from the repository root.)
const DEMO = readFileSync(resolve('tests/fixtures/site/demo-form.html'), 'utf8');
const SENSITIVE = readFileSync(resolve('tests/fixtures/site/drafts-form.html'), 'utf8');

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}
// jsdom has no isContentEditable; the attribute rule is enough for these pages.
if (!('isContentEditable' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'isContentEditable', {
    get(this: HTMLElement) {
      return (
        this.closest('[contenteditable]')?.getAttribute('contenteditable') !== 'false' &&
        this.closest('[contenteditable]') !== null
      );
    },
  });
}

const keys = (doc: Document) => draftableFields(doc).map((field) => identify(field).key);

describe('identify', () => {
  it('keys the demo form’s fields by id, else name, and labels them from their cells', () => {
    const doc = load(DEMO);
    expect(keys(doc)).toEqual(['#xm', 'name=csny', '#dw', '#zw', '#grzj', '#gzsj', '#wt']);
    expect(identify(doc.querySelector('#grzj') as HTMLElement).label).toBe('个人总结');
    expect(identify(doc.querySelector('#gzsj') as HTMLElement).label).toBe('主要工作实绩');
  });

  it('gives the same keys after a reload (a new document with the same form)', () => {
    const first = keys(load(DEMO));
    expect(keys(load(DEMO))).toEqual(first);
  });

  it('falls back to the label and position for fields with neither id nor name, and skips generated ids', () => {
    const doc = load(`<form>
      <label>述职报告 <textarea></textarea></label>
      <textarea id="react-:r3:" aria-label="存在的问题"></textarea>
      <div contenteditable="true"></div>
    </form>`);
    expect(keys(doc)).toEqual(['label=述职报告@0', 'label=存在的问题@1', '@2']);
  });
});

describe('neverSaved', () => {
  it('refuses passwords, one-time codes and card numbers, and lists none of them as draftable', () => {
    const doc = load(SENSITIVE);
    const field = (id: string) => doc.getElementById(id) as HTMLInputElement;
    expect(neverSaved(field('password'))).toBe(true);
    expect(neverSaved(field('otp'))).toBe(true);
    expect(neverSaved(field('card'))).toBe(true);
    expect(neverSaved(field('report'))).toBe(false);
    expect(keys(doc)).toEqual(['#report', '#private']);
  });
});
