import { describe, expect, it } from 'vitest';
import { insertedAt } from './inserted';

describe('insertedAt', () => {
  it('finds the text ending at the caret', () => {
    expect(insertedAt('甲以上述职，请予评议。', 11, '以上述职，请予评议。')).toBe(true);
    expect(insertedAt('甲', 1, '以上述职，请予评议。')).toBe(false);
  });
  it('with the caret inside it ({{光标}})', () => {
    // 'XX后文' inserted after 前言：, the caret left after XX.
    expect(insertedAt('前言：XX后文', 5, 'XX后文', 2)).toBe(true);
    expect(insertedAt('前言：XX后文', 7, 'XX后文', 2)).toBe(false);
  });
  it('joined on a single-line input', () => {
    expect(insertedAt('一 二', 3, '一\n二')).toBe(true);
  });
  it('not the same text elsewhere in the field', () => {
    expect(insertedAt('以上述职，请予评议。甲', 11, '以上述职，请予评议。')).toBe(false);
  });
});
