import { describe, expect, it } from 'vitest';
import { splitTags } from './snippet-editor';

describe('splitTags', () => {
  it('splits on ASCII and full-width separators, trims, drops empties and repeats', () => {
    expect(splitTags(' 开头，结尾, 过渡、开头；;  ')).toEqual(['开头', '结尾', '过渡']);
    expect(splitTags('')).toEqual([]);
  });
});
