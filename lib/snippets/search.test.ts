import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeSnippet } from '../../tests/support/snippets';
import type { Snippet } from '../db/tianbao';
import { loadPinyin, matchPinyin, readingsOfText } from './pinyin';
import { fold } from './query';
import { SnippetIndex } from './search';

// pinyin-pro is loaded on demand (pinyin-lazy.test.ts covers before and after).
beforeAll(() => loadPinyin());

const snippet = makeSnippet;

const titles = (index: SnippetIndex, query: string, options = {}) =>
  index.search(query, { limit: Number.POSITIVE_INFINITY, ...options }).hits.map((h) => h.snippet.title);

describe('SnippetIndex.search', () => {
  const problems = snippet({ title: '存在问题·引语', body: '还存在一些差距和不足。' });
  const plans = snippet({ title: '下步打算', body: '针对存在问题，下一步我将改进。' });
  const bank = snippet({ title: '银行业务', body: '负责网点管理。', tags: ['业务'] });
  const index = new SnippetIndex([problems, plans, bank]);

  it('finds a title by pinyin initials, full pinyin and mixed pinyin, and marks the characters', () => {
    for (const query of ['czwt', 'cunzai', 'cunzaiwenti', 'cun在', 'CZWT', 'ｃｚｗｔ']) {
      const [hit] = index.search(query).hits;
      expect(hit?.snippet.title, query).toBe('存在问题·引语');
    }
    expect(index.search('czwt').hits[0]?.titleRanges).toEqual([{ start: 0, end: 4 }]);
    expect(index.search('cunzai').hits[0]?.titleRanges).toEqual([{ start: 0, end: 2 }]);
  });

  it('accepts any reading of a polyphonic character', () => {
    expect(titles(index, 'yinhang')).toEqual(['银行业务']);
    expect(titles(index, 'yinxing')).toEqual(['银行业务']);
    expect(titles(index, 'yh')).toEqual(['银行业务']);
  });

  it('ranks a title match above a body match and marks both', () => {
    const result = index.search('存在问题');
    expect(result.hits.map((h) => h.snippet.title)).toEqual(['存在问题·引语', '下步打算']);
    expect(result.hits[1]?.bodyRanges).toEqual([{ start: 2, end: 6 }]);
  });

  it('requires every term of a multi-term query, in any field', () => {
    expect(titles(index, '存在 改进')).toEqual(['下步打算']);
    expect(titles(index, '银行 网点')).toEqual(['银行业务']);
    expect(titles(index, '银行 不足')).toEqual([]);
    expect(titles(index, 'yh 网点')).toEqual(['银行业务']);
  });

  it('searches tags literally and by pinyin', () => {
    const tagged = snippet({ title: '年终', body: '内容', tags: ['廉政'] });
    const local = new SnippetIndex([tagged]);
    expect(local.search('lz').hits[0]?.tagRanges).toEqual([[{ start: 0, end: 2 }]]);
    expect(titles(local, '廉')).toEqual(['年终']);
  });

  it('puts favourites, then frequently and recently used snippets first among equal matches', () => {
    const now = Date.UTC(2026, 10, 29);
    const plain = snippet({ title: '开头甲' });
    const used = snippet({ title: '开头乙', useCount: 5, lastUsedAt: now - 86_400_000 });
    const stale = snippet({ title: '开头丙', useCount: 5, lastUsedAt: now - 400 * 86_400_000 });
    const starred = snippet({ title: '开头丁', favorite: 1 });
    const local = new SnippetIndex([plain, stale, used, starred]);
    expect(titles(local, '开头', { now })).toEqual(['开头丁', '开头乙', '开头丙', '开头甲']);
    expect(titles(local, '', { now })).toEqual(['开头丁', '开头乙', '开头丙', '开头甲']);
  });

  it('filters by genre and section, where an empty list means any', () => {
    const any = snippet({ title: '通用开头' });
    const shuzhi = snippet({ title: '述职开头', genres: ['shuzhi'], sections: ['opening'] });
    const kaohe = snippet({ title: '考核开头', genres: ['kaohe-gwy'], sections: ['opening'] });
    const local = new SnippetIndex([any, shuzhi, kaohe]);
    expect(titles(local, '开头', { genre: 'shuzhi' }).sort()).toEqual(['通用开头', '述职开头'].sort());
    expect(titles(local, '开头', { section: 'problems' })).toEqual(['通用开头']);
  });

  it('follows edits and deletions without a rebuild', () => {
    const s = snippet({ title: '旧标题', body: '旧正文' });
    const local = new SnippetIndex([s]);
    local.upsert({ ...s, title: '新标题', body: '新正文' });
    expect(titles(local, '旧')).toEqual([]);
    expect(titles(local, 'xbt')).toEqual(['新标题']);
    local.remove(s.id);
    expect(local.size).toBe(0);
    expect(titles(local, '新')).toEqual([]);
  });

  it('syncs to the whole library, picking up new counters and dropping deleted snippets', () => {
    const a = snippet({ title: '开头一' });
    const b = snippet({ title: '开头二' });
    const local = new SnippetIndex([a, b]);
    local.sync([{ ...b, favorite: 1, tags: ['常用'] }, snippet({ title: '开头三' })]);
    expect(titles(local, '开头')).toEqual(['开头二', '开头三']);
    expect(titles(local, 'cy')).toEqual(['开头二']);
  });

  it('merges overlapping marks of several terms and marks every occurrence in the body', () => {
    const s = snippet({ title: '存在问题', body: '问题一：……问题二：……' });
    const [hit] = new SnippetIndex([s]).search('存在 在问 问题').hits;
    expect(hit?.titleRanges).toEqual([{ start: 0, end: 4 }]);
    expect(hit?.bodyRanges).toEqual([
      { start: 0, end: 2 },
      { start: 6, end: 8 },
    ]);
  });

  it('gives UTF-16 offsets past characters outside the BMP', () => {
    const s = snippet({ title: '𠀀存在', body: '𠀀𠀀问题' });
    const [hit] = new SnippetIndex([s]).search('问题').hits;
    expect(hit?.bodyRanges).toEqual([{ start: 4, end: 6 }]);
  });

  it('counts every match while returning only `limit` hits', () => {
    const many = Array.from({ length: 30 }, (_, i) => snippet({ title: `结尾${i}` }));
    const result = new SnippetIndex(many).search('结尾', { limit: 5 });
    expect(result.total).toBe(30);
    expect(result.hits).toHaveLength(5);
  });
});

