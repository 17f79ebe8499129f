import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topK } from './rank';

describe('topK', () => {
  it('returns the same first k as a full sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 0, max: 20 }), (items, k) => {
        const byValue = (a: number, b: number) => b - a;
        expect(topK(items, k, byValue)).toEqual([...items].sort(byValue).slice(0, k));
      }),
    );
  });
});
