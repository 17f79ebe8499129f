/** A sorted list of document slots, read-only to its user. */
export type Slots = Int32Array;

const EMPTY: Slots = new Int32Array(0);

/** Where a key first occurs in each slot of a list, aligned with the slots (capped at 65535). */
export type Firsts = Uint16Array;

const NO_FIRSTS: Firsts = new Uint16Array(0);

/**
 * Room for the slot arrays of one search, reused from search to search: a typed array allocated
 * per intermediate result costs more than the work on it. Arrays taken from an arena are valid
 * until its next `reset`.
 */
export class Arena {
  private buffer = new Int32Array(1 << 16);
  private used = 0;

  reset(): void {
    this.used = 0;
  }

  take(n: number): Int32Array {
    if (this.used + n > this.buffer.length) {
      // Arrays already taken keep the old buffer.
      this.buffer = new Int32Array(Math.max(this.buffer.length * 2, n));
      this.used = 0;
    }
    const out = this.buffer.subarray(this.used, this.used + n);
    this.used += n;
    return out;
  }
}

let arena: Arena | undefined;

/** Runs `fn` with the slot arrays that this module and its users create taken from `from`. */
export function withArena<T>(from: Arena, fn: () => T): T {
  const outer = arena;
  arena = from;
  from.reset();
  try {
    return fn();
  } finally {
    arena = outer;
  }
}

/** An array for `n` slots, not necessarily zeroed: from the current arena, if any. */
export function newSlots(n: number): Int32Array {
  return arena ? arena.take(n) : new Int32Array(n);
}

/**
 * An inverted index from 32-bit keys to the slots of the documents that have them, each list
 * sorted because slots are only ever added in increasing order. An open-addressing hash table of
 * typed arrays: building 10k snippets adds millions of postings, which a `Map` of arrays makes slow.
 * With `firsts`, it also keeps the offsets of each key's first and last occurrence in each document.
 */
export class Postings {
  private firsts: Uint16Array[] | undefined;
  private lasts: Uint16Array[] | undefined;

  constructor(firsts = false) {
    this.firsts = firsts ? [] : undefined;
    this.lasts = firsts ? [] : undefined;
  }

  private keys = new Int32Array(1024);
  private ids = new Int32Array(1024).fill(-1);
  private lists: Int32Array[] = [];
  private lengths = new Int32Array(64);
  private bits = 10;
  /** How many slots the lists hold in all, for memory reports. */
  count = 0;

  private find(key: number): number {
    const mask = this.keys.length - 1;
    let at = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    while (this.ids[at] !== -1 && this.keys[at] !== key) at = (at + 1) & mask;
    return at;
  }

