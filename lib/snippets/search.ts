import type { Snippet } from './db';
import { type Highlightable, highlight, type SearchHit } from './highlight';
import {
  addLetterPairs,
  emptyLetterPairs,
  type LetterPairs,
  matchPinyin,
  pairsAllow,
  readingsOfText,
  textLetterMask,
} from './pinyin';
import { fold, makeTerm, parseQuery, type Term } from './query';
import { frecency, topK } from './rank';

export type { Range, SearchHit } from './highlight';

/** The ranked matches of a query: the first `limit` with highlights, and how many matched in all. */
export interface SearchResult {
  hits: SearchHit[];
  total: number;
}

/** Narrowing of a search; a snippet with an empty `genres`/`sections` list matches any. */
export interface SearchOptions {
  genre?: string;
  section?: string;
  /** How many hits to return with highlights (default 50); `total` still counts all. */
  limit?: number;
  /** Clock for recency ranking (ms since epoch). */
  now?: number;
}

// A snippet prepared once for searching: folded fields and the readings of title and tags.
interface Entry extends Highlightable {
  /** Letters of the title and tags and of their readings, as a 26-bit mask. */
  letters: number;
  /** Letter pairs a pinyin match in the title or tags can produce, to skip hopeless matching. */
  pairs: LetterPairs;
}

function prepare(snippet: Snippet): Entry {
  const title = fold(snippet.title);
  const tags = snippet.tags.map(fold);
  const titleReadings = readingsOfText(title);
  const tagReadings = tags.map(readingsOfText);
  let letters = textLetterMask(title, titleReadings);
  const pairs = emptyLetterPairs();
  addLetterPairs(pairs, title, titleReadings);
  tags.forEach((tag, i) => {
    letters |= textLetterMask(tag, tagReadings[i] ?? []);
    addLetterPairs(pairs, tag, tagReadings[i] ?? []);
  });
  const body = fold(snippet.body);
  return { snippet, title, body, tags, titleReadings, tagReadings, letters, pairs };
}

// How well one term matches: 0 no match, 1 body only, 3–5 in a tag, 6+ in the title.
function termScore(entry: Entry, term: Term): number {
  const at = entry.title.indexOf(term.text);
  if (at >= 0) return at === 0 ? 10 : 8;
  const pinyinHere =
    term.pinyin && (term.letters & entry.letters) === term.letters && pairsAllow(entry.pairs, term.text);
  if (pinyinHere && matchPinyin(term.text, entry.title, entry.titleReadings)) return 6;
  let best = 0;
  for (let i = 0; i < entry.tags.length; i++) {
    const tag = entry.tags[i] ?? '';
    if (tag.includes(term.text)) best = Math.max(best, tag === term.text ? 5 : 4);
    else if (pinyinHere && best < 3 && matchPinyin(term.text, tag, entry.tagReadings[i] ?? [])) best = 3;
  }
  if (best > 0) return best;
  return entry.body.includes(term.text) ? 1 : 0;
}

function sameText(a: Snippet, b: Snippet): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    a.tags.length === b.tags.length &&
    a.tags.every((t, i) => t === b.tags[i])
  );
}

function allows(list: readonly string[], wanted: string | undefined): boolean {
  return wanted === undefined || list.length === 0 || list.includes(wanted);
}

interface LastSearch {
  version: number;
  genre: string | undefined;
  section: string | undefined;
  terms: readonly string[];
  matched: Entry[];
}

interface Ranked {
  entry: Entry;
  /** Terms found in the title, then in title or tags, then favourite, packed in one number. */
  tier: number;
  frecency: number;
  score: number;
}

/**
 * Order of results: terms found in the title first, then in title or tags (literally or by pinyin),
 * then favourites, then frequently and recently used ones, then closer matches (literal before pinyin, title start),
 * then shorter titles; the id breaks ties so the order is stable.
 */
