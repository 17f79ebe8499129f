import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersect, intersectAll, Postings, union } from './postings';

const sorted = fc.uniqueArray(fc.nat(200)).map((xs) => Int32Array.from(xs.sort((a, b) => a - b)));

describe('sorted slot lists', () => {
  it('intersect and union agree with set operations', () => {
    fc.assert(
      fc.property(sorted, sorted, sorted, (a, b, c) => {
        const inB = new Set(b);
        const inC = new Set(c);
        expect([...intersect(a, b)]).toEqual([...a].filter((x) => inB.has(x)));
        expect([...union(a, b)]).toEqual([...new Set([...a, ...b])].sort((x, y) => x - y));
        expect([...(intersectAll([a, b, c]) ?? [])]).toEqual([...a].filter((x) => inB.has(x) && inC.has(x)));
      }),
    );
    expect(intersectAll([])).toBeUndefined();
  });
});

describe('Postings', () => {
  it('keeps each key’s slots sorted and unique, across table growth and trimming', () => {
    const postings = new Postings();
    const want = new Map<number, number[]>();
    for (let slot = 0; slot < 300; slot++) {
      for (let k = 0; k < 40; k++) {
        // Keys of every sign, many repeated within a slot.
        const key = ((slot * 7919 + k * 104729) % 5000) * (k % 2 ? -1 : 1);
        postings.add(key, slot);
        const list = want.get(key) ?? [];
        if (list[list.length - 1] !== slot) list.push(slot);
        want.set(key, list);
      }
      if (slot === 150) postings.trim();
    }
    for (const [key, slots] of want) expect([...postings.get(key)]).toEqual(slots);
    expect([...postings.get(123_456_789)]).toEqual([]);
    expect(postings.count).toBe([...want.values()].reduce((n, l) => n + l.length, 0));
  });
});
