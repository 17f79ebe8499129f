import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTerm, mayContain, signature } from './query';
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

describe('body signatures', () => {
  it('never rule out a body that contains the term', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const term = text.slice(start, start + (b % 8));
        expect(mayContain(signature(text), makeTerm(term))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('rule out most bodies that lack a character of the term', () => {
    const body = signature('坚持把理论学习摆在突出位置，年初制定工作计划。');
    expect(mayContain(body, makeTerm('理论学习'))).toBe(true);
    expect(mayContain(body, makeTerm('廉政建设'))).toBe(false);
  });
});
