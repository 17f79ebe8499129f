import type { Snippet } from './db';
import { highlight, type SearchHit } from './highlight';
import { type Entry, Interner, Plan, prepare, scoreOf, unpackScore } from './match';
import { intersect, intersectAll, type Slots, union } from './postings';
import { makeTerm, parseQuery } from './query';
import { frecency, topK } from './rank';
import { type Candidates, TextIndex } from './text-index';

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
  matched: Slots;
}

// Ranking keys of the slots matched by the current query, reused from query to query so that a
// query matching thousands of snippets allocates nothing per match.
class RankKeys {
  /** Terms found in the title, then in title or tags, then favourite, packed in one number. */
  tier = new Int32Array(0);
  score = new Int32Array(0);
  frecency = new Float64Array(0);

  /** Makes room for slots below `n`. */
  reserve(n: number): void {
    if (this.tier.length >= n) return;
    const size = Math.max(n, this.tier.length * 2);
    this.tier = new Int32Array(size);
    this.score = new Int32Array(size);
    this.frecency = new Float64Array(size);
  }
}

/**
 * Order of results: terms found in the title first, then in title or tags (literally or by pinyin),
 * then favourites, then frequently and recently used ones, then closer matches (literal before pinyin, title start),
 * then shorter titles; the id breaks ties so the order is stable.
 */
function compareSlots(
  keys: RankKeys,
  slots: readonly (Entry | undefined)[],
  now: number,
): (a: number, b: number) => number {
  const { tier, frecency: fr, score } = keys;
  // Frecency (a power) is only worked out for slots that the tier does not already place: NaN until then.
  const frecencyOf = (slot: number) => {
    let f = fr[slot] as number;
    if (Number.isNaN(f)) fr[slot] = f = frecency((slots[slot] as Entry).snippet, now);
    return f;
  };
  return (a, b) => {
    const byKeys =
      (tier[b] as number) - (tier[a] as number) ||
      frecencyOf(b) - frecencyOf(a) ||
      (score[b] as number) - (score[a] as number);
    if (byKeys !== 0) return byKeys;
    const x = slots[a] as Entry;
    const y = slots[b] as Entry;
    return (
      y.snippet.updatedAt - x.snippet.updatedAt ||
      x.title.length - y.title.length ||
      (x.snippet.id < y.snippet.id ? -1 : x.snippet.id > y.snippet.id ? 1 : 0)
    );
  };
}

/**
 * The matched slots that can be among the first `limit`: those whose tier is at least the
 * `limit`-th highest, since the tier is compared first. Most matches of a common term fall below
 * it, so they are never compared further (nor their frecency worked out).
 */
function contenders(found: Slots, tier: Int32Array, limit: number): Slots {
  if (found.length <= limit) return found;
  let max = 0;
  for (let i = 0; i < found.length; i++) max = Math.max(max, tier[found[i] as number] as number);
  const counts = new Int32Array(max + 1);
  for (let i = 0; i < found.length; i++) (counts[tier[found[i] as number] as number] as number)++;
  let floor = max;
  for (let above = counts[max] as number; floor > 0 && above < limit; above += counts[floor] as number) floor--;
  if (floor === 0) return found;
  return found.filter((slot) => (tier[slot] as number) >= floor);
}

/**
 * The in-memory search index of the snippet library. Build it once from the database, then keep it
 * current with `upsert` and `remove` as snippets change: only the changed snippet is re-prepared.
 * Each prepared snippet has a slot; an edit of its text moves it to a new slot at the end, so that
 * the postings of `TextIndex` stay sorted, and the index is rebuilt once most slots are vacant.
 */
