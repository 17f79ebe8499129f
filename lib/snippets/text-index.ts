import { addLetterPairs, emptyLetterPairs, type Readings, textLetterMask } from './pinyin';
import { BitPostings, type Firsts, intersectAll, newSlots, Postings, type Slots, seek } from './postings';
import type { Term } from './query';

const EMPTY: Slots = new Int32Array(0);

/**
 * Candidates of one term in titles and tags, each a superset of the matches of its kind: literal
 * (`head`), and by pinyin (the slots passing the letter and pair prefilter whose title or tags
 * hold the term's other characters; empty for a term without letters). `bodyReach` bounds how
 * many bodies can hold the term: the postings of its rarest pair (every slot for one unit).
 */
export interface Candidates {
  head: Slots;
  pinyin: Slots;
  bodyReach: number;
}

// Whether every pair k of a term has its first or last occurrence at `start + k` (offsets at the
// cap, 0xffff, prove nothing).
function lineUp(firsts: Firsts[], lasts: Firsts[], at: Int32Array, pairs: number, start: number): boolean {
  if (start + pairs >= 0xffff) return false;
  for (let k = 0; k < pairs; k++) {
    const j = at[k] as number;
    if ((firsts[k] as Firsts)[j] !== start + k && (lasts[k] as Firsts)[j] !== start + k) return false;
  }
  return true;
}

/** What the text index reads of a prepared snippet: folded fields and readings of title and tags. */
export interface Indexable {
  title: string;
  body: string;
  tags: string[];
  titleReadings: Readings[];
  tagReadings: Readings[][];
}

// Keys of the pinyin postings: a letter, a possible first pair of a match, any possible pair.
const START = 32;
const ANY = START + 26 * 26;

const isLetter = (code: number) => code >= 97 && code <= 122;
const pairOf = (a: number, b: number) => (a - 97) * 26 + (b - 97);

/**
 * Which slots may match a query term. Literal: every pair of adjacent UTF-16 units of each field
 * (never across fields; titles and tags apart from bodies), so a field holding the term holds all
 * its pairs, and single units of titles and tags. Bodies have no single-unit postings (they would
 * add ~1.5M postings for the first keystroke only), so a one-unit term reads every body. Pinyin:
 * the letters and letter pairs that the title and tags allow (see `LetterPairs`). Candidates are
 * a superset of the matches, which the caller verifies.
 */
export class TextIndex {
  private readonly head = new Postings();
  // Single units of titles and tags: exact for one-unit terms, and a pinyin term's Han characters
  // can only match themselves, so they narrow its pinyin candidates.
  private readonly headUnits = new Postings();
  private readonly body = new Postings(true);
  // Most titles allow most letters and many pairs: bit sets are smaller than lists here.
  private readonly pinyin = new BitPostings();
  // Filled per snippet while adding it; kept only as postings.
  private readonly scratch = emptyLetterPairs();

  /** Indexes a snippet under `slot`, which must not be lower than any slot added before. */
  add(entry: Indexable, slot: number): void {
    this.addField(this.head, entry.title, slot, this.headUnits);
    for (const tag of entry.tags) this.addField(this.head, tag, slot, this.headUnits);
    this.addField(this.body, entry.body, slot);
    const pairs = this.scratch;
    pairs.start.fill(0);
    pairs.any.fill(0);
    let letters = textLetterMask(entry.title, entry.titleReadings);
    addLetterPairs(pairs, entry.title, entry.titleReadings);
    entry.tags.forEach((tag, i) => {
      letters |= textLetterMask(tag, entry.tagReadings[i] ?? []);
      addLetterPairs(pairs, tag, entry.tagReadings[i] ?? []);
    });
    for (let letter = 0; letter < 26; letter++) if (letters & (1 << letter)) this.pinyin.add(letter, slot);
    this.addBits(pairs.start, START, slot);
    this.addBits(pairs.any, ANY, slot);
  }

