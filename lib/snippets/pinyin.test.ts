import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addLetterPairs,
  emptyLetterPairs,
  loadPinyin,
  matchPinyin,
  pairsAllow,
  readingsOf,
  readingsOfText,
} from './pinyin';

// pinyin-pro is loaded on demand (pinyin-lazy.test.ts covers before and after).
beforeAll(() => loadPinyin());

const match = (term: string, text: string) => matchPinyin(term, text, readingsOfText(text));

describe('matchPinyin', () => {
  it('reads each character as any prefix of any of its readings', () => {
    expect(match('czwt', '存在问题')).toEqual({ start: 0, end: 4 });
    expect(match('cunzwenti', '存在问题')).toEqual({ start: 0, end: 4 });
    expect(match('wt', '存在问题')).toEqual({ start: 2, end: 4 });
    expect(match('zhongxin', '重新')).toEqual({ start: 0, end: 2 });
    expect(match('chongxin', '重新')).toEqual({ start: 0, end: 2 });
  });

  it('types ü as v', () => {
    expect(readingsOf('女')).toContain('nv');
    expect(match('nvx', '女性干部')).toEqual({ start: 0, end: 2 });
  });

  it('mixes pinyin and characters in one term', () => {
    expect(match('cun在', '存在问题')).toEqual({ start: 0, end: 2 });
    expect(match('存zai', '存在问题')).toEqual({ start: 0, end: 2 });
  });

  it('steps over punctuation inside a title but does not start on it', () => {
    expect(match('szbgkt', '述职报告·开头')).toEqual({ start: 0, end: 7 });
    expect(match('kt', '述职报告·开头')).toEqual({ start: 5, end: 7 });
  });

  it('does not match letters that no reading has', () => {
    expect(match('czwx', '存在问题')).toBeUndefined();
    expect(match('cunzaii', '存在')).toBeUndefined();
    expect(match('', '存在')).toBeUndefined();
  });

  it('gives no reading to non-Han characters', () => {
    expect(readingsOf('a')).toBeUndefined();
    expect(readingsOf('，')).toBeUndefined();
  });
});

describe('letter pairs', () => {
  const CHARS = [...'存在问题行长重银乐女下步打算述职报告', 'a', 'z', '1', '·', ' ', '（', '）'];
  // A term built the way a user types it: per character a prefix of a reading, or the character.
  const typed = fc
    .tuple(
      fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 10 }),
      fc.nat(),
      fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
    )
    .map(([chars, start, picks]) => {
      const text = chars.join('');
      let term = '';
      for (let c = start % text.length, i = 0; c < text.length && i < picks.length; c++, i++) {
        const pick = picks[i] ?? 0;
        const readings = readingsOf(text.charAt(c));
        if (term !== '' && /[\s\p{P}]/u.test(text.charAt(c)) && pick % 2 === 0) continue; // stepped over
        const reading = readings?.[pick % readings.length];
        term += reading && pick % 5 !== 0 ? reading.slice(0, 1 + (pick % reading.length)) : text.charAt(c);
      }
      return { text, term };
    });

  it('never rule out a term that matches, and the matcher finds every typed term', () => {
    fc.assert(
      fc.property(typed, ({ text, term }) => {
        const readings = readingsOfText(text);
        const pairs = emptyLetterPairs();
        addLetterPairs(pairs, text, readings);
        expect(matchPinyin(term, text, readings)).toBeDefined();
        expect(pairsAllow(pairs, term)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('rule out terms whose letters no reading sequence gives', () => {
    const text = '存在问题';
    const pairs = emptyLetterPairs();
    addLetterPairs(pairs, text, readingsOfText(text));
    expect(pairsAllow(pairs, 'czwt')).toBe(true);
    expect(pairsAllow(pairs, 'zc')).toBe(false);
    expect(pairsAllow(pairs, 'cunzq')).toBe(false);
  });
});
