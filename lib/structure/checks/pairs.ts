import type { Check } from '../context';
import { type Finding, finding } from '../finding';

// Paired marks balance within a paragraph: （）“”‘’《》〈〉【】「」.
const OPEN = '（“‘《〈【「';
const CLOSE = '）”’》〉】」';

/** punctuation/unbalanced: an opening mark without its closing one, or the reverse. */
export const checkPairs: Check = ({ text, doc }) => {
  const out: Finding[] = [];
  const spans = [doc.title, ...doc.paragraphs, doc.closing].filter((s) => s !== undefined);
  for (const span of spans) {
    const stack: number[] = [];
    for (let i = span.start; i < span.end; i++) {
      const ch = text[i] ?? '';
      const open = OPEN.indexOf(ch);
      if (open >= 0) {
        stack.push(i);
        continue;
      }
      const close = CLOSE.indexOf(ch);
      if (close < 0) continue;
      const top = stack[stack.length - 1];
      if (top !== undefined && OPEN.indexOf(text[top] ?? '') === close) stack.pop();
      else out.push(unbalanced(i, ch, OPEN[close] ?? ''));
    }
    for (const at of stack) out.push(unbalanced(at, text[at] ?? '', CLOSE[OPEN.indexOf(text[at] ?? '')] ?? ''));
  }
  return out.sort((a, b) => a.start - b.start);
};

function unbalanced(at: number, ch: string, partner: string): Finding {
  return finding(
    'punctuation/unbalanced',
    'error',
    { start: at, end: at + 1 },
    `“${ch}”缺少配对的“${partner}”`,
    `${ch} has no matching ${partner}`,
  );
}
