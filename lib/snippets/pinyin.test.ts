import { describe, expect, it } from 'vitest';
import { matchPinyin, readingsOf, readingsOfText } from './pinyin';

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