  private grow(): void {
    const { keys, ids } = this;
    this.bits++;
    this.keys = new Int32Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      const id = ids[i] as number;
      if (id === -1) continue;
      const at = this.find(keys[i] as number);
      this.keys[at] = keys[i] as number;
      this.ids[at] = id;
    }
  }

  /**
   * Records that `slot` has `key` at offset `at`; slots must come in non-decreasing order, and a
   * slot's offsets in increasing order (only the first is kept).
   */
  add(key: number, slot: number, at = 0): void {
    let cell = this.find(key);
    let id = this.ids[cell] as number;
    if (id === -1) {
      if ((this.lists.length + 1) * 2 > this.keys.length) {
        this.grow();
        cell = this.find(key);
      }
      id = this.lists.length;
      this.ids[cell] = id;
      this.keys[cell] = key;
      this.lists.push(new Int32Array(4));
      this.firsts?.push(new Uint16Array(4));
      this.lasts?.push(new Uint16Array(4));
      if (id >= this.lengths.length) {
        const lengths = new Int32Array(this.lengths.length * 2);
        lengths.set(this.lengths);
        this.lengths = lengths;
      }
    }
    let list = this.lists[id] as Int32Array;
    const n = this.lengths[id] as number;
    if (n > 0 && list[n - 1] === slot) {
      if (this.lasts) (this.lasts[id] as Uint16Array)[n - 1] = Math.min(at, 0xffff);
      return;
    }
    if (n === list.length) {
      const bigger = new Int32Array(n * 2);
      bigger.set(list);
      this.lists[id] = list = bigger;
      if (this.firsts) {
        const wider = new Uint16Array(n * 2);
        wider.set(this.firsts[id] as Uint16Array);
        this.firsts[id] = wider;
        const later = new Uint16Array(n * 2);
        later.set((this.lasts as Uint16Array[])[id] as Uint16Array);
        (this.lasts as Uint16Array[])[id] = later;
      }
    }
    list[n] = slot;
    if (this.firsts) (this.firsts[id] as Uint16Array)[n] = Math.min(at, 0xffff);
    if (this.lasts) (this.lasts[id] as Uint16Array)[n] = Math.min(at, 0xffff);
    this.lengths[id] = n + 1;
    this.count++;
  }

  /** The sorted slots that have `key` (a view: valid until the next `add`). */
  get(key: number): Slots {
    const id = this.ids[this.find(key)] as number;
    return id === -1 ? EMPTY : (this.lists[id] as Int32Array).subarray(0, this.lengths[id]);
  }

  /** The last offsets of `key`, aligned with `get(key)` (empty without `firsts`). */
  lastsOf(key: number): Firsts {
    const id = this.ids[this.find(key)] as number;
    const lasts = this.lasts?.[id];
    return lasts === undefined ? NO_FIRSTS : lasts.subarray(0, this.lengths[id]);
  }

  /** The first offsets of `key`, aligned with `get(key)` (empty without `firsts`). */
  firstsOf(key: number): Firsts {
    const id = this.ids[this.find(key)] as number;
    const firsts = this.firsts?.[id];
    return firsts === undefined ? NO_FIRSTS : firsts.subarray(0, this.lengths[id]);
  }

  /** Frees the spare room of every list (later adds grow them again). */
  trim(): void {
    this.lists = this.lists.map((list, id) => list.slice(0, this.lengths[id]));
    this.firsts = this.firsts?.map((firsts, id) => firsts.slice(0, this.lengths[id]));
    this.lasts = this.lasts?.map((lasts, id) => lasts.slice(0, this.lengths[id]));
  }

  /** Approximate bytes held by the lists and the table. */
  bytes(): number {
    let total = this.keys.byteLength + this.ids.byteLength + this.lengths.byteLength;
    for (const list of this.lists) total += list.byteLength;
    for (const firsts of this.firsts ?? []) total += firsts.byteLength;
    for (const lasts of this.lasts ?? []) total += lasts.byteLength;
    return total;
  }
}

/**
 * Postings as bit sets, one per key (keys are small numbers): for keys that most documents have,
 * where a bit per slot takes less room than a list, and intersecting is a word-wise AND.
 */
export class BitPostings {
  private sets: (Uint32Array | undefined)[] = [];
  /** How many (key, slot) postings are set, for memory reports. */
  count = 0;

  /** Records that `slot` has `key`. */
  add(key: number, slot: number): void {
    const word = slot >>> 5;
    let set = this.sets[key];
    if (set === undefined || word >= set.length) {
      const bigger = new Uint32Array(Math.max(32, word + 1, (set?.length ?? 0) * 2));
      if (set) bigger.set(set);
      this.sets[key] = set = bigger;
    }
    const bit = 1 << (slot & 31);
    if (((set[word] as number) & bit) === 0) this.count++;
    set[word] = (set[word] as number) | bit;
  }

