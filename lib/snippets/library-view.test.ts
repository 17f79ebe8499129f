import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../tests/support/snippets';
import type { Snippet } from '../db/tianbao';
import { filterSnippets, sortSnippets } from './library-view';

const snippet = (id: string, over: Partial<Snippet>): Snippet => makeSnippet({ id, title: id, body: '', ...over });

const list = [
  snippet('a', { title: '张', updatedAt: 3, useCount: 1, body: '党建工作' }),
  snippet('b', { title: '阿', updatedAt: 1, useCount: 9, tags: ['ＫＰＩ'], favorite: 1 }),
  snippet('c', { title: '存在问题', updatedAt: 2, useCount: 1, lastUsedAt: 5 }),
];
const ids = (xs: Snippet[]) => xs.map((s) => s.id);

describe('sortSnippets', () => {
  it('orders by last change, by use, or by title in pinyin order', () => {
    expect(ids(sortSnippets(list, 'recent'))).toEqual(['a', 'c', 'b']);
    expect(ids(sortSnippets(list, 'used'))).toEqual(['b', 'c', 'a']);
    // 阿 (a) < 存 (cun) < 张 (zhang), which code-point order would not give.
    expect(ids(sortSnippets(list, 'title'))).toEqual(['b', 'c', 'a']);
    expect(['张', '阿', '存在问题'].sort()).not.toEqual(['阿', '存在问题', '张']);
  });

  it('does not change the list it is given', () => {
    sortSnippets(list, 'title');
    expect(ids(list)).toEqual(['a', 'b', 'c']);
  });
});

describe('filterSnippets', () => {
  it('matches every term in the title, tags or body, folding full-width letters', () => {
    expect(ids(filterSnippets(list, '党建'))).toEqual(['a']);
    expect(ids(filterSnippets(list, 'kpi'))).toEqual(['b']);
    expect(ids(filterSnippets(list, '存在　问题'))).toEqual(['c']);
    expect(ids(filterSnippets(list, '存在 党建'))).toEqual([]);
    expect(ids(filterSnippets(list, '  '))).toEqual(['a', 'b', 'c']);
  });

  it('keeps only favourites when asked', () => {
    expect(ids(filterSnippets(list, '', true))).toEqual(['b']);
    expect(ids(filterSnippets(list, '党建', true))).toEqual([]);
  });
});
