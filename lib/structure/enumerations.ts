import type { EnumItem, Span } from './document';
import { cnToInt } from './text';

// Inline enumerations inside paragraphs: 一是……二是……, 第一，……第二，……, 首先……其次……最后.
// An item counts only at a clause start, so 统一是 or 第一次 are not items.
const ITEM =
  /([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，,、：:])|(首先|其次|再次|最后)(?=[，,、：:])/g;
const CLAUSE_START = '。；！？：，\n';
const XIAN: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };

/** Finds the enumeration items in each paragraph, in document order. */
export function findEnumerations(text: string, paragraphs: readonly Span[]): EnumItem[] {
  const items: EnumItem[] = [];
  paragraphs.forEach((para, index) => {
    const content = text.slice(para.start, para.end);
    ITEM.lastIndex = 0;
    for (let m = ITEM.exec(content); m; m = ITEM.exec(content)) {
      const before = content[m.index - 1];
      if (before !== undefined && !CLAUSE_START.includes(before)) continue;
      const start = para.start + m.index;
      const end = start + m[0].length;
      if (m[1]) {
        const ordinal = cnToInt(m[1]);
        if (Number.isFinite(ordinal)) items.push({ kind: 'shi', ordinal, start, end, paragraph: index });
      } else if (m[2]) {
        const ordinal = cnToInt(m[2]);
        // 第一、二季度 is a range, not an item.
        if (!Number.isFinite(ordinal) || /^、[一二三四五六七八九十]/.test(text.slice(end, end + 2))) continue;
        items.push({ kind: 'di', ordinal, start, end, mark: { start: end, end: end + 1 }, paragraph: index });
      } else if (m[3]) {
        items.push({
          kind: 'xian',
          ordinal: XIAN[m[3]] ?? 0,
          start,
          end,
          mark: { start: end, end: end + 1 },
          paragraph: index,
        });
      }
    }
  });
  return items;
}