// Random libraries over a small alphabet so that matches, polyphones and collisions are frequent.
const CHARS = ['存', '在', '问', '题', '行', '长', '重', '银', 'a', 'B', 'ｃ', ' ', '·', '𠀀'];
const text = (max: number) => fc.array(fc.constantFrom(...CHARS), { maxLength: max }).map((chars) => chars.join(''));
const arbSnippet = fc.record({
  title: text(8),
  body: text(40),
  tags: fc.array(text(4), { maxLength: 3 }),
  genres: fc.subarray(['shuzhi', 'duizhao']),
});
// Terms of three and more units too, some with a repeated pair (在在在), whose body matches are
// proven from the pairs' first offsets or searched for.
const QUERY_PARTS = [
  '存在',
  '问',
  'cz',
  'cun',
  'hang',
  'xing',
  'zh',
  'c',
  'a',
  'b',
  '行',
  'yh',
  'cun在',
  '𠀀',
  '存在问题',
  '在在在',
  'abc',
  'bab',
  '问题存在',
];
const arbQuery = fc.array(fc.constantFrom(...QUERY_PARTS), { maxLength: 3 }).map((t) => t.join(' '));

// The brute-force oracle: no index, no filters, straight from the definition of a match.
function oracle(library: Snippet[], query: string, genre?: string): string[] {
  const terms = fold(query).split(/\s+/u).filter(Boolean);
  const pinyinIn = (term: string, field: string) =>
    /[a-z]/.test(term) && !!matchPinyin(term, fold(field), readingsOfText(fold(field)));
  return library
    .filter((s) => genre === undefined || s.genres.length === 0 || s.genres.includes(genre))
    .filter((s) =>
      terms.every(
        (t) =>
          [s.title, s.body, ...s.tags].some((f) => fold(f).includes(t)) ||
          [s.title, ...s.tags].some((f) => pinyinIn(t, f)),
      ),
    )
    .map((s) => s.id)
    .sort();
}

