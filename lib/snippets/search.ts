import type { Snippet } from '../db/tianbao';
import { highlight, type SearchHit } from './highlight';
import { type Entry, HeadMatcher, HeadTexts, Interner, prepare } from './match';
import { pinyinLoaded } from './pinyin';
import { Arena, newSlots, type Slots, seek, union, withArena } from './postings';
import type { Term } from './query';
import { makeTerm, parseQuery } from './query';
import { frecencyOfUse, topK } from './rank';
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

const LIVE = 1;
const FAVORITE = 2;

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
// query matching thousands of snippets allocates nothing per match. A term found in the title or
// tags adds to the slot's keys as soon as it is found there; `stamp` marks the keys written by the
// current query, so that they need no clearing between queries.
class RankKeys {
  /** Terms found in the title, then in title or tags, then favourite, packed in one number. */
  tier = new Int32Array(0);
  score = new Int32Array(0);
  frecency = new Float64Array(0);
  stamp = new Int32Array(0);
  private query = 0;

  /** Makes room for slots below `n`. */
  reserve(n: number): void {
    if (this.tier.length >= n) return;
    const size = Math.max(n, this.tier.length * 2);
    this.tier = new Int32Array(size);
    this.score = new Int32Array(size);
    this.frecency = new Float64Array(size);
    this.stamp = new Int32Array(size);
  }

  /** Starts a query: keys written before are stale from now on. */
  begin(): number {
    this.query = (this.query + 1) | 0 || 1;
    if (this.query === 1) this.stamp.fill(0);
    return this.query;
  }

  /** Adds a term found in the title or tags of `slot` with score `termScore` (see `HeadMatcher`). */
  addHead(slot: number, termScore: number): void {
    if (this.stamp[slot] !== this.query) {
      this.stamp[slot] = this.query;
      this.tier[slot] = 0;
      this.score[slot] = 0;
    }
    (this.tier[slot] as number) += (termScore >= 6 ? 128 : 0) + 2;
    (this.score[slot] as number) += termScore - 1;
  }

  /** Completes the keys of a matched slot: every term counts 1 (the body) unless found higher. */
  finish(slot: number, terms: number, favorite: number): void {
    if (this.stamp[slot] !== this.query) {
      this.tier[slot] = 0;
      this.score[slot] = 0;
    }
    (this.tier[slot] as number) += favorite;
    (this.score[slot] as number) += terms;
  }
}

/**
 * What ranking and filtering read of each slot, in typed arrays so that ranking thousands of
 * matches reads no entry object: live and favourite flags, use count, last use, last update and
 * title length.
 */
class SlotFacts {
  /** 0 vacant, LIVE, or LIVE | FAVORITE. */
  flags = new Uint8Array(1024);
  uses = new Float64Array(1024);
  lastUsed = new Float64Array(1024);
  updated = new Float64Array(1024);
  titleLength = new Int32Array(1024);

  set(slot: number, entry: Entry): void {
    if (slot >= this.flags.length) {
      const size = Math.max(slot + 1, this.flags.length * 2);
      const grow = <T extends Uint8Array | Float64Array | Int32Array>(array: T, make: (n: number) => T): T => {
        const bigger = make(size);
        bigger.set(array);
        return bigger;
      };
      this.flags = grow(this.flags, (n) => new Uint8Array(n));
      this.uses = grow(this.uses, (n) => new Float64Array(n));
      this.lastUsed = grow(this.lastUsed, (n) => new Float64Array(n));
      this.updated = grow(this.updated, (n) => new Float64Array(n));
      this.titleLength = grow(this.titleLength, (n) => new Int32Array(n));
    }
    const { snippet } = entry;
    this.flags[slot] = LIVE | (snippet.favorite ? FAVORITE : 0);
    this.uses[slot] = snippet.useCount;
    this.lastUsed[slot] = snippet.lastUsedAt;
    this.updated[slot] = snippet.updatedAt;
    this.titleLength[slot] = entry.title.length;
  }

  clear(slot: number): void {
    this.flags[slot] = 0;
  }
}

/**
 * Order of results: terms found in the title first, then in title or tags (literally or by pinyin),
 * then favourites, then frequently and recently used ones, then closer matches (literal before pinyin, title start),
 * then shorter titles; the id breaks ties so the order is stable.
 */
