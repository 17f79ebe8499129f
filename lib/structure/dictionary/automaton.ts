// Aho–Corasick over the dictionary's wrong forms: one pass over the text finds every occurrence of
// every entry, whatever their number. Transitions live in one Map keyed by state and character, so a
// step is one lookup; outputs follow dictionary-suffix links, so no list is copied at build time.

/** A built automaton over a list of keys. */
export interface Automaton {
  /** (state × 0x10000 + UTF-16 unit) → next state. */
  next: Map<number, number>;
  fail: Int32Array;
  /** Index of the key ending at a state, or -1. */
  key: Int32Array;
  /** The nearest state on the fail chain that ends a key, or -1. */
  out: Int32Array;
  keyLength: Int32Array;
  /** The root's transitions by UTF-16 unit (0 for none): most steps of a scan start at the root. */
  root: Int32Array;
}

/** One occurrence: key index and its range in the text. */
export interface Hit {
  key: number;
  start: number;
  end: number;
}

/** Builds the automaton of `keys` (empty keys are ignored; the first of two equal keys is kept). */
export function buildAutomaton(keys: readonly string[]): Automaton {
  const next = new Map<number, number>();
  const children: number[][] = [[]];
  const keyAt: number[] = [-1];
  const keyLength = new Int32Array(keys.length);
  keys.forEach((word, index) => {
    keyLength[index] = word.length;
    if (!word) return;
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const edge = state * 0x10000 + word.charCodeAt(i);
      let to = next.get(edge);
      if (to === undefined) {
        to = keyAt.length;
        keyAt.push(-1);
        children.push([]);
        next.set(edge, to);
        children[state]?.push(word.charCodeAt(i));
      }
      state = to;
    }
    if (keyAt[state] === -1) keyAt[state] = index;
  });
  const size = keyAt.length;
  const fail = new Int32Array(size);
  const out = new Int32Array(size).fill(-1);
  const key = Int32Array.from(keyAt);
  // Breadth first, so a state's fail target is final before its children need it.
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    for (const code of children[state] ?? []) {
      const child = next.get(state * 0x10000 + code) as number;
      queue.push(child);
      if (state === 0) continue;
      let f = fail[state] as number;
      while (f !== 0 && !next.has(f * 0x10000 + code)) f = fail[f] as number;
      const target = next.get(f * 0x10000 + code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const via = fail[child] as number;
      out[child] = (key[via] as number) >= 0 ? via : (out[via] as number);
    }
  }
  const root = new Int32Array(0x10000);
  for (const code of children[0] ?? []) root[code] = next.get(code) as number;
  return { next, fail, key, out, keyLength, root };
}

/** Every occurrence of every key in `text`, in order of where they end. */
export function scan(automaton: Automaton, text: string): Hit[] {
  const { next, fail, key, out, keyLength, root } = automaton;
  const hits: Hit[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let to = state === 0 ? undefined : next.get(state * 0x10000 + code);
    while (to === undefined && state !== 0) {
      state = fail[state] as number;
      to = state === 0 ? undefined : next.get(state * 0x10000 + code);
    }
    state = to ?? (root[code] as number);
    for (let s = (key[state] as number) >= 0 ? state : (out[state] as number); s >= 0; s = out[s] as number) {
      const k = key[s] as number;
      hits.push({ key: k, start: i + 1 - (keyLength[k] as number), end: i + 1 });
    }
  }
  return hits;
}