export class SnippetIndex {
  private slots: (Entry | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private text = new TextIndex();
  private texts = new Interner();
  // Bumped on every change, so that `last` is only reused for the library it was found in.
  private version = 0;
  private last: LastSearch | undefined;
  private readonly keys = new RankKeys();

  constructor(snippets: Iterable<Snippet> = []) {
    for (const snippet of snippets) this.upsert(snippet);
    this.text.trim();
  }

  /** How many snippets the index holds. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Approximate bytes of the postings, and how many there are. */
  get postings(): { bytes: number; count: number } {
    return { bytes: this.text.bytes(), count: this.text.postings() };
  }

  /** Adds a snippet, or replaces the indexed version of one with the same id. */
  upsert(snippet: Snippet): void {
    const at = this.slotOf.get(snippet.id);
    const old = at === undefined ? undefined : this.slots[at];
    this.version++;
    // Favourite, counters, genres and sections are read live; only text changes need preparing.
    if (at !== undefined && old && sameText(old.snippet, snippet)) {
      this.slots[at] = { ...old, snippet, favorite: snippet.favorite };
      return;
    }
    if (at !== undefined) this.slots[at] = undefined;
    const entry = prepare(snippet, this.texts);
    const slot = this.slots.length;
    this.slots.push(entry);
    this.slotOf.set(snippet.id, slot);
    this.text.add(entry, slot);
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
    for (const id of this.slotOf.keys()) if (!seen.has(id)) this.remove(id);
  }

  /** Forgets a snippet; unknown ids are ignored. */
  remove(id: string): void {
    const at = this.slotOf.get(id);
    if (at === undefined) return;
    this.slotOf.delete(id);
    this.slots[at] = undefined;
    this.version++;
  }

  // Vacant slots cost postings and verification; once they outnumber the snippets, start afresh.
  private compact(): void {
    if (this.slots.length < 1024 || this.slots.length < this.slotOf.size * 2) return;
    const live = this.slots.filter((e): e is Entry => e !== undefined);
    this.slots = live;
    this.text = new TextIndex();
    this.texts = new Interner();
    live.forEach((entry, slot) => {
      entry.titleId = this.texts.id(entry.title);
      entry.tagIds = entry.tags.map((tag) => this.texts.id(tag));
      this.slotOf.set(entry.snippet.id, slot);
      this.text.add(entry, slot);
    });
    this.version++;
  }

  // The slots that may match every term: the postings of each term, intersected. While the user
  // types, each query usually extends the last one (every term of the last is a prefix of the term
  // at its place, maybe with terms added); its matches are then among the last matches too. After
  // an empty query, which matched everything, there is nothing to narrow by.
  private pool(texts: readonly string[], candidates: readonly Candidates[], options: SearchOptions): Slots | undefined {
    const lists: Slots[] = [];
    for (const c of candidates) if (c.head && c.body) lists.push(union(union(c.head, c.body), c.pinyin));
    const pool = intersectAll(lists);
    const last = this.last;
    const narrows =
      last !== undefined &&
      last.version === this.version &&
      last.genre === options.genre &&
      last.section === options.section &&
      last.terms.length > 0 &&
      last.terms.length <= texts.length &&
      last.terms.every((term, i) => texts[i]?.startsWith(term));
    if (!narrows) return pool;
    return pool ? intersect(pool, last.matched) : last.matched;
  }

  /** Every snippet that matches all terms of `query`, ranked; an empty query lists all. */
  search(query: string, options: SearchOptions = {}): SearchResult {
    this.compact();
    const now = options.now ?? Date.now();
    const texts = parseQuery(query);
    const terms = texts.map(makeTerm);
    const candidates = terms.map((term) => this.text.candidates(term));
    const plans = terms.map((term, i) => new Plan(term, candidates[i] as Candidates, this.texts.size));
    const pool = this.pool(texts, candidates, options);
    const n = pool ? pool.length : this.slots.length;
    const matched = new Int32Array(n);
    const keys = this.keys;
    keys.reserve(this.slots.length);
    const { genre, section } = options;
    const filtered = genre !== undefined || section !== undefined;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const slot = pool ? (pool[i] as number) : i;
      const entry = this.slots[slot];
      if (!entry) continue;
      if (filtered && !(allows(entry.snippet.genres, genre) && allows(entry.snippet.sections, section))) continue;
      const packed = scoreOf(entry, slot, plans);
      if (packed < 0) continue;
      const { score, titleTerms, tagTerms } = unpackScore(packed);
      keys.tier[slot] = (titleTerms * 64 + tagTerms) * 2 + entry.favorite;
      keys.score[slot] = score;
      keys.frecency[slot] = Number.NaN;
      matched[m++] = slot;
    }
    const found = matched.subarray(0, m);
    this.last = { version: this.version, genre: options.genre, section: options.section, terms: texts, matched: found };
    const limit = options.limit ?? 50;
    const top = topK(contenders(found, keys.tier, limit), limit, compareSlots(keys, this.slots, now));
    return { hits: top.map((slot) => highlight(this.slots[slot] as Entry, terms)), total: m };
  }
}
