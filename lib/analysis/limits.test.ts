import { describe, expect, it } from 'vitest';
import { boundsFromHint, limitFromCounter, parseCount } from './limits';

describe('parseCount', () => {
  it.each([
    ['800', 800],
    ['八百', 800],
    ['一千五百', 1500],
    ['两千', 2000],
    ['十五', 15],
    ['三千字', undefined],
    ['', undefined],
  ])('%s → %s', (text, count) => {
    expect(parseCount(text)).toBe(count);
  });
});

describe('boundsFromHint', () => {
  it.each([
    ['从德、能、勤、绩、廉五个方面总结，限1500字。', { max: 1500 }],
    ['（限 800 字）', { max: 800 }],
    ['不超过1000字', { max: 1000 }],
    ['字数不得超过两千字', { max: 2000 }],
    ['请在1500字以内', { max: 1500 }],
    ['字数：800', { max: 800 }],
    ['不少于1500字，不超过3000字', { max: 3000, min: 1500 }],
    ['个人总结', {}],
    ['2022年度述职', {}],
    ['95%以上', {}],
  ])('%s', (hint, bounds) => {
    expect(boundsFromHint(hint)).toEqual(bounds);
  });
});

describe('limitFromCounter', () => {
  it.each([
    ['0/800', 800],
    ['已输入 123 / 1500', 1500],
    ['2022/12/31', undefined],
    ['1/0', undefined],
    ['共3页', undefined],
  ])('%s → %s', (text, limit) => {
    expect(limitFromCounter(text)).toBe(limit);
  });
});

describe('what a page sends', () => {
  // The page script sends the text around a field only when it (or the label) has 字 or a / in it
  // (lib/fields/scan.ts readLimits): every wording read here must name 字, every counter a /.
  it.each([
    '从德、能、勤、绩、廉五个方面总结，限1500字。',
    '不超过一千字',
    '字数：800',
    '请在1500字以内',
    '不少于1500字',
    '0/800',
    '已输入 123 / 1500',
  ])('%s needs 字 or /', (text) => {
    const without = text.replace(/[字/]/g, '');
    expect(boundsFromHint(without)).toEqual({});
    expect(limitFromCounter(without)).toBeUndefined();
  });
});
