import type { Snippet } from '../db/tianbao';
import type { Highlightable } from './highlight';
import { matchPinyin, type Readings, readingsOfText, startLetters } from './pinyin';
import { fold, type Term } from './query';

/** A snippet prepared once for searching: folded fields and the readings of title and tags. */
export interface Entry extends Highlightable {
  /** Numbers of the title and tag texts (equal texts, equal numbers), for per-query memos. */
  titleId: number;
  tagIds: number[];
  /** `snippet.favorite`, copied so that ranking a match need not read the snippet. */
  favorite: 0 | 1;
}

/** Numbers each distinct text it is given, from 0, and keeps it with its readings. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly texts: string[] = [];
  readonly readings: (readonly Readings[])[] = [];
  /** `startLetters` of each text, made when it is first needed. */
  private readonly starts: (Uint32Array | undefined)[] = [];

  /** How many distinct texts have been numbered. */
  get size(): number {
    return this.ids.size;
  }

  /** The number of `text`; `read` gives its readings when it is new. */
  id(text: string, read: () => readonly Readings[]): number {
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    const id = this.ids.size;
    this.ids.set(text, id);
    this.texts.push(text);
    this.readings.push(read());
    return id;
  }

  /** Where a pinyin match can start in text `id`, by letter (see `startLetters`). */
  startsOf(id: number): Uint32Array {
    let starts = this.starts[id];
    if (starts === undefined) this.starts[id] = starts = startLetters(this.texts[id] ?? '', this.readings[id] ?? []);
    return starts;
  }
}

/**
 * The title and tag numbers (see `Interner`) of each slot in typed arrays, so that matching a term
 * against the titles and tags of thousands of slots reads no entry object. Slots are set in
 * increasing order.
 */
export class HeadTexts {
  title = new Int32Array(1024);
  tagFrom = new Int32Array(1024);
  tagTo = new Int32Array(1024);
  tags = new Int32Array(4096);
  private tagCount = 0;

  set(slot: number, entry: Entry): void {
    if (slot >= this.title.length) {
      this.title = grow(this.title, slot);
      this.tagFrom = grow(this.tagFrom, slot);
      this.tagTo = grow(this.tagTo, slot);
    }
    if (this.tagCount + entry.tagIds.length > this.tags.length) {
      this.tags = grow(this.tags, this.tagCount + entry.tagIds.length);
    }
    this.title[slot] = entry.titleId;
    this.tagFrom[slot] = this.tagCount;
    for (const id of entry.tagIds) this.tags[this.tagCount++] = id;
    this.tagTo[slot] = this.tagCount;
  }
}

function grow(array: Int32Array<ArrayBuffer>, atLeast: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(atLeast + 1, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Folds a snippet's fields and reads its title and tags as pinyin. */
export function prepare(snippet: Snippet, texts: Interner): Entry {
  const title = fold(snippet.title);
  const tags = snippet.tags.map(fold);
  const titleReadings = readingsOfText(title);
  const tagReadings = tags.map(readingsOfText);
  const body = fold(snippet.body);
  const titleId = texts.id(title, () => titleReadings);
  const tagIds = tags.map((tag, i) => texts.id(tag, () => tagReadings[i] ?? []));
  return { snippet, title, body, tags, titleReadings, tagReadings, titleId, tagIds, favorite: snippet.favorite };
}

// What a memo holds per text (by `Interner` number) for one term: 0 not yet tried.
const ABSENT = 1;
const WHOLE = 2; // the text is the term
const START = 3; // the text starts with the term
const INSIDE = 4;

/**
 * One query term's matches in titles and tags, worked out once per distinct text (tags, and often
 * titles, repeat) within a query.
 */
export class HeadMatcher {
  private readonly literal: Uint8Array;
  // 0 not yet tried, 1 no match, 2 a match.
  private readonly pinyin: Uint8Array;

  constructor(
    readonly term: Term,
    private readonly texts: Interner,
    private readonly heads: HeadTexts,
  ) {
    this.literal = new Uint8Array(texts.size);
    this.pinyin = new Uint8Array(term.pinyin ? texts.size : 0);
  }

  private where(id: number): number {
    let found = this.literal[id] as number;
    if (found === 0) {
      const text = this.texts.texts[id] as string;
      const at = text.indexOf(this.term.text);
      found = at < 0 ? ABSENT : at > 0 ? INSIDE : text.length === this.term.text.length ? WHOLE : START;
      this.literal[id] = found;
    }
    return found;
  }

  private pinyinIn(id: number): boolean {
    let found = this.pinyin[id];
    if (found === 0) {
      const texts = this.texts;
      const match = matchPinyin(
        this.term.text,
        texts.texts[id] as string,
        texts.readings[id] ?? [],
        texts.startsOf(id),
      );
      this.pinyin[id] = found = match ? 2 : 1;
    }
    return found === 2;
  }

  /**
   * How well the term matches the title or tags of `slot`: 0 not at all, 3–5 in a tag (by pinyin,
   * inside, the whole tag), 6+ in the title (by pinyin, inside, at its start). `literal` and
   * `pinyin` say whether the slot is among the candidates of that kind.
   */
  score(slot: number, literal: boolean, pinyin: boolean): number {
    const heads = this.heads;
    const title = heads.title[slot] as number;
    if (literal) {
      const at = this.where(title);
      if (at !== ABSENT) return at === INSIDE ? 8 : 10;
    }
    if (pinyin && this.pinyinIn(title)) return 6;
    let best = 0;
    const to = heads.tagTo[slot] as number;
    for (let i = heads.tagFrom[slot] as number; i < to; i++) {
      const tag = heads.tags[i] as number;
      const at = literal ? this.where(tag) : ABSENT;
      if (at !== ABSENT) best = Math.max(best, at === WHOLE ? 5 : 4);
      else if (pinyin && best < 3 && this.pinyinIn(tag)) best = 3;
    }
    return best;
  }
}
