import type { Check } from '../context';
import { type Finding, finding } from '../finding';

// Paired marks balance within a paragraph: （）“”‘’《》〈〉【】「」.
const OPEN = '（“‘《〈【「';
const CLOSE = '）”’》〉】」';
const ANY = /[（“‘《〈【「）”’》〉】」]/g;

/** punctuation/unbalanced: an opening mark without its closing one, or the reverse. */
export const checkPairs: Check = ({ text, doc }) => {
  const out: Finding[] = [];
  const spans = [doc.title, ...doc.paragraphs, doc.closing].filter((s) => s !== undefined);
  // One pass over the text for the marks; each is then given to the paragraph that holds it.
  const marks: number[] = [];
  ANY.lastIndex = 0;
  for (let m = ANY.exec(text); m; m = ANY.exec(text)) marks.push(m.index);
  let k = 0;
  for (const span of spans) {
    const stack: number[] = [];
    while (k < marks.length && (marks[k] ?? 0) < span.start) k++;
    for (; k < marks.length && (marks[k] ?? 0) < span.end; k++) {
      const i = marks[k] ?? 0;
      const ch = text[i] ?? '';
      const open = OPEN.indexOf(ch);
      if (open >= 0) {
        stack.push(i);
        continue;
      }
      const close = CLOSE.indexOf(ch);
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
