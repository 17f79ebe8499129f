import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { type Block, type BlockOptions, type HeadingLevel, toBlocks } from './blocks';
import { CHAR, FONTS, type FontRole, GRID, HEADING_FONT, PAGE, SIZE } from './layout';

// The panel loads this module alone on a click: what it needs besides the writer comes with it.
export { toBlocks } from './blocks';
export { docxFileName } from './form-report';

// Writes a report as a .docx in the 公文 layout of GB/T 9704-2012 with the npm `docx` library. Loaded
// only when the user exports (the panel imports it dynamically); runs the same in the panel and Node.

/** What goes into the file beyond the text. */
export interface ExportOptions extends BlockOptions {
  /** The file's core property “creator”; empty by default so no name leaks into the file. */
  creator?: string;
}

const face = (role: FontRole) => {
  const name = FONTS[role].name;
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
};

const run = (text: string, role: FontRole, size: number = SIZE.san) => new TextRun({ text, font: face(role), size });

// Every paragraph sits on the grid: exact single lines, no space before or after.
const ON_GRID = { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } } as const;
const INDENT_2 = { firstLine: 2 * CHAR, firstLineChars: 200 };

// Paragraph styles named as Word names its own, so Word's navigation pane and outline view show the
// headings, and a reader (ours included) finds their levels by outline level.
const STYLE_ID: Record<HeadingLevel, string> = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' };

function headingStyle(level: HeadingLevel) {
  return {
    id: STYLE_ID[level],
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: face(HEADING_FONT[level]), size: SIZE.san, bold: false },
    paragraph: { ...ON_GRID, outlineLevel: level - 1, indent: INDENT_2, keepNext: true },
  };
}

function paragraph(block: Block, dateLength: number): Paragraph {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ style: 'Title', children: [run(block.text, 'title', SIZE.er)] });
    case 'salutation':
      return new Paragraph({ children: [run(block.text, 'body')], ...ON_GRID });
    case 'heading':
      return new Paragraph({ style: STYLE_ID[block.level], children: [run(block.text, HEADING_FONT[block.level])] });
    case 'run-in': {
      const children: ParagraphChild[] = [run(block.lead, HEADING_FONT[block.level])];
      if (block.text) children.push(run(block.text, 'body'));
      return new Paragraph({ children, indent: INDENT_2, ...ON_GRID });
    }
    case 'body':
      return new Paragraph({ children: [run(block.text, 'body')], indent: INDENT_2, ...ON_GRID });
    case 'signature': {
      // §7.3.5.2: signature right, 空二字; centred over the date when the date is longer.
      const shift = Math.max(0, (dateLength - [...block.text].length) / 2);
      return new Paragraph({
        children: [run(block.text, 'body')],
        alignment: AlignmentType.RIGHT,
        indent: { right: Math.round((2 + shift) * CHAR) },
        ...ON_GRID,
      });
    }
    case 'date':
      return new Paragraph({
        children: [run(block.text, 'body')],
        alignment: AlignmentType.RIGHT,
        indent: { right: 2 * CHAR },
        ...ON_GRID,
      });
  }
}

// §7.5: 4号 宋体 numbers between one-character dashes, odd pages right and even pages left, 空一字.
function pageNumber(side: 'odd' | 'even'): Footer {
  const font = face('song');
  const indent = side === 'odd' ? { right: SIZE.si * 10 } : { left: SIZE.si * 10 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: SIZE.si })],
      }),
    ],
  });
}

/** The Word document of `blocks`, not yet packed. */
export function buildDocument(blocks: readonly Block[], options: ExportOptions = {}): Document {
  const dateLength = [...(blocks.find((b) => b.kind === 'date')?.text ?? '')].length;
  const blankBeforeSignature = blocks.findIndex((b) => b.kind === 'signature' || b.kind === 'date');
  const children = blocks.map((b) => paragraph(b, dateLength));
  // One empty line between the text and the signature, as GB/T 9704 §7.3.5 lays it out.
  if (blankBeforeSignature > 0) children.splice(blankBeforeSignature, 0, new Paragraph({ ...ON_GRID }));
  // After the title one empty line (§7.3.3 places the body a line below the title).
  if (blocks[0]?.kind === 'title') children.splice(1, 0, new Paragraph({ ...ON_GRID }));
  return new Document({
    creator: options.creator ?? '',
    title: blocks.find((b) => b.kind === 'title')?.text ?? '',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: face('body'), size: SIZE.san, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
          paragraph: { ...ON_GRID },
        },
        title: {
          run: { font: face('title'), size: SIZE.er, bold: false, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, ...ON_GRID },
        },
      },
      paragraphStyles: ([1, 2, 3, 4] as const).map(headingStyle),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: GRID.linePitch, charSpace: GRID.charSpace },
        },
        footers: { default: pageNumber('odd'), even: pageNumber('even') },
        children,
      },
    ],
  });
}

// docx names each font once in fontTable.xml; the fallbacks go there as w:altName, which Word and WPS
// use when the named face is not installed, so the file still opens in a 仿宋 rather than in Calibri.
function addFallbacks(files: Record<string, Uint8Array>): void {
  const path = 'word/fontTable.xml';
  const entries = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${f.name}"><w:altName w:val="${f.fallbacks.join(',')}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  const table = files[path] ? strFromU8(files[path]) : '';
  const root = /<w:fonts\b[^>]*?(\/?)>/.exec(table);
  if (!root) return;
  // Our faces replace any entry docx wrote for them; other entries stay.
  const others = table
    .slice(root.index + root[0].length)
    .replace(/<\/w:fonts>\s*$/, '')
    .replace(/<w:font w:name="([^"]*)"[\s\S]*?<\/w:font>/g, (whole, name: string) =>
      Object.values(FONTS).some((f) => f.name === name) ? '' : whole,
    );
  const open = root[1] ? `${root[0].slice(0, -2)}>` : root[0];
  files[path] = strToU8(`${table.slice(0, root.index)}${open}${entries}${root[1] ? '' : others}</w:fonts>`);
}

/** Packs a report's blocks into .docx bytes. */
export async function exportBlocks(blocks: readonly Block[], options: ExportOptions = {}): Promise<Uint8Array> {
  const packed = await Packer.toArrayBuffer(buildDocument(blocks, options));
  const files = unzipSync(new Uint8Array(packed));
  addFallbacks(files);
  // [Content_Types].xml first, as Office expects of an OPC package.
  const ordered: Record<string, Uint8Array> = {};
  const types = files['[Content_Types].xml'];
  if (types) ordered['[Content_Types].xml'] = types;
  for (const [name, data] of Object.entries(files)) if (name !== '[Content_Types].xml') ordered[name] = data;
  return zipSync(ordered, { level: 6 });
}

/** Reads `text` as a report and packs it as a 公文 .docx. */
export function exportDocx(text: string, options: ExportOptions = {}): Promise<Uint8Array> {
  return exportBlocks(toBlocks(text, options), options);
}
