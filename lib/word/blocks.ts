import type { Heading, MarkerFamily } from '../structure/document';
import { parse } from '../structure/parse';

// A report's text read into the paragraphs of a 公文 page: what each paragraph is and where a run-in
// heading ends. The structure parser decides; this only names each paragraph's role for the layout.

/** Heading levels of GB/T 9704 §7.3.3: 一、 （一） 1. （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** One paragraph of the exported report. */
export type Block =
  | { kind: 'title' | 'salutation' | 'body' | 'signature' | 'date'; text: string }
  /** A heading on a line of its own. */
  | { kind: 'heading'; level: HeadingLevel; text: string }
  /** A paragraph that opens with a heading sentence (（一）抓好学习。全年……): `lead` in the heading's face. */
  | { kind: 'run-in'; level: HeadingLevel; lead: string; text: string };

/** What the caller knows beyond the text. */
export interface BlockOptions {
  /** Replaces the title the text opens with, or adds one. */
  title?: string;
  /** Replaces the date the text closes with, or adds one (already written as 2025年12月26日). */
  date?: string;
}

const LEVEL: Record<MarkerFamily, HeadingLevel> = {
  part: 1,
  cn: 1,
  'cn-paren': 2,
  arabic: 3,
  'arabic-paren': 4,
  circled: 4,
};

// Hard-wrapped lines were joined by the parser; their breaks (and any typed indent) go, since Word
// wraps and indents by itself. Latin words keep one space between them.
function flow(text: string): string {
  return text
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    .replace(/([A-Za-z0-9,.;:!?])[ \t]*(?:\r\n|[\n\r])[ \t\u3000]*(?=[A-Za-z0-9])/g, '$1 ')
    .replace(/[ \t\u3000]*(?:\r\n|[\n\r\u2028\u2029])[ \t\u3000]*/g, '');
}

function level(heading: Heading): HeadingLevel {
  if (heading.marker) return LEVEL[heading.marker.family];
  return Math.min(heading.depth, 4) as HeadingLevel;
}

/** Reads `text` (a field, a form's fields joined, or a .txt file) into the paragraphs of a 公文 page. */
export function toBlocks(text: string, options: BlockOptions = {}): Block[] {
  const doc = parse(text);
  const slice = (span: { start: number; end: number }) => flow(text.slice(span.start, span.end));
  const headingAt = new Map(doc.allHeadings.map((h) => [h.start, h]));
  const blocks: Block[] = [];
  const title = options.title?.trim() || (doc.title && slice(doc.title));
  if (title) blocks.push({ kind: 'title', text: title });
  if (doc.salutation) blocks.push({ kind: 'salutation', text: slice(doc.salutation) });
  for (const para of doc.paragraphs) {
    const heading = headingAt.get(para.start);
    if (!heading) {
      blocks.push({ kind: 'body', text: slice(para) });
      continue;
    }
    if (heading.shape === 'standalone' || heading.end >= para.end) {
      blocks.push({ kind: 'heading', level: level(heading), text: slice(para) });
      continue;
    }
    // The heading sentence keeps its full stop in the heading's face.
    const leadEnd = /[。！？]/.test(text[heading.end] ?? '') ? heading.end + 1 : heading.end;
    blocks.push({
      kind: 'run-in',
      level: level(heading),
      lead: slice({ start: para.start, end: leadEnd }),
      text: slice({ start: leadEnd, end: para.end }),
    });
  }
  if (doc.closing) blocks.push({ kind: 'body', text: slice(doc.closing) });
  if (doc.signature) blocks.push({ kind: 'signature', text: slice(doc.signature) });
  const date = options.date ?? (doc.date && slice(doc.date));
  if (date) blocks.push({ kind: 'date', text: date });
  return blocks;
}

/**
 * A date as GB/T 9704 writes it (2025年12月26日), from 2025-12-26, 2025/12/26, 2025.12.26 or itself;
 * undefined when it is no real date.
 */
export function formatDate(input: string): string | undefined {
  const m = /^\s*(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?\s*$/.exec(input);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return `${year}年${month}月${day}日`;
}
