import type { Span } from './document';
import { readMarker } from './markers';
import { trimSpan } from './text';

// The parts of a report around its sections: title and salutation at the top; closing formula,
// signature and date at the bottom. Each finder takes the first/last block and may cut it, because a
// report pasted as one line carries them glued to the body.

const TITLE_WORD =
  /^[^。！？，；：\n]{0,40}?(述职述廉报告|述责述廉报告|对照检查材料|检视剖析材料|个人总结|工作总结|调研报告|调查报告|述职报告|发言提纲|总结|报告|材料)/;
const SALUTATION = /^(尊敬的)?[^。！？\n]{0,30}?(领导|同志们?|同事们?|代表|委员|评委)[^。！？\n]{0,10}?[：:]/;
// (A date written 2025.12.26 or 2025-12-26 is still the signature's date; number/date-form says how
// to write it.)
const DATE =
  /(?:(\d{4}|[〇零一二三四五六七八九○]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日|(?<![\d.])\d{4}\s*[.．/\-－]\s*\d{1,2}\s*[.．/\-－]\s*\d{1,2})$/;
// A closing formula opens with one of these words and contains one of the CLOSING phrases.
const CLOSING_START = /^(以上|特此|不妥之处|恳请|敬请|请各位|请予|请领导)/;
const CLOSING =
  /(以上(述职|报告|总结|汇报|发言|是我|材料|检查)|请予评议|请予审议|特此报告|特此总结|批评指正|请审阅|请审议|准予转正)[^。！？]{0,40}[。！]?$/;

/** Finds a title at the start of the first block: a short unpunctuated line, or a title glued to the body. */
export function takeTitle(text: string, block: Span, isOnlyBlock: boolean): Span | undefined {
  const len = block.end - block.start;
  const content = text.slice(block.start, block.end);
  if (readMarker(text, block.start)) return undefined;
  // A title ending in a stop (……述职报告。) is still the title; punctuation/title-end says so.
  const stopped = /^[^，。！？；：]{2,48}(报告|总结|材料|述职|述廉|述责|剖析|汇报|提纲|发言|计划|方案)[。；，]$/.test(
    content,
  );
  if (!isOnlyBlock && len <= 50 && (stopped || !/[。！？；]/.test(content)) && !SALUTATION.test(content)) {
    const title = { ...block };
    block.start = block.end;
    return title;
  }
  // A title glued to the body only happens when the whole report came as one line.
  const match = isOnlyBlock ? TITLE_WORD.exec(content) : null;
  if (!match || /现将|如下|特此|我/.test(match[0])) return undefined;
  const next = content[match[0].length];
  if (next === undefined || '如的，。之和及'.includes(next)) return undefined;
  const title = { start: block.start, end: block.start + match[0].length };
  Object.assign(block, trimSpan(text, title.end, block.end));
  return title;
}

/** Finds a salutation (各位领导、同志们：) at the start of a block, cutting it off. */
export function takeSalutation(text: string, block: Span): Span | undefined {
  const match = SALUTATION.exec(text.slice(block.start, block.end));
  if (!match) return undefined;
  const salutation = { start: block.start, end: block.start + match[0].length };
  Object.assign(block, trimSpan(text, salutation.end, block.end));
  return salutation;
}

/** Finds a date at the end of a block (2022年12月20日 or 二〇二二年十二月二十日), cutting it off. */
export function takeDate(text: string, block: Span): Span | undefined {
  const match = DATE.exec(text.slice(Math.max(block.start, block.end - 30), block.end));
  if (!match) return undefined;
  const date = { start: block.end - match[0].length, end: block.end };
  Object.assign(block, trimSpan(text, block.start, date.start));
  return date;
}

/** Finds a signature (a short name line, 述职人：… allowed) at the end of a block, cutting it off. */
export function takeSignature(text: string, block: Span): Span | undefined {
  const content = text.slice(block.start, block.end);
  const cut = Math.max(content.lastIndexOf('。'), content.lastIndexOf('！'), content.lastIndexOf('\n'));
  const tail = trimSpan(text, block.start + cut + 1, block.end);
  const tailText = text.slice(tail.start, tail.end).replace(/^(述职人|报告人|汇报人|总结人|单位|姓名)[：:]/, '');
  if (tail.end - tail.start === 0 || tail.end - tail.start > 24 || /[，。；：！？、,;:]/.test(tailText))
    return undefined;
  if (readMarker(text, tail.start)) return undefined;
  Object.assign(block, trimSpan(text, block.start, tail.start));
  return tail;
}

/** Finds the closing formula: the whole last block, or its last sentence, cutting it off. */
export function takeClosing(text: string, block: Span): Span | undefined {
  const content = text.slice(block.start, block.end);
  if (readMarker(text, block.start)) return undefined;
  if (content.length <= 100 && CLOSING_START.test(content) && CLOSING.test(content)) {
    const closing = { ...block };
    block.start = block.end;
    return closing;
  }
  const body = content.replace(/[。！]$/, '');
  const cut = Math.max(body.lastIndexOf('。'), body.lastIndexOf('！'), body.lastIndexOf('？'));
  const last = content.slice(cut + 1).trim();
  if (cut < 0 || content.length - cut > 60 || !CLOSING_START.test(last) || !CLOSING.test(last)) return undefined;
  const closing = trimSpan(text, block.start + cut + 1, block.end);
  Object.assign(block, trimSpan(text, block.start, closing.start));
  return closing;
}