function compareSlots(
  contenders: Slots,
  keys: RankKeys,
  facts: SlotFacts,
  slots: readonly (Entry | undefined)[],
  now: number,
): (a: number, b: number) => number {
  const { tier, frecency: fr, score } = keys;
  const { uses, lastUsed, updated, titleLength } = facts;
  // Frecency (a power) is worked out once for each contender.
  for (let i = 0; i < contenders.length; i++) {
    const slot = contenders[i] as number;
    fr[slot] = frecencyOfUse(uses[slot] as number, lastUsed[slot] as number, now);
  }
  return (a, b) => {
    const byKeys =
      (tier[b] as number) - (tier[a] as number) ||
      (fr[b] as number) - (fr[a] as number) ||
      (score[b] as number) - (score[a] as number) ||
      (updated[b] as number) - (updated[a] as number) ||
      (titleLength[a] as number) - (titleLength[b] as number);
    if (byKeys !== 0) return byKeys;
    const x = (slots[a] as Entry).snippet.id;
    const y = (slots[b] as Entry).snippet.id;
    return x < y ? -1 : x > y ? 1 : 0;
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
  const out = newSlots(found.length);
  let n = 0;
  for (let i = 0; i < found.length; i++)
    if ((tier[found[i] as number] as number) >= floor) out[n++] = found[i] as number;
  return out.subarray(0, n);
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
  private heads = new HeadTexts();
  // Bumped on every change, so that `last` is only reused for the library it was found in.
  private version = 0;
  private last: LastSearch | undefined;
  private readonly keys = new RankKeys();
  private readonly facts = new SlotFacts();
  private readonly arenas = [new Arena(), new Arena()];
  private searches = 0;
  // Whether the entries were prepared with pinyin readings (see `loadPinyin`).
  private pinyin = pinyinLoaded();

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
      const entry = { ...old, snippet, favorite: snippet.favorite };
      this.slots[at] = entry;
      this.facts.set(at, entry);
      return;
    }
    if (at !== undefined) this.vacate(at);
    const entry = prepare(snippet, this.texts);
    const slot = this.slots.length;
    this.slots.push(entry);
    this.slotOf.set(snippet.id, slot);
    this.text.add(entry, slot);
    this.heads.set(slot, entry);
    this.facts.set(slot, entry);
  }

  private vacate(slot: number): void {
    this.slots[slot] = undefined;
    this.facts.clear(slot);
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
    this.vacate(at);
    this.version++;
  }

  // Vacant slots cost postings and verification; once they outnumber the snippets, start afresh.
  private compact(): void {
    if (this.slots.length < 1024 || this.slots.length < this.slotOf.size * 2) return;
    const live = this.slots.filter((e): e is Entry => e !== undefined);
    this.slots = live;
    this.text = new TextIndex();
    this.texts = new Interner();
    this.heads = new HeadTexts();
    this.facts.flags.fill(0);
    live.forEach((entry, slot) => {
      this.facts.set(slot, entry);
      entry.titleId = this.texts.id(entry.title, () => entry.titleReadings);
      entry.tagIds = entry.tags.map((tag, i) => this.texts.id(tag, () => entry.tagReadings[i] ?? []));
      this.heads.set(slot, entry);
      this.slotOf.set(entry.snippet.id, slot);
      this.text.add(entry, slot);
    });
    this.version++;
  }

  // Entries prepared before pinyin-pro arrived have no readings: once it is there, the first search
  // prepares every snippet again (in slot order, so results equal those of an index built after).
  private readPinyinOnce(): void {
    if (this.pinyin || !pinyinLoaded()) return;
    this.pinyin = true;
    const live = this.slots.filter((e): e is Entry => e !== undefined).map((e) => e.snippet);
    this.slots = [];
    this.slotOf.clear();
    this.text = new TextIndex();
    this.texts = new Interner();
    this.heads = new HeadTexts();
    this.facts.flags.fill(0);
    this.last = undefined;
    for (const snippet of live) this.upsert(snippet);
    this.text.trim();
    this.version++;
  }

  // The matches of the last query, when this query can only match among them: while the user
  // types, each query usually extends the last one (every term of the last is a prefix of the
  // term at its place, maybe with terms added). After an empty query, which matched everything,
  // there is nothing to narrow by.
  private narrowed(texts: readonly string[], options: SearchOptions): Slots | undefined {
    const last = this.last;
    const narrows =
      last !== undefined &&
      last.version === this.version &&
      last.genre === options.genre &&
      last.section === options.section &&
      last.terms.length > 0 &&
      last.terms.length <= texts.length &&
      last.terms.every((term, i) => texts[i]?.startsWith(term));
    return narrows ? last.matched : undefined;
  }

  // The slots of `pool` (every slot when undefined) where `term` is in the title or tags, with
  // their keys updated: the literal and pinyin candidates, verified once per distinct text.
  private headHits(term: Term, candidates: Candidates, pool: Slots | undefined): Slots {
    const literal = candidates.head;
    const pinyin = candidates.pinyin;
    const matcher = new HeadMatcher(term, this.texts, this.heads);
    const out = newSlots(literal.length + pinyin.length);
    let m = 0;
    let i = 0;
    let j = 0;
    let p = 0;
    while (i < literal.length || j < pinyin.length) {
      const x = i < literal.length ? (literal[i] as number) : 0x7fffffff;
      const y = j < pinyin.length ? (pinyin[j] as number) : 0x7fffffff;
      const slot = Math.min(x, y);
      if (x === slot) i++;
      if (y === slot) j++;
      if (pool) {
        p = seek(pool, p, slot);
        if (p === pool.length) break;
        if (pool[p] !== slot) continue;
      }
      if (this.facts.flags[slot] === 0) continue;
      const score = matcher.score(slot, x === slot, y === slot);
      if (score === 0) continue;
      this.keys.addHead(slot, score);
      out[m++] = slot;
    }
    return out.subarray(0, m);
  }

  /** Every snippet that matches all terms of `query`, ranked; an empty query lists all. */
  search(query: string, options: SearchOptions = {}): SearchResult {
    this.readPinyinOnce();
    this.compact();
    // Two arenas in turn: the last search's matches, which this one may narrow, stay in the other.
    this.searches++;
    return withArena(this.arenas[this.searches & 1] as Arena, () => this.run(query, options));
  }

  private run(query: string, options: SearchOptions): SearchResult {
    const now = options.now ?? Date.now();
    const texts = parseQuery(query);
    const terms = texts.map(makeTerm);
    const count = this.slots.length;
    const keys = this.keys;
    keys.reserve(count);
    keys.begin();
    const candidates = terms.map((term) => this.text.candidates(term));
    // Terms with the fewest candidates first: each term is only looked for among the matches of
    // the terms before it.
    const reach = (c: Candidates) => c.head.length + c.pinyin.length + Math.min(c.bodyReach, count);
    const order = terms
      .map((_, k) => k)
      .sort((a, b) => reach(candidates[a] as Candidates) - reach(candidates[b] as Candidates));
    const bodyOf = (slot: number) => this.slots[slot]?.body;
    let pool = this.narrowed(texts, options);
    for (const k of order) {
      const term = terms[k] as Term;
      const c = candidates[k] as Candidates;
      const head = this.headHits(term, c, pool);
      const body = this.text.bodyMatches(term.text, pool, count, bodyOf);
      pool = union(head, body);
    }
    const n = pool ? pool.length : count;
    const matched = newSlots(n);
    const flags = this.facts.flags;
    const { genre, section } = options;
    const filtered = genre !== undefined || section !== undefined;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const slot = pool ? (pool[i] as number) : i;
      const flag = flags[slot] as number;
      if (flag === 0) continue;
      if (filtered) {
        const { genres, sections } = (this.slots[slot] as Entry).snippet;
        if (!(allows(genres, genre) && allows(sections, section))) continue;
      }
      keys.finish(slot, terms.length, flag >> 1);
      matched[m++] = slot;
    }
    const found = matched.subarray(0, m);
    this.last = { version: this.version, genre: options.genre, section: options.section, terms: texts, matched: found };
    const limit = options.limit ?? 50;
    const ranked = contenders(found, keys.tier, limit);
    const top = topK(ranked, limit, compareSlots(ranked, keys, this.facts, this.slots, now));
    return { hits: top.map((slot) => highlight(this.slots[slot] as Entry, terms)), total: m };
  }
}