function compare(a: Ranked, b: Ranked): number {
  return (
    b.tier - a.tier ||
    b.frecency - a.frecency ||
    b.score - a.score ||
    b.entry.snippet.updatedAt - a.entry.snippet.updatedAt ||
    a.entry.title.length - b.entry.title.length ||
    (a.entry.snippet.id < b.entry.snippet.id ? -1 : a.entry.snippet.id > b.entry.snippet.id ? 1 : 0)
  );
}

/**
 * The in-memory search index of the snippet library. Build it once from the database, then keep it
 * current with `upsert` and `remove` as snippets change: only the changed snippet is re-prepared.
 */
export class SnippetIndex {
  private readonly entries = new Map<string, Entry>();
  // Bumped on every change, so that `last` is only reused for the library it was found in.
  private version = 0;
  private last: LastSearch | undefined;

  constructor(snippets: Iterable<Snippet> = []) {
    for (const snippet of snippets) this.upsert(snippet);
  }

  /** How many snippets the index holds. */
  get size(): number {
    return this.entries.size;
  }

  /** Adds a snippet, or replaces the indexed version of one with the same id. */
  upsert(snippet: Snippet): void {
    const old = this.entries.get(snippet.id);
    // Favourite, counters, genres and sections are read live; only text changes need preparing.
    if (old && sameText(old.snippet, snippet)) this.entries.set(snippet.id, { ...old, snippet });
    else this.entries.set(snippet.id, prepare(snippet));
    this.version++;
  }

  /**
   * Makes the index hold exactly `snippets` (e.g. each time a live query delivers the library),
   * re-preparing only snippets whose title, body or tags changed.
   */
  sync(snippets: Iterable<Snippet>): void {
    const seen = new Set<string>();
    for (const snippet of snippets) {
      seen.add(snippet.id);
      this.upsert(snippet);
    }
    for (const id of this.entries.keys()) if (!seen.has(id)) this.remove(id);
  }

  /** Forgets a snippet; unknown ids are ignored. */
  remove(id: string): void {
    if (this.entries.delete(id)) this.version++;
  }

  // While the user types, each query usually extends the last one (every term of the last is a
  // prefix of the term at its place, maybe with terms added). Its matches are then a subset of the
  // last matches, literally and by pinyin, so only those need checking.
  private pool(texts: readonly string[], options: SearchOptions): Iterable<Entry> {
    const last = this.last;
    const narrows =
      last !== undefined &&
      last.version === this.version &&
      last.genre === options.genre &&
      last.section === options.section &&
      last.terms.length <= texts.length &&
      last.terms.every((term, i) => texts[i]?.startsWith(term));
    return narrows ? last.matched : this.entries.values();
  }

  /** Every snippet that matches all terms of `query`, ranked; an empty query lists all. */
  search(query: string, options: SearchOptions = {}): SearchResult {
    const now = options.now ?? Date.now();
    const texts = parseQuery(query);
    const terms = texts.map(makeTerm);
    const ranked: Ranked[] = [];
    for (const entry of this.pool(texts, options)) {
      const s = entry.snippet;
      if (!allows(s.genres, options.genre) || !allows(s.sections, options.section)) continue;
      let score = 0;
      let titleTerms = 0;
      let tagTerms = 0;
      for (const term of terms) {
        const t = termScore(entry, term);
        if (t === 0) {
          score = -1;
          break;
        }
        score += t;
        if (t >= 6) titleTerms++;
        if (t >= 3) tagTerms++;
      }
      if (score < 0) continue;
      const tier = (titleTerms * 64 + tagTerms) * 2 + s.favorite;
      ranked.push({ entry, tier, score, frecency: frecency(s, now) });
    }
    const matched = ranked.map((r) => r.entry);
    this.last = { version: this.version, genre: options.genre, section: options.section, terms: texts, matched };
    const top = topK(ranked, options.limit ?? 50, compare);
    return { hits: top.map((r) => highlight(r.entry, terms)), total: ranked.length };
  }
}
