import type { Snippet } from './db';
import { type Highlightable, highlight, type SearchHit } from './highlight';
import {
  addLetterPairs,
  emptyLetterPairs,
  type LetterPairs,
  matchPinyin,
  type Readings,
  readingsOfText,
  textLetterMask,
} from './pinyin';
import { intersect, intersectAll, type Slots, union } from './postings';
import { fold, makeTerm, parseQuery, type Term } from './query';
import { frecency, topK } from './rank';
import { TextIndex } from './text-index';

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

/** One query term with its candidate postings, walked in step with the sorted pool. */
class Plan {
  // Cursors into `literal` and `pinyin`.
  li = 0;
  pi = 0;
  /** Whether `literal` holds exactly the slots having the term (terms of two units). */
  readonly exact: boolean;
  // Pinyin results per title or tag text within this query: tags, and often titles, repeat.
  readonly memo = new Map<string, boolean>();

  constructor(
    readonly term: Term,
    /** `undefined` when any slot may hold the term. */
    readonly literal: Slots | undefined,
    readonly pinyin: Slots,
  ) {
    this.exact = term.text.length === 2;
  }

  /** Whether `slot` is among the literal candidates; slots must be asked in increasing order. */
  literalHas(slot: number): boolean {
    const list = this.literal;
    if (list === undefined) return true;
    while (this.li < list.length && (list[this.li] as number) < slot) this.li++;
    return list[this.li] === slot;
  }

  /** Whether `slot` is among the pinyin candidates; slots must be asked in increasing order. */
  pinyinHas(slot: number): boolean {
    const list = this.pinyin;
    while (this.pi < list.length && (list[this.pi] as number) < slot) this.pi++;
    return list[this.pi] === slot;
  }
}

function pinyinIn(plan: Plan, text: string, readings: readonly Readings[]): boolean {
  let found = plan.memo.get(text);
  if (found === undefined) {
    found = matchPinyin(plan.term.text, text, readings) !== undefined;
    plan.memo.set(text, found);
  }
  return found;
}

// How well one term matches: 0 no match, 1 body only, 3–5 in a tag, 6+ in the title. `literal`
// and `pinyin` say whether the slot is among the term's candidates of each kind (see TextIndex).
function termScore(entry: Entry, plan: Plan, literal: boolean, pinyin: boolean): number {
  const text = plan.term.text;
  if (literal) {
    const at = entry.title.indexOf(text);
    if (at >= 0) return at === 0 ? 10 : 8;
  }
  if (pinyin && pinyinIn(plan, entry.title, entry.titleReadings)) return 6;
  let best = 0;
  for (let i = 0; i < entry.tags.length; i++) {
    const tag = entry.tags[i] ?? '';
    if (literal && tag.includes(text)) best = Math.max(best, tag === text ? 5 : 4);
    else if (pinyin && best < 3 && pinyinIn(plan, tag, entry.tagReadings[i] ?? [])) best = 3;
  }
  if (best > 0 || !literal) return best;
  return plan.exact || entry.body.includes(text) ? 1 : 0;
}

// The terms' combined score of a snippet, -1 when a term is missing, and how many terms were
// found in the title and in title or tags, packed as `score * 4096 + titleTerms * 64 + tagTerms`.
function scoreOf(entry: Entry, slot: number, plans: readonly Plan[]): number {
  let score = 0;
  let titleTerms = 0;
  let tagTerms = 0;
  for (let k = 0; k < plans.length; k++) {
    const plan = plans[k] as Plan;
    const t = termScore(entry, plan, plan.literalHas(slot), plan.pinyinHas(slot));
    if (t === 0) return -1;
    score += t;
    if (t >= 6) titleTerms++;
    if (t >= 3) tagTerms++;
  }
  return score * 4096 + titleTerms * 64 + tagTerms;
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
 * Each prepared snippet has a slot; an edit of its text moves it to a new slot at the end, so that
 * the postings of `TextIndex` stay sorted, and the index is rebuilt once most slots are vacant.
 */
export class SnippetIndex {
  private slots: (Entry | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private text = new TextIndex();
  // Bumped on every change, so that `last` is only reused for the library it was found in.
  private version = 0;
  private last: LastSearch | undefined;

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
      this.slots[at] = { ...old, snippet };
      return;
    }
    if (at !== undefined) this.slots[at] = undefined;
    const entry = prepare(snippet);
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
    live.forEach((entry, slot) => {
      this.slotOf.set(entry.snippet.id, slot);
      this.text.add(entry, slot);
    });
    this.version++;
  }

  // The slots that may match every term: the postings of each term, intersected. While the user
  // types, each query usually extends the last one (every term of the last is a prefix of the term
  // at its place, maybe with terms added); its matches are then among the last matches too.
  private pool(texts: readonly string[], plans: readonly Plan[], options: SearchOptions): Slots | undefined {
    const lists: Slots[] = [];
    for (const p of plans) if (p.literal) lists.push(union(p.literal, p.pinyin));
    const pool = intersectAll(lists);
    const last = this.last;
    const narrows =
      last !== undefined &&
      last.version === this.version &&
      last.genre === options.genre &&
      last.section === options.section &&
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
    const plans = terms.map((term) => {
      const { literal, pinyin } = this.text.candidates(term);
      return new Plan(term, literal, pinyin);
    });
    const pool = this.pool(texts, plans, options);
    const ranked: Ranked[] = [];
    const n = pool ? pool.length : this.slots.length;
    const matched = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const slot = pool ? (pool[i] as number) : i;
      const entry = this.slots[slot];
      if (!entry) continue;
      const s = entry.snippet;
      if (!allows(s.genres, options.genre) || !allows(s.sections, options.section)) continue;
      const packed = scoreOf(entry, slot, plans);
      if (packed < 0) continue;
      // Terms in the title, then in title or tags, then favourite: see `compare`.
      const tier = (packed & 4095) * 2 + s.favorite;
      ranked.push({ entry, tier, score: packed >>> 12, frecency: frecency(s, now) });
      matched[ranked.length - 1] = slot;
    }
    this.last = {
      version: this.version,
      genre: options.genre,
      section: options.section,
      terms: texts,
      matched: matched.subarray(0, ranked.length),
    };
    const top = topK(ranked, options.limit ?? 50, compare);
    return { hits: top.map((r) => highlight(r.entry, terms)), total: ranked.length };
  }
}