  private addField(postings: Postings, text: string, slot: number, units?: Postings): void {
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      units?.add(code, slot);
      if (prev >= 0) postings.add((prev << 16) | code, slot, i - 1);
      prev = code;
    }
  }

  private addBits(words: Uint32Array, base: number, slot: number): void {
    for (let w = 0; w < words.length; w++) {
      let word = words[w] as number;
      while (word !== 0) {
        const bit = 31 - Math.clz32(word);
        this.pinyin.add(base + w * 32 + bit, slot);
        word &= ~(1 << bit);
      }
    }
  }

  /** Frees the spare room of every list, after a bulk load. */
  trim(): void {
    this.head.trim();
    this.headUnits.trim();
    this.body.trim();
    this.pinyin.trim();
  }

  /** The slots that may hold `term`, each kind a superset of the matches of that kind. */
  candidates(term: Term): Candidates {
    const text = term.text;
    const head = text.length === 1 ? this.headUnits.get(text.charCodeAt(0)) : (this.literal(this.head, text) ?? EMPTY);
    let bodyReach = text.length === 1 ? Number.POSITIVE_INFINITY : this.body.count;
    for (let i = 0; i + 1 < text.length; i++)
      bodyReach = Math.min(bodyReach, this.body.get((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)).length);
    if (!term.pinyin) return { head, pinyin: EMPTY, bodyReach };
    // The pinyin prefilter as postings: every letter of the term present, and `pairsAllow`. A
    // letter of an allowed pair is always present, so only letters outside any pair are looked up.
    const keys: number[] = [];
    let paired = 0;
    if (text.length >= 2 && isLetter(text.charCodeAt(0)) && isLetter(text.charCodeAt(1))) {
      keys.push(START + pairOf(text.charCodeAt(0), text.charCodeAt(1)));
    }
    for (let i = 0; i + 1 < text.length; i++) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      if (!isLetter(a) || !isLetter(b)) continue;
      keys.push(ANY + pairOf(a, b));
      paired |= (1 << (a - 97)) | (1 << (b - 97));
    }
    const units: Slots[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!isLetter(text.charCodeAt(i))) units.push(this.headUnits.get(text.charCodeAt(i)));
    }
    const alone = term.letters & ~paired;
    for (let letter = 0; letter < 26; letter++) if (alone & (1 << letter)) keys.push(letter);
    return { head, pinyin: this.pinyin.all(keys, intersectAll(units)), bodyReach };
  }

  // Slots whose field may hold `text`: those with all its pairs; undefined (any) for one unit.
  private literal(postings: Postings, text: string): Slots | undefined {
    if (text.length < 2) return undefined;
    const lists: Slots[] = [];
    for (let i = 0; i + 1 < text.length; i++)
      lists.push(postings.get((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)));
    return intersectAll(lists);
  }

  /**
   * The slots among `within` (sorted; every slot below `count` when undefined) whose body holds
   * `text`, exactly: the slots having every pair of the term, each confirmed from the pairs' first
   * and last offsets when they line up (an occurrence of each pair is where the term would put it),
   * else by searching the body from where a match can start at the earliest. A one-unit term
   * (no postings) is searched for in every body. `bodyOf` gives a slot's folded body (undefined
   * if vacant).
   */
  bodyMatches(
    text: string,
    within: Slots | undefined,
    count: number,
    bodyOf: (slot: number) => string | undefined,
  ): Slots {
    if (text.length < 2) {
      const n = within ? within.length : count;
      const out = newSlots(n);
      let m = 0;
      for (let i = 0; i < n; i++) {
        const slot = within ? (within[i] as number) : i;
        if (bodyOf(slot)?.includes(text)) out[m++] = slot;
      }
      return out.subarray(0, m);
    }
    const pairs = text.length - 1;
    const lists: Slots[] = new Array(pairs);
    const firsts: Firsts[] = new Array(pairs);
    const lasts: Firsts[] = new Array(pairs);
    // Pairs from the rarest, so that the walk is over the shortest list.
    const order = Array.from({ length: pairs }, (_, k) => k);
    for (let k = 0; k < pairs; k++) {
      const key = (text.charCodeAt(k) << 16) | text.charCodeAt(k + 1);
      lists[k] = this.body.get(key);
      firsts[k] = this.body.firstsOf(key);
      lasts[k] = this.body.lastsOf(key);
    }
    order.sort((x, y) => (lists[x] as Slots).length - (lists[y] as Slots).length);
    const rarest = order[0] as number;
    const lead = lists[rarest] as Slots;
    const at = new Int32Array(pairs);
    const out = newSlots(within ? Math.min(within.length, lead.length) : lead.length);
    let m = 0;
    let w = 0;
    // Pairs other than the rarest, each walked in step (galloping when much longer).
    // Driven by the shorter of `within` and the rarest pair's list.
    const byWithin = within !== undefined && within.length < lead.length;
    const others = byWithin ? order : order.slice(1);
    const driver = byWithin ? within : lead;
    const gallop = others.map((k) => (lists[k] as Slots).length > driver.length * 8);
    next: for (let i = 0; i < driver.length; i++) {
      const slot = driver[i] as number;
      if (within && !byWithin) {
        w = seek(within, w, slot);
        if (w === within.length) break;
        if (within[w] !== slot) continue;
      }
      if (!byWithin) at[rarest] = i;
      for (let o = 0; o < others.length; o++) {
        const k = others[o] as number;
        const list = lists[k] as Slots;
        let j = at[k] as number;
        if (gallop[o]) j = seek(list, j, slot);
        else while (j < list.length && (list[j] as number) < slot) j++;
        at[k] = j;
        if (j === list.length) break next;
        if (list[j] !== slot) continue next;
      }
      if (pairs === 1) {
        out[m++] = slot;
        continue;
      }
      // A match at p puts pair k at p + k, so p is at least (first offset of pair k) − k and at
      // most (last offset of pair k) − k. A match at either bound is proven when each pair has an
      // occurrence (its first or last) where the match puts it.
      let low = 0;
      let high = 0xffff;
      for (let k = 0; k < pairs; k++) {
        const j = at[k] as number;
        low = Math.max(low, ((firsts[k] as Firsts)[j] as number) - k);
        high = Math.min(high, ((lasts[k] as Firsts)[j] as number) - k);
      }
      const proven = lineUp(firsts, lasts, at, pairs, low) || (high > low && lineUp(firsts, lasts, at, pairs, high));
      if (proven || bodyOf(slot)?.includes(text, low)) out[m++] = slot;
    }
    return out.subarray(0, m);
  }

  /** Approximate bytes of the postings. */
  bytes(): number {
    return this.head.bytes() + this.headUnits.bytes() + this.body.bytes() + this.pinyin.bytes();
  }

  /** How many postings the index holds. */
  postings(): number {
    return this.head.count + this.headUnits.count + this.body.count + this.pinyin.count;
  }
}
