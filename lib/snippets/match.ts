import type { Snippet } from './db';
import type { Highlightable } from './highlight';
import { matchPinyin, type Readings, readingsOfText } from './pinyin';
import type { Slots } from './postings';
import { fold, type Term } from './query';
import type { Candidates, Starts } from './text-index';

/** A snippet prepared once for searching: folded fields and the readings of title and tags. */
export interface Entry extends Highlightable {
  /** Numbers of the title and tag texts (equal texts, equal numbers), for per-query memos. */
  titleId: number;
  tagIds: number[];
  /** `snippet.favorite`, copied so that ranking a match need not read the snippet. */
  favorite: 0 | 1;
}

/** Numbers each distinct text it is given, from 0. */
export class Interner {
  private readonly ids = new Map<string, number>();

  /** How many distinct texts have been numbered. */
  get size(): number {
    return this.ids.size;
  }

  id(text: string): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    const id = this.ids.size;
    this.ids.set(text, id);
    return id;
  }
}

/** Folds a snippet's fields and reads its title and tags as pinyin. */
export function prepare(snippet: Snippet, texts: Interner): Entry {
  const title = fold(snippet.title);
  const tags = snippet.tags.map(fold);
  const titleReadings = readingsOfText(title);
  const tagReadings = tags.map(readingsOfText);
  const body = fold(snippet.body);
  const titleId = texts.id(title);
  const tagIds = tags.map((tag) => texts.id(tag));
  return { snippet, title, body, tags, titleReadings, tagReadings, titleId, tagIds, favorite: snippet.favorite };
}

function startsAt(text: string, part: string, at: number): boolean {
  if (at + part.length > text.length) return false;
  for (let k = 0; k < part.length; k++) if (text.charCodeAt(at + k) !== part.charCodeAt(k)) return false;
  return true;
}

// Walks a sorted list in step with increasing slots; `undefined` stands for every slot.
class Cursor {
  /** Where the last `has` stopped in the list. */
  at = 0;
  constructor(private readonly list: Slots | undefined) {}

  has(slot: number): boolean {
    const list = this.list;
    if (list === undefined) return true;
    while (this.at < list.length && (list[this.at] as number) < slot) this.at++;
    return list[this.at] === slot;
  }
}

/** One query term with its candidates, asked about slots in increasing order. */
export class Plan {
  private readonly head: Cursor;
  private readonly body: Cursor;
  private readonly pinyin: Cursor;
  private readonly starts: Cursor;
  private readonly firsts: Starts | undefined;
  // Whether the body candidates are exactly the bodies holding the term (terms of two units).
  private readonly exact: boolean;
  // Pinyin results per title or tag text (by `Interner` number) within this query: tags, and
  // often titles, repeat. 0 not yet tried, 1 no match, 2 a match.
  private readonly memo: Uint8Array;

  constructor(
    readonly term: Term,
    candidates: Candidates,
    texts: number,
  ) {
    this.memo = new Uint8Array(term.pinyin ? texts : 0);
    this.head = new Cursor(candidates.head);
    this.body = new Cursor(candidates.body);
    this.pinyin = new Cursor(candidates.pinyin);
    this.starts = new Cursor(candidates.starts?.slots);
    this.firsts = candidates.starts;
    this.exact = term.text.length === 2;
  }

  private pinyinIn(id: number, text: string, readings: readonly Readings[]): boolean {
    let found = this.memo[id];
    if (found === 0) this.memo[id] = found = matchPinyin(this.term.text, text, readings) ? 2 : 1;
    return found === 2;
  }

  /** How well the term matches: 0 no match, 1 body only, 3–5 in a tag, 6+ in the title. */
  score(entry: Entry, slot: number): number {
    const text = this.term.text;
    const head = this.head.has(slot);
    const pinyin = this.pinyin.has(slot);
    if (head) {
      const at = entry.title.indexOf(text);
      if (at >= 0) return at === 0 ? 10 : 8;
    }
    if (pinyin && this.pinyinIn(entry.titleId, entry.title, entry.titleReadings)) return 6;
    let best = 0;
    for (let i = 0; (head || pinyin) && i < entry.tags.length; i++) {
      const tag = entry.tags[i] ?? '';
      if (head && tag.includes(text)) best = Math.max(best, tag === text ? 5 : 4);
      else if (pinyin && best < 3 && this.pinyinIn(entry.tagIds[i] as number, tag, entry.tagReadings[i] ?? []))
        best = 3;
    }
    if (best > 0 || !this.body.has(slot)) return best;
    if (this.exact) return 1;
    // Usually the first occurrence of the rarest pair is the match: compare there inline, which
    // costs less than a call to indexOf, and search on only if it is not.
    const at = this.earliest(slot);
    return startsAt(entry.body, text, at) || entry.body.indexOf(text, at + 1) >= 0 ? 1 : 0;
  }

  // Where in the body of `slot` (a body candidate) a match can start at the earliest.
  private earliest(slot: number): number {
    const firsts = this.firsts;
    if (firsts === undefined || !this.starts.has(slot)) return 0;
    return Math.max(0, (firsts.firsts[this.starts.at] as number) - firsts.shift);
  }
}

// Room for the term counts in a packed score (a query has far fewer distinct terms).
const COUNT = 2 ** 13;

/**
 * The terms' combined score of a snippet, -1 when a term is missing, with how many terms were
 * found in the title and in title or tags: `(score * COUNT + titleTerms) * COUNT + tagTerms`,
 * unpacked by `unpackScore` (plain arithmetic, exact far beyond any query's size).
 */
export function scoreOf(entry: Entry, slot: number, plans: readonly Plan[]): number {
  let score = 0;
  let titleTerms = 0;
  let tagTerms = 0;
  for (let k = 0; k < plans.length; k++) {
    const t = (plans[k] as Plan).score(entry, slot);
    if (t === 0) return -1;
    score += t;
    if (t >= 6) titleTerms++;
    if (t >= 3) tagTerms++;
  }
  return (score * COUNT + titleTerms) * COUNT + tagTerms;
}

/** The parts of a packed score: summed term scores, terms in the title, terms in title or tags. */
export function unpackScore(packed: number): { score: number; titleTerms: number; tagTerms: number } {
  const tagTerms = packed % COUNT;
  const rest = (packed - tagTerms) / COUNT;
  const titleTerms = rest % COUNT;
  return { score: (rest - titleTerms) / COUNT, titleTerms, tagTerms };
}
