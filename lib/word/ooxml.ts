import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, type UnzipFileInfo, unzipSync } from 'fflate';

// The parts of a .docx package the reader needs, unzipped and parsed, with the faults a user's file
// can have turned into one error type. fflate and xmldom run the same in the panel and in Node.

/** WordprocessingML's namespaces: transitional (what Word and WPS write) and strict. */
const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** Why a file could not be read as a Word document; `code` is stable, the messages are for people. */
export class DocxError extends Error {
  constructor(
    readonly code: 'not-zip' | 'old-doc' | 'not-docx' | 'too-large' | 'bad-xml',
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Unpacked XML a part may hold; a compressed bomb stops here, not in memory. */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'] as const;

/** A parsed part, or undefined when the package lacks it. */
export type Parts = Partial<Record<(typeof PARTS)[number], Element>>;

/** Unzips and parses the parts of a .docx the reader uses. Throws DocxError. */
export function readParts(bytes: Uint8Array): Parts {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw new DocxError(
      'old-doc',
      '这是旧版 Word（.doc）文件或加密的文档。请在 Word/WPS 中“另存为”.docx（且不设密码）后再试。',
      'This is an old Word (.doc) file or an encrypted document. Save it as .docx (without a password) and try again.',
    );
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (!(PARTS as readonly string[]).includes(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES)
          throw new DocxError('too-large', '文档内容过大，无法读取。', 'The document is too large to read.');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError(
      'not-zip',
      '这不是 .docx 文件（或文件已损坏）。请在 Word/WPS 中“另存为”.docx 后再试。',
      'This is not a .docx file, or it is damaged. Save it as .docx in Word or WPS and try again.',
    );
  }
  if (!files['word/document.xml'])
    throw new DocxError(
      'not-docx',
      '压缩包里没有 Word 正文（word/document.xml），不是 .docx 文件。',
      'The zip holds no Word body (word/document.xml): not a .docx file.',
    );
  const parts: Parts = {};
  for (const name of PARTS) {
    const data = files[name];
    if (data) parts[name] = parseXml(strFromU8(data), name);
  }
  return parts;
}

function parseXml(xml: string, name: string): Element {
  const bad = () =>
    new DocxError(
      'bad-xml',
      `文档已损坏（${name} 不是有效的 XML）。`,
      `The document is damaged (${name} is not valid XML).`,
    );
  try {
    const doc = new DOMParser({
      onError: (level) => {
        if (level !== 'warning') throw bad();
      },
    }).parseFromString(xml, 'application/xml');
    const root = doc.documentElement;
    if (!root) throw bad();
    return root;
  } catch (error) {
    throw error instanceof DocxError ? error : bad();
  }
}

/** True when `node` is the WordprocessingML element `name` (w:p, w:t, …). */
export function isW(node: { nodeType: number; localName?: string | null; namespaceURI?: string | null }, name: string) {
  return node.nodeType === 1 && node.localName === name && W_NS.has(node.namespaceURI ?? '');
}

/** The element children of `el`. */
export function children(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** The first child w:`name` of `el`. */
export function child(el: Element | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (isW(n, name)) return n as Element;
  return undefined;
}

/** The w:val (or another w: attribute) of `el`. */
export function val(el: Element | undefined, attribute = 'val'): string | undefined {
  if (!el) return undefined;
  for (const ns of W_NS) {
    const value = el.getAttributeNS(ns, attribute);
    if (value) return value;
  }
  return undefined;
}

/** A w:onOff property (w:b, w:vanish…): present and not turned off. */
export function isOn(el: Element | undefined): boolean {
  if (!el) return false;
  const value = val(el);
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
