import { describe, expect, it } from 'vitest';
import { charsetFindings, encodableSet, unencodable } from './charset';

describe('page charset', () => {
  it('knows what GBK encodes from the decoder: common Chinese and full-width punctuation yes, 𠮷 and emoji no', () => {
    const gbk = encodableSet('GBK');
    expect(gbk?.has('述'.codePointAt(0) ?? 0)).toBe(true);
    expect(gbk?.has('，'.codePointAt(0) ?? 0)).toBe(true);
    expect(gbk?.has('𠮷'.codePointAt(0) ?? 0)).toBe(false);
    expect(encodableSet('UTF-8')).toBeNull();
    expect(encodableSet('gb18030')).toBeNull();
  });

  it('names each character GBK cannot post, with its exact range; an emoji with its parts is one, and may be removed', () => {
    const text = '张𠮷同志👍🏻工作认真。';
    const found = unencodable(text, 'GBK');
    expect(found.map((f) => [f.text, text.slice(f.start, f.end), f.pictograph])).toEqual([
      ['𠮷', '𠮷', false],
      ['👍🏻', '👍🏻', true],
    ]);
    const findings = charsetFindings(text, 'GBK');
    expect(findings.map((f) => f.rule)).toEqual(['charset/unencodable', 'charset/unencodable']);
    expect(findings[0]?.message.zh).toContain('&#134071;');
    expect(findings[0]?.fix).toBeUndefined();
    expect(findings[1]?.fix).toEqual({ start: 5, end: 9, text: '' });
  });

  it('says nothing on a UTF-8 page, or for a text GBK can carry', () => {
    expect(charsetFindings('张𠮷👍', 'UTF-8')).toEqual([]);
    expect(charsetFindings('一、政治思想方面，认真学习。', 'GBK')).toEqual([]);
    expect(charsetFindings('一、政治思想方面', undefined)).toEqual([]);
  });

  it('Big5 pages too: simplified-only characters cannot be posted', () => {
    expect(unencodable('于是这里', 'Big5').map((f) => f.text)).toEqual(['这']);
  });
});