describe('search against a brute-force oracle', () => {
  it('finds exactly the snippets the definition says, after any edits', () => {
    fc.assert(
      fc.property(
        fc.array(arbSnippet, { maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.option(arbSnippet, { nil: undefined })), { maxLength: 5 }),
        arbQuery,
        fc.option(fc.constantFrom('shuzhi', 'duizhao'), { nil: undefined }),
        (fields, edits, query, genre) => {
          let library = fields.map((f) => snippet(f));
          const index = new SnippetIndex(library);
          // Each edit replaces a snippet's fields (upsert) or, without fields, deletes it.
          for (const [at, change] of edits) {
            const target = library[at % Math.max(1, library.length)];
            if (!target) continue;
            if (change) {
              const edited = { ...target, ...change };
              index.upsert(edited);
              library = library.map((s) => (s === target ? edited : s));
            } else {
              index.remove(target.id);
              library = library.filter((s) => s !== target);
            }
          }
          const options = genre === undefined ? {} : { genre };
          const found = index.search(query, { ...options, limit: Number.POSITIVE_INFINITY });
          const ids = found.hits.map((h) => h.snippet.id).sort();
          expect(ids).toEqual(oracle(library, query, genre));
          expect(found.total).toBe(ids.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('search while typing', () => {
  it('finds what the oracle finds at every keystroke, across edits and filter changes', () => {
    const step = fc.oneof(
      arbQuery.map((query) => ({ kind: 'type' as const, query })),
      fc.tuple(fc.nat(), arbSnippet).map(([at, change]) => ({ kind: 'edit' as const, at, change })),
      fc.nat().map((at) => ({ kind: 'remove' as const, at })),
    );
    fc.assert(
      fc.property(
        fc.array(arbSnippet, { maxLength: 12 }),
        fc.array(step, { maxLength: 8 }),
        fc.option(fc.constantFrom('shuzhi', 'duizhao'), { nil: undefined }),
        (fields, steps, genre) => {
          let library = fields.map((f) => snippet(f));
          const index = new SnippetIndex(library);
          for (const s of steps) {
            const target = library[(s.kind === 'type' ? 0 : s.at) % Math.max(1, library.length)];
            if (s.kind === 'edit' && target) {
              const edited = { ...target, ...s.change };
              index.upsert(edited);
              library = library.map((x) => (x === target ? edited : x));
            } else if (s.kind === 'remove' && target) {
              index.remove(target.id);
              library = library.filter((x) => x !== target);
            } else if (s.kind === 'type') {
              // Every prefix of the query, as the user types it; the filter flips halfway.
              for (let n = 0; n <= s.query.length; n++) {
                const g = n * 2 > s.query.length ? undefined : genre;
                const found = index.search(s.query.slice(0, n), { ...(g ? { genre: g } : {}), limit: 1e9 });
                expect(found.hits.map((h) => h.snippet.id).sort()).toEqual(oracle(library, s.query.slice(0, n), g));
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('term counts in the ranking', () => {
  it('ranks by terms found in the title for queries of any length', () => {
    // 64 terms in the title once overflowed a 12-bit field of the packed score.
    const words = Array.from({ length: 64 }, (_, i) => `词${i}`);
    const all = snippet({ title: words.join(' '), body: '' });
    const most = snippet({ title: words.slice(1).join(' '), body: words[0] });
    const index = new SnippetIndex([most, all]);
    expect(index.search(words.join(' ')).hits.map((h) => h.snippet.id)).toEqual([all.id, most.id]);
  });
});

describe('search with a limit', () => {
  it('returns the first hits of the full ranking', () => {
    const ranked = arbSnippet.chain((fields) =>
      fc
        .record({ favorite: fc.constantFrom(0 as const, 1 as const), useCount: fc.nat(3), lastUsedAt: fc.nat(3) })
        .map((keys) => ({ ...fields, ...keys, lastUsedAt: keys.lastUsedAt * 86_400_000 * 20 })),
    );
    fc.assert(
      fc.property(fc.array(ranked, { maxLength: 40 }), arbQuery, fc.nat(6), (fields, query, limit) => {
        const index = new SnippetIndex(fields.map((f) => snippet(f)));
        const ids = (l: number) =>
          index.search(query, { limit: l, now: 100 * 86_400_000 }).hits.map((h) => h.snippet.id);
        expect(ids(limit)).toEqual(ids(Number.POSITIVE_INFINITY).slice(0, limit));
      }),
      { numRuns: 300 },
    );
  });
});

describe('index upkeep', () => {
  it('stays exact through many edits, removals and re-additions, before and after it compacts', () => {
    const [fields = [], edits = []] =
      fc.sample(
        fc.tuple(
          fc.array(arbSnippet, { minLength: 300, maxLength: 300 }),
          fc.array(arbSnippet, { minLength: 1500, maxLength: 1500 }),
        ),
        { numRuns: 1, seed: 42 },
      )[0] ?? [];
    let library = fields.map((f) => snippet(f));
    const index = new SnippetIndex(library);
    const queries = ['存在', '问', 'cz', 'cun在', 'yh', '行 a', 'b', '𠀀', ''];
    const check = () => {
      for (const query of queries) {
        const found = index.search(query, { limit: Number.POSITIVE_INFINITY });
        expect(found.hits.map((h) => h.snippet.id).sort(), query).toEqual(oracle(library, query));
      }
    };
    edits.forEach((change, i) => {
      const target = library[(i * 7) % library.length] as Snippet;
      if (i % 10 === 9) {
        // Removed, then added back with other text, as an undo of a deletion would.
        index.remove(target.id);
        library = library.filter((s) => s !== target);
        if (i % 20 === 19) check();
        const back = { ...target, ...change };
        index.upsert(back);
        library = [...library, back];
      } else {
        const edited = { ...target, ...change };
        index.upsert(edited);
        library = library.map((s) => (s === target ? edited : s));
      }
      if (i % 250 === 0) check();
    });
    check();
    expect(index.size).toBe(library.length);
  });

  it('finds a term whose pairs first occur apart from it, and past 65,535 units of body', () => {
    const scattered = snippet({ title: '甲', body: '效机，长效，机制……长效机制' });
    const long = snippet({ title: '乙', body: `${'填'.repeat(70_000)}长效机制` });
    const decoy = snippet({ title: '丙', body: `长效${'填'.repeat(70_000)}机制` });
    const index = new SnippetIndex([scattered, long, decoy]);
    expect(titles(index, '长效机制').sort()).toEqual(['乙', '甲']);
    expect(index.search('长效机制').hits.find((h) => h.snippet.title === '乙')?.bodyRanges).toEqual([
      { start: 70_000, end: 70_004 },
    ]);
  });

  it('keeps counters and favourites current when the text is unchanged', () => {
    const a = snippet({ title: '开头一', body: '存在问题' });
    const b = snippet({ title: '开头二', body: '存在问题' });
    const index = new SnippetIndex([a, b]);
    index.upsert({ ...b, favorite: 1 });
    expect(titles(index, '存在')).toEqual(['开头二', '开头一']);
    expect(titles(index, 'kt')).toEqual(['开头二', '开头一']);
  });
});
