import type { Heading, ReportDocument, Span } from './document';
import { findEnumerations } from './enumerations';
import { takeClosing, takeDate, takeSalutation, takeSignature, takeTitle } from './front-back';
import { readHeading } from './headings';
import { joinWrapped, lines, splitEmbedded } from './segment';
import { BUILTIN_TITLES } from './titles';
import { buildTree } from './tree';

/** Options of the parser. */
export interface ParseOptions {
  /** Section titles that may be glued to their body in flattened text; defaults to every built-in alias. */
  knownTitles?: readonly string[];
}

/** Reads a report's plain text into a document model with exact UTF-16 offsets. Never throws. */
export function parse(text: string, options: ParseOptions = {}): ReportDocument {
  const knownTitles = options.knownTitles ?? BUILTIN_TITLES;
  const rawLines = lines(text);
  const blocks = joinWrapped(text, rawLines);
  const doc: ReportDocument = {
    text,
    paragraphs: [],
    headings: [],
    allHeadings: [],
    enumerations: [],
    body: { start: 0, end: text.length },
  };

  const first = blocks[0];
  if (first) {
    const title = takeTitle(text, first, blocks.length === 1);
    if (title) doc.title = title;
    const holder = first.end > first.start ? first : blocks[1];
    const salutation = holder && takeSalutation(text, holder);
    if (salutation) doc.salutation = salutation;
  }
  let live = blocks.filter((b) => b.end > b.start);
  takeBackMatter(text, live, doc);
  live = live.filter((b) => b.end > b.start);

  const paragraphs = live.flatMap((block) => splitEmbedded(text, block));
  const flat: Heading[] = [];
  const flattened = rawLines.length <= 2;
  for (let i = 0; i < paragraphs.length; i++) {
    const para = paragraphs[i] as Span;
    const found = readHeading(text, para, {
      inSections: flat.length > 0,
      knownTitles,
      flattened,
      isLast: i === paragraphs.length - 1,
    });
    if (!found) continue;
    flat.push(found.heading);
    if (found.rest && found.rest.end > found.rest.start) {
      para.end = found.heading.end;
      paragraphs.splice(i + 1, 0, found.rest);
    }
  }
  doc.paragraphs = paragraphs;

  const firstHeading = flat[0];
  const openingParas = paragraphs.filter((p) => !firstHeading || p.end <= firstHeading.start);
  const lastOpening = openingParas[openingParas.length - 1];
  if (openingParas[0] && lastOpening) doc.opening = { start: openingParas[0].start, end: lastOpening.end };
  const bodyEnd = doc.closing?.start ?? doc.signature?.start ?? doc.date?.start ?? text.length;
  doc.body = { start: firstHeading?.start ?? bodyEnd, end: bodyEnd };
  doc.headings = buildTree(flat, doc.body.end);
  doc.allHeadings = flat;
  doc.enumerations = findEnumerations(text, paragraphs).filter((item) => item.start >= doc.body.start);
  return doc;
}

// Date, then signature, then closing formula, peeled off the last blocks.
function takeBackMatter(text: string, blocks: Span[], doc: ReportDocument): void {
  const last = () => blocks.filter((b) => b.end > b.start).at(-1);
  let block = last();
  if (!block) return;
  const date = takeDate(text, block);
  if (date) {
    doc.date = date;
    block = last();
    const signature = block && takeSignature(text, block);
    if (signature) doc.signature = signature;
  }
  block = last();
  const closing = block && takeClosing(text, block);
  if (closing) doc.closing = closing;
}
