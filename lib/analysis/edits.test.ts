import { describe, expect, it } from 'vitest';
import { mergeEdits } from './edits';

const apply = (text: string, m: { start: number; end: number; text: string }) =>
  text.slice(0, m.start) + m.text + text.slice(m.end);

describe('mergeEdits', () => {
  it('makes a heading and its renumbering one replacement that gives the same text', () => {
    const text = '一、学习\n内容\n二、问题\n不足\n三、打算\n';
    const edits = [
      { start: 16, end: 17, text: '四' },
      { start: 8, end: 9, text: '三' },
      { start: 8, end: 8, text: '二、工作\n' },
    ];
    const merged = mergeEdits(text, edits, { edit: 2, offset: 5 });
    expect(merged).toMatchObject({ start: 8, end: 21, was: text.slice(8, 21) });
    expect(apply(text, merged ?? { start: 0, end: 0, text: '' })).toBe(
      '一、学习\n内容\n二、工作\n三、问题\n不足\n四、打算\n',
    );
    expect(merged?.caret).toBe(5);
  });

  it('keeps a single fix as it is', () => {
    expect(mergeEdits('甲,乙', [{ start: 1, end: 2, text: '，' }])).toEqual({ start: 1, end: 2, text: '，', was: ',' });
  });

  it('refuses overlapping edits, edits past the text, and none', () => {
    expect(
      mergeEdits('abcdef', [
        { start: 1, end: 3, text: 'x' },
        { start: 2, end: 4, text: 'y' },
      ]),
    ).toBeUndefined();
    expect(mergeEdits('abc', [{ start: 2, end: 9, text: 'x' }])).toBeUndefined();
    expect(mergeEdits('abc', [])).toBeUndefined();
  });
});
