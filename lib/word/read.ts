import type { Element } from '@xmldom/xmldom';
import { Numbering } from './numbering';
import { child, children, isOn, isW, readParts, val } from './ooxml';

// Reads a .docx the way a reviewer reads it: paragraph by paragraph, with the list numbers Word draws
// (一、 （一） 1.) written into the text, and each heading's level from its style or outline level.

/** One paragraph of a Word document as text. */
export interface DocxParagraph {
  /** What Word shows, automatic list number included. */
  text: string;
  /** 1-based heading level from the paragraph's outline level or heading style, if it has one. */
  outline?: number;
}

interface StyleInfo {
  basedOn?: string;
  outline?: number;
  numId?: string;
  ilvl?: number;
}

function readStyles(root: Element | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!root) return styles;
  for (const style of children(root)) {
    if (!isW(style, 'style') || val(style, 'type') !== 'paragraph') continue;
    const pPr = child(style, 'pPr');
    const numPr = child(pPr, 'numPr');
    const outline = val(child(pPr, 'outlineLvl'));
    const name = (val(child(style, 'name')) ?? '').toLowerCase();
    // Word writes outlineLvl in its heading styles, but WPS and older files may only name them.
    const named = /^(?:heading|标题)\s*([1-9])$/.exec(name)?.[1];
    const info: StyleInfo = {};
    const basedOn = val(child(style, 'basedOn'));
    if (basedOn) info.basedOn = basedOn;
    if (outline !== undefined && Number(outline) < 9) info.outline = Number(outline) + 1;
    else if (named) info.outline = Number(named);
    const numId = val(child(numPr, 'numId'));
    if (numId !== undefined) info.numId = numId;
    const ilvl = val(child(numPr, 'ilvl'));
    if (ilvl !== undefined) info.ilvl = Number(ilvl);
    styles.set(val(style, 'styleId') ?? '', info);
  }
  return styles;
}

// A property of a style, looked up through its basedOn chain (cycles cut).
function inherited<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | undefined, key: K) {
  const seen = new Set<string>();
  for (let s = id; s && !seen.has(s); s = styles.get(s)?.basedOn) {
    seen.add(s);
    const value = styles.get(s)?.[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

// The text of a paragraph's runs: w:t, tabs and breaks; deleted, hidden and text-box content skipped.
function runText(el: Element, out: string[]): void {
  for (const node of children(el)) {
    if (isW(node, 't')) out.push(node.textContent ?? '');
    else if (isW(node, 'tab')) out.push('\t');
    else if (isW(node, 'br') || isW(node, 'cr')) out.push('\n');
    else if (isW(node, 'noBreakHyphen')) out.push('-');
    else if (isW(node, 'r')) {
      if (!isOn(child(child(node, 'rPr'), 'vanish'))) runText(node, out);
    } else if (isW(node, 'del') || isW(node, 'txbxContent') || isW(node, 'pPr') || isW(node, 'rPr')) {
      // Deleted text is not in the document; text boxes float outside the paragraph's flow.
    } else if (node.localName === 'Fallback' || node.localName === 'Choice') {
      // mc:AlternateContent repeats a drawing twice; neither copy is paragraph text.
    } else runText(node, out);
  }
}

/** Reads a .docx's body paragraphs (tables' cells included, in reading order). Throws DocxError. */
export function readDocx(bytes: Uint8Array): DocxParagraph[] {
  const parts = readParts(bytes);
  const styles = readStyles(parts['word/styles.xml']);
  const numbering = new Numbering(parts['word/numbering.xml']);
  const body = child(parts['word/document.xml'], 'body');
  const out: DocxParagraph[] = [];
  const visit = (el: Element) => {
    for (const node of children(el)) {
      if (isW(node, 'p')) out.push(paragraph(node, styles, numbering));
      // Tables, content controls and tracked insertions hold paragraphs; section properties do not.
      else if (!isW(node, 'sectPr') && !isW(node, 'del')) visit(node);
    }
  };
  if (body) visit(body);
  return out;
}

function paragraph(p: Element, styles: Map<string, StyleInfo>, numbering: Numbering): DocxParagraph {
  const pPr = child(p, 'pPr');
  const styleId = val(child(pPr, 'pStyle')) ?? 'Normal';
  const numPr = child(pPr, 'numPr');
  const numId = val(child(numPr, 'numId')) ?? inherited(styles, styleId, 'numId');
  const ilvl = Number(val(child(numPr, 'ilvl')) ?? inherited(styles, styleId, 'ilvl') ?? 0);
  const parts: string[] = [];
  runText(p, parts);
  const text = parts.join('');
  // Word skips the number of an empty list paragraph only when it is hidden; an empty one still counts.
  const marker = numId !== undefined ? numbering.next(numId, ilvl) : '';
  const direct = val(child(pPr, 'outlineLvl'));
  const outline = direct !== undefined ? Number(direct) + 1 : inherited(styles, styleId, 'outline');
  const result: DocxParagraph = { text: marker + text };
  if (outline !== undefined && outline >= 1 && outline <= 9) result.outline = outline;
  return result;
}

/** A document's text as the checker reads it: one line per paragraph, so line N is paragraph N. */
export function docxText(paragraphs: readonly DocxParagraph[]): string {
  // A manual line break (Shift+Enter) inside a paragraph joins Chinese text directly, Latin words with a space.
  const joined = (text: string) =>
    text.replace(/[ \t]*[\r\n]+[ \t]*/g, (_, offset: number, all: string) =>
      /[\u3000-\u9fff\uff00-\uffef]/.test(all[offset - 1] ?? '') ||
      /^[\s]*[\u3000-\u9fff\uff00-\uffef]/.test(all.slice(offset))
        ? ''
        : ' ',
    );
  return paragraphs.map((p) => joined(p.text)).join('\n');
}
