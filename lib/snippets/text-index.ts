import type { LetterPairs } from './pinyin';
import { intersectAll, Postings, type Slots } from './postings';

const EMPTY: Slots = new Int32Array(0);

import type { Term } from './query';

/** What the text index reads of a prepared snippet: folded fields and the pinyin prefilter sets. */
export interface Indexable {
  title: string;
  body: string;
  tags: string[];
  letters: number;
  pairs: LetterPairs;
}

// Keys of the pinyin postings: a letter, a possible first pair of a match, any possible pair.
const START = 32;
const ANY = START + 26 * 26;

const isLetter = (code: number) => code >= 97 && code <= 122;
const pairOf = (a: number, b: number) => (a - 97) * 26 + (b - 97);

/**
 * Which slots may match a query term. Literal: every pair of adjacent UTF-16 units of each field
 * (never across fields), so a field holding the term holds all its pairs; a term of one unit has
 * no pair and may be anywhere (single units would double the postings for the first keystroke). Pinyin: the
 * letters and letter pairs that the title and tags allow (see `LetterPairs`). A term's candidates
 * are a superset of its matches, which the caller verifies; only a term's rare parts cost time.
 */
export class TextIndex {
  private readonly pairs = new Postings();
  private readonly pinyin = new Postings();

  /** Indexes a snippet under `slot`, which must not be lower than any slot added before. */
  add(entry: Indexable, slot: number): void {
    this.addField(entry.title, slot);
    for (const tag of entry.tags) this.addField(tag, slot);
    this.addField(entry.body, slot);
    for (let letter = 0; letter < 26; letter++) if (entry.letters & (1 << letter)) this.pinyin.add(letter, slot);
    this.addBits(entry.pairs.start, START, slot);
    this.addBits(entry.pairs.any, ANY, slot);
  }

  private addField(text: string, slot: number): void {
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (prev >= 0) this.pairs.add((prev << 16) | code, slot);
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
    this.pairs.trim();
    this.pinyin.trim();
  }

  /**
   * The slots that may hold `term` literally in some field (`undefined`: any slot), and those where it may match by pinyin
   * in the title or tags (exactly those passing the letter and pair prefilter; empty without letters).
   */
  candidates(term: Term): { literal: Slots | undefined; pinyin: Slots } {
    const text = term.text;
    const literal =
      text.length === 1
        ? undefined
        : (intersectAll(
            Array.from({ length: text.length - 1 }, (_, i) =>
              this.pairs.get((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)),
            ),
          ) as Slots);
    if (!term.pinyin) return { literal, pinyin: EMPTY };
    // Mirrors the prefilter of `termScore`: every letter present and `pairsAllow`.
    const lists: Slots[] = [];
    for (let letter = 0; letter < 26; letter++) if (term.letters & (1 << letter)) lists.push(this.pinyin.get(letter));
    if (text.length >= 2 && isLetter(text.charCodeAt(0)) && isLetter(text.charCodeAt(1))) {
      lists.push(this.pinyin.get(START + pairOf(text.charCodeAt(0), text.charCodeAt(1))));
    }
    for (let i = 0; i + 1 < text.length; i++) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      if (isLetter(a) && isLetter(b)) lists.push(this.pinyin.get(ANY + pairOf(a, b)));
    }
    return { literal, pinyin: intersectAll(lists) as Slots };
  }

  /** Approximate bytes of the postings. */
  bytes(): number {
    return this.pairs.bytes() + this.pinyin.bytes();
  }

  /** How many postings the index holds. */
  postings(): number {
    return this.pairs.count + this.pinyin.count;
  }
}