  /**
   * The sorted slots that have every key, and are in `list` too if given (an empty result when
   * a key has no slot).
   */
  all(keys: readonly number[], list?: Slots): Slots {
    const sets: Uint32Array[] = [];
    for (const key of keys) {
      const set = this.sets[key];
      if (set === undefined) return EMPTY;
      sets.push(set);
    }
    if (list) {
      const out = newSlots(list.length);
      let n = 0;
      next: for (let i = 0; i < list.length; i++) {
        const slot = list[i] as number;
        const word = slot >>> 5;
        const bit = 1 << (slot & 31);
        for (const set of sets) if (word >= set.length || ((set[word] as number) & bit) === 0) continue next;
        out[n++] = slot;
      }
      return out.subarray(0, n);
    }
    let words = Number.POSITIVE_INFINITY;
    for (const set of sets) words = Math.min(words, set.length);
    if (sets.length === 0) return EMPTY;
    const and = newSlots(words);
    and.set((sets[0] as Uint32Array).subarray(0, words));
    for (let k = 1; k < sets.length; k++) {
      const set = sets[k] as Uint32Array;
      for (let w = 0; w < words; w++) and[w] = (and[w] as number) & (set[w] as number);
    }
    let n = 0;
    for (let w = 0; w < words; w++) {
      let x = and[w] as number;
      while (x !== 0) {
        x &= x - 1;
        n++;
      }
    }
    const out = newSlots(n);
    n = 0;
    for (let w = 0; w < words; w++) {
      let x = and[w] as number;
      while (x !== 0) {
        const low = x & -x;
        out[n++] = w * 32 + 31 - Math.clz32(low);
        x ^= low;
      }
    }
    return out;
  }

  /** Frees the spare room of every set. */
  trim(): void {
    let words = 0;
    for (const set of this.sets) {
      if (!set) continue;
      for (let w = set.length - 1; w >= 0; w--) {
        if (set[w] !== 0) {
          words = Math.max(words, w + 1);
          break;
        }
      }
    }
    this.sets = this.sets.map((set) => set?.slice(0, words));
  }

  /** Approximate bytes held by the sets. */
  bytes(): number {
    let total = 0;
    for (const set of this.sets) total += set?.byteLength ?? 0;
    return total;
  }
}

/** First index in `list` at or after `from` whose slot is not below `slot` (galloping, then binary). */
export function seek(list: Slots, from: number, slot: number): number {
  let step = 1;
  let hi = from;
  while (hi < list.length && (list[hi] as number) < slot) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, list.length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if ((list[mid] as number) < slot) from = mid + 1;
    else hi = mid;
  }
  return from;
}

/** The slots in both sorted lists; a short list against a long one costs only its length's searches. */
export function intersect(a: Slots, b: Slots): Slots {
  if (a.length > b.length) [a, b] = [b, a];
  const out = newSlots(a.length);
  let n = 0;
  let j = 0;
  const gallop = b.length > a.length * 8;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const x = a[i] as number;
    if (gallop) j = seek(b, j, x);
    else while (j < b.length && (b[j] as number) < x) j++;
    if (b[j] === x) out[n++] = x;
  }
  return out.subarray(0, n);
}

/** The slots in either sorted list. */
export function union(a: Slots, b: Slots): Slots {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = newSlots(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x <= y) i++;
    if (y <= x) j++;
    out[n++] = Math.min(x, y);
  }
  while (i < a.length) out[n++] = a[i++] as number;
  while (j < b.length) out[n++] = b[j++] as number;
  return out.subarray(0, n);
}

/** The slots in every list, walked from the shortest; `undefined` when given no list. */
export function intersectAll(lists: Slots[]): Slots | undefined {
  if (lists.length === 0) return undefined;
  lists.sort((a, b) => a.length - b.length);
  const lead = lists[0] as Slots;
  if (lists.length === 1) return lead;
  if (lists.length === 2) return intersect(lead, lists[1] as Slots);
  const at = new Int32Array(lists.length);
  const out = newSlots(lead.length);
  let n = 0;
  next: for (let i = 0; i < lead.length; i++) {
    const slot = lead[i] as number;
    for (let k = 1; k < lists.length; k++) {
      const list = lists[k] as Slots;
      const j = seek(list, at[k] as number, slot);
      at[k] = j;
      if (j === list.length) break next;
      if (list[j] !== slot) continue next;
    }
    out[n++] = slot;
  }
  return out.subarray(0, n);
}
