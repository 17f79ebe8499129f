import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../tests/support/snippets';
import { loadPinyin, pinyinLoaded, readingsOf } from './pinyin';
import { SnippetIndex } from './search';

// Its own file: pinyin-pro is loaded once per module graph, and these tests need it absent first.
const LIBRARY = [
  makeSnippet({ id: 'a', title: '存在问题', body: '查摆问题，剖析根源。', tags: ['对照检查'] }),
  makeSnippet({ id: 'b', title: '述职报告·开头', body: '一年来，我认真履行职责。', tags: ['开头'] }),
  makeSnippet({ id: 'c', title: 'GDP 增长', body: '全年 gdp 增长 6%。', tags: [] }),
];
const ids = (index: SnippetIndex, query: string) => index.search(query, { now: 0 }).hits.map((h) => h.snippet.id);

describe('pinyin loaded on demand', () => {
  it('gives literal results before, and the same results as a fresh index once loaded', async () => {
    expect(pinyinLoaded()).toBe(false);
    expect(readingsOf('存')).toBeUndefined();
    const early = new SnippetIndex(LIBRARY);
    // A Latin query typed before pinyin-pro arrives: literal matches only.
    expect(ids(early, 'czwt')).toEqual([]);
    expect(ids(early, 'gdp')).toEqual(['c']);
    expect(ids(early, '问题')).toEqual(['a']);

    await loadPinyin();
    expect(pinyinLoaded()).toBe(true);
    expect(readingsOf('存')).toContain('cun');
    const fresh = new SnippetIndex(LIBRARY);
    for (const query of ['czwt', 'shuzhi', 'kt', 'gdp', '问题', 'dzjc', '']) {
      expect(ids(early, query), query).toEqual(ids(fresh, query));
      expect(early.search(query, { now: 0 }).hits, query).toEqual(fresh.search(query, { now: 0 }).hits);
    }
    expect(ids(early, 'czwt')).toEqual(['a']);
  });
});
