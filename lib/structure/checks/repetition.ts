import type { Check } from '../context';
import { proseSpans } from '../context';
import { type Finding, finding } from '../finding';

// Repetition: a function word typed twice (的的), a phrase of three or more characters repeated
// back to back, and a sentence or paragraph that appears twice. Reduplication (常常, 研究研究) is
// ordinary Chinese, so doubled content words of one or two characters are left alone.

// 的的 and 了了 are the doublings typed by mistake; 目的的, 有的的确, 为了了解, 不了了之 are words meeting.
const DOUBLED_FUNCTION = /(的)\1+|(了)\2+/g;
// Lazy, so 工作机制工作机制工作机制 is one phrase thrice, not a longer one twice.
const REPEATED_PHRASE = /([\u4e00-\u9fff]{3,12}?)\1+/g;

/** repetition/word: 的的, 工作机制工作机制. The fix removes the second copy. */
export const checkRepeatedWords: Check = ({ text }) => {
  const out: Finding[] = [];
  for (const pattern of [DOUBLED_FUNCTION, REPEATED_PHRASE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const word = m[1] ?? m[2] ?? '';
      if (pattern === DOUBLED_FUNCTION && allowedDouble(text, m.index)) continue;
      // The first copy stays; every further copy goes.
      const start = m.index + word.length;
      const range = { start, end: m.index + m[0].length };
      out.push(
        finding('repetition/word', 'warning', range, `“${word}”重复`, `“${word}” is repeated`, {
          ...range,
          text: '',
        }),
      );
    }
  }
  return out.sort((a, b) => a.start - b.start);
};

function allowedDouble(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + 2] ?? '';
  if (text[at] === '的') return before === '目' || before === '有' || before === '端' || after === '确';
  return after === '解' || after === '结' || after === '之' || after === '分' || after === '却' || before === '不';
}

// Greedy and anchored on the terminator, so a long text without 。 stays linear.
const SENTENCE = /[^。！？\n]+[。！？]?/g;

/** repetition/sentence: a sentence of thirteen or more characters, or a whole paragraph, that occurs twice. */
export const checkDuplicateSentences: Check = ({ text, doc }) => {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const paragraphs = new Set<string>();
  for (const span of proseSpans(doc)) {
    const content = text.slice(span.start, span.end);
    // A paragraph pasted twice is one finding, not one per sentence.
    if (content.length >= 13 && paragraphs.has(content)) {
      out.push(
        finding('repetition/sentence', 'warning', span, '这一段与前文重复', 'this paragraph repeats an earlier one'),
      );
      continue;
    }
    paragraphs.add(content);
    SENTENCE.lastIndex = 0;
    for (let m = SENTENCE.exec(content); m; m = SENTENCE.exec(content)) {
      const sentence = m[0].replace(/^[\s\u3000，；]+/, '');
      if (sentence.length < 13 || !/[。！？]$/.test(sentence)) continue;
      if (!seen.has(sentence)) {
        seen.add(sentence);
        continue;
      }
      const start = span.start + m.index + (m[0].length - sentence.length);
      out.push(
        finding(
          'repetition/sentence',
          'warning',
          { start, end: start + sentence.length },
          '这句话与前文重复',
          'this sentence repeats an earlier one',
        ),
      );
    }
  }
  return out;
};
