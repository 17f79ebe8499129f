import { describe, expect, it } from 'vitest';
import { MAX_TAGS, splitTags } from './tags';

describe('splitTags', () => {
  it('splits on ASCII and full-width separators and spaces, drops empties and repeats', () => {
    expect(splitTags(' 开头，结尾, 过渡、开头；;  ')).toEqual(['开头', '结尾', '过渡']);
    expect(splitTags('开头、常用，廉;党建 开头|结尾')).toEqual(['开头', '常用', '廉', '党建', '结尾']);
    expect(splitTags('')).toEqual([]);
  });

  it('keeps at most as many tags as a snippet holds', () => {
    const many = Array.from({ length: MAX_TAGS + 5 }, (_, i) => `t${i}`).join('，');
    expect(splitTags(many)).toHaveLength(MAX_TAGS);
  });
});
