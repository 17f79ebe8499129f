import { Index as FlexIndex } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { pinyin } from 'pinyin-pro';
import type { Snippet } from '../lib/db/tianbao';
import { fold, parseQuery } from '../lib/snippets/query';

/** A search library set up for Chinese as well as it allows: build once, then ids for a query. */
export interface Peer {
  name: string;
  build(snippets: readonly Snippet[]): void;
  search(query: string): string[];
}

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[a-z0-9]+/g;

// Unigrams and bigrams of every run of Han characters, and Latin words: the usual CJK tokenising.
function ngrams(text: string, out: Set<string>): void {
  for (const [run] of fold(text).matchAll(HAN_RUN)) {
    for (let i = 0; i < run.length; i++) {
      out.add(run.charAt(i));
      if (i + 1 < run.length) out.add(run.slice(i, i + 2));
    }
  }
  for (const [word] of fold(text).matchAll(WORD)) out.add(word);
}

// Pinyin of a title or tag (the most likely reading, as pinyin-pro gives it in context): every
// suffix of its initials and of its syllables, so that a prefix search finds `czwt` inside it.
function pinyinTokens(text: string, out: Set<string>): void {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' });
  for (let i = 0; i < syllables.length; i++) {
    out.add(
      syllables
        .slice(i)
        .map((s) => s.charAt(0))
        .join(''),
    );
    out.add(syllables.slice(i).join(''));
  }
}

function tokensOf(s: Snippet): string {
  const out = new Set<string>();
  for (const field of [s.title, s.body, ...s.tags]) ngrams(field, out);
  for (const field of [s.title, ...s.tags]) pinyinTokens(field, out);
  return [...out].join(' ');
}

// A query as tokens: a Chinese term becomes its bigrams (or itself), a Latin term stays whole.
function queryTokens(query: string): string[] {
  return parseQuery(query).flatMap((term) => {
    if (term.length < 2 || /[a-z]/.test(term)) return [term];
    return Array.from({ length: term.length - 1 }, (_, i) => term.slice(i, i + 2));
  });
}

const split = (text: string) => text.split(' ').filter(Boolean);

/** MiniSearch over n-gram and pinyin tokens, AND of all query tokens, prefix search for pinyin. */
export function miniSearchPeer(): Peer {
  let index = new MiniSearch<{ id: string; tokens: string }>({
    fields: ['tokens'],
    tokenize: split,
    processTerm: (t) => t,
  });
  return {
    name: 'minisearch',
    build(snippets) {
      index = new MiniSearch({ fields: ['tokens'], tokenize: split, processTerm: (t) => t });
      index.addAll(snippets.map((s) => ({ id: s.id, tokens: tokensOf(s) })));
    },
    search(query) {
      const tokens = queryTokens(query);
      if (tokens.length === 0) return [];
      return index
        .search(tokens.join(' '), { combineWith: 'AND', prefix: (term) => /[a-z]/.test(term) })
        .map((r) => String(r.id));
    },
  };
}

/** FlexSearch over the same tokens, forward (prefix) tokenising, intersection of query tokens. */
export function flexSearchPeer(): Peer {
  let index = new FlexIndex({ tokenize: 'forward', encode: split });
  let ids: string[] = [];
  return {
    name: 'flexsearch',
    build(snippets) {
      index = new FlexIndex({ tokenize: 'forward', encode: split });
      ids = snippets.map((s) => s.id);
      snippets.forEach((s, i) => {
        index.add(i, tokensOf(s));
      });
    },
    search(query) {
      const tokens = queryTokens(query);
      if (tokens.length === 0) return [];
      const found = index.search(tokens.join(' '), { limit: ids.length }) as number[];
      return found.map((i) => ids[i] ?? '');
    },
  };
}

/** fuse.js extended search: an include-match (`'term`) per term over title, body, tags and pinyin. */
export function fusePeer(): Peer {
  type Doc = { id: string; title: string; body: string; tags: string[]; py: string };
  let fuse = new Fuse<Doc>([]);
  return {
    name: 'fuse.js',
    build(snippets) {
      const docs = snippets.map((s) => {
        const py = new Set<string>();
        for (const field of [s.title, ...s.tags]) pinyinTokens(field, py);
        return { id: s.id, title: fold(s.title), body: fold(s.body), tags: s.tags.map(fold), py: [...py].join(' ') };
      });
      fuse = new Fuse(docs, { keys: ['title', 'body', 'tags', 'py'], useExtendedSearch: true, ignoreLocation: true });
    },
    search(query) {
      const terms = parseQuery(query);
      if (terms.length === 0) return [];
      return fuse.search(terms.map((t) => `'${t}`).join(' ')).map((r) => r.item.id);
    },
  };
}
