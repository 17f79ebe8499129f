import type { Heading, Span } from './document';
import { readMarker } from './markers';
import { isSpace } from './text';

// Recognises the heading that opens a paragraph, if any. Two shapes are normal in 公文: a standalone
// line (一、基本情况) and a run-in topic sentence that ends at the paragraph's first 。.

const SENTENCE_END = /[。！？]/;
// Sentences starting like this are prose, not topic sentences.
const PROSE_START =
  /^(我|下一步|今后|同时|此外|总之|一年来|今年|本年|回顾|以上|针对|根据|按照|通过|其中|经过|目前|当前|近年来)/;
const ENUM_START = /^([一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,]|首先|其次|再次|最后)/;

/** What the heading finder needs to know about the paragraph's place in the report. */
export interface HeadingContext {
  /** A heading was already seen: unnumbered topic sentences count only inside sections. */
  inSections: boolean;
  /** Known section titles; a numbered heading glued to its body (flattened text) is cut after one. */
  knownTitles: readonly string[];
  /** The report came as one or two lines, so headings may be glued to their body. */
  flattened: boolean;
  isLast: boolean;
}

/** The heading at the start of `para`, and the rest of the paragraph when the heading had to be cut off. */
export function readHeading(
  text: string,
  para: Span,
  ctx: HeadingContext,
): { heading: Heading; rest?: Span } | undefined {
  const found = readMarker(text, para.start);
  // A marker that runs past its paragraph (a cut inside it) is no marker.
  const marker = found && found.end <= para.end ? found : undefined;
  if (marker) {
    let from = marker.end;
    while (from < para.end && isSpace(text[from])) from++;
    const content = text.slice(from, para.end);
    const glued = ctx.flattened ? gluedTitle(content, ctx.knownTitles) : undefined;
    if (glued) {
      let restStart = from + glued;
      while (restStart < para.end && isSpace(text[restStart])) restStart++;
      return {
        heading: heading(para.start, { start: from, end: from + glued }, 'standalone', marker),
        rest: { start: restStart, end: para.end },
      };
    }
    const stop = content.search(SENTENCE_END);
    if (stop < 0 || stop === content.length - 1 || onlyClosers(content.slice(stop + 1))) {
      const end = trimEndPunct(text, from, para.end);
      return { heading: heading(para.start, { start: from, end }, 'standalone', marker) };
    }
    return { heading: heading(para.start, { start: from, end: from + stop }, 'run-in', marker) };
  }
  const content = text.slice(para.start, para.end);
  const len = para.end - para.start;
  const isAlias = ctx.knownTitles.some((t) => content === t);
  if (
    !ctx.isLast &&
    (isAlias || ctx.inSections) &&
    len <= 25 &&
    !/[。！？，；,;\n]/.test(content) &&
    !/[：:]$/.test(content)
  )
    return { heading: heading(para.start, { ...para }, 'standalone') };
  if (!ctx.inSections) return undefined;
  const stop = content.search(SENTENCE_END);
  if (stop < 4 || stop > 32 || len - stop < stop + 10) return undefined;
  const topic = content.slice(0, stop);
  // Figures belong to the body: 全年起草文稿120篇 is a statement, not a topic.
  if (PROSE_START.test(topic) || ENUM_START.test(topic) || /[：；:;0-9０-９%]/.test(topic)) return undefined;
  if ((topic.match(/，/g)?.length ?? 0) > 2) return undefined;
  return { heading: heading(para.start, { start: para.start, end: para.start + stop }, 'run-in') };
}

function heading(start: number, title: Span, shape: Heading['shape'], marker?: Heading['marker']): Heading {
  return {
    start,
    end: title.end,
    title,
    shape,
    depth: 1,
    bodyEnd: title.end,
    children: [],
    ...(marker ? { marker } : {}),
  };
}

// A known title glued to the following words (一、基本情况永葆政治忠诚，…) is a standalone heading.
function gluedTitle(content: string, titles: readonly string[]): number | undefined {
  let best = 0;
  for (const title of titles) {
    if (title.length > best && content.startsWith(title)) best = title.length;
  }
  if (!best) return undefined;
  const after = content.charCodeAt(best);
  const stop = content.search(SENTENCE_END);
  const runInTitle = stop < 0 ? content.length : stop;
  // Glued means: words follow directly and the would-be heading runs on past the known title.
  if (!(after >= 0x4e00 && after <= 0x9fff) || runInTitle <= best + 3) return undefined;
  return best;
}

function onlyClosers(s: string): boolean {
  return /^[”’）」》]*$/.test(s);
}

function trimEndPunct(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && '。，；：:;,.！？'.includes(text[e - 1] ?? '')) e--;
  return e;
}
