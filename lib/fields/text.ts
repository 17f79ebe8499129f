import { type Field, isTextField } from './editable';

/**
 * A field's text as the report engine reads it, with a way back from character offsets to the
 * DOM. Text fields map one to one. In a contenteditable each block (p, div, li, heading, table
 * row) and each <br> ends a line with '\n', as a writer sees it, without `innerText`'s layout cost.
 */
export interface FieldText {
  text: string;
  /** The DOM position of character offset `offset` (contenteditable only). */
  position(offset: number): { node: Node; offset: number } | null;
  /** The character offset of a DOM position (a selection's end) in the field, or null. */
  offsetOf(node: Node, offset: number): number | null;
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'TABLE',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
]);
// Content a writer never sees as text.
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Reads `field` as plain text with line breaks between its blocks. */
export function readFieldText(field: Field): FieldText {
  if (isTextField(field)) return { text: field.value, position: () => null, offsetOf: () => null };
  const lines: Text[][] = [];
  let line: Text[] = [];
  let textNodes = 0;
  const flush = () => {
    lines.push(line);
    line = [];
  };
  const isBlock = (el: Element) => el === field || BLOCKS.has(el.tagName);

  const walk = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        // Editors pad empty lines with zero-width characters; those are not text.
        if (/^[\u200b\ufeff]*$/.test((child as Text).data)) continue;
        line.push(child as Text);
        textNodes++;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (SKIP.has(element.tagName)) continue;
        if (element.tagName === 'BR') {
          // A trailing <br> only keeps an empty block open; elsewhere it ends the line.
          if (!(isBlock(el) && isLastContent(element))) flush();
        } else if (BLOCKS.has(element.tagName)) {
          if (line.length > 0) flush();
          const before = textNodes;
          walk(element);
          // An empty block (<p><br></p>) is an empty line of its own.
          if (line.length > 0 || textNodes === before) flush();
        } else {
          walk(element);
        }
      }
    }
  };
  walk(field);
  if (line.length > 0) flush();

  const starts: { node: Text; start: number }[] = [];
  let length = 0;
  const text = lines
    .map((nodes, index) => {
      if (index > 0) length += 1;
      return nodes
        .map((node) => {
          starts.push({ node, start: length });
          length += node.data.length;
          return node.data;
        })
        .join('');
    })
    .join('\n');

  return {
    text,
    offsetOf(node, offset) {
      if (node.nodeType === Node.TEXT_NODE) {
        const hit = starts.find((s) => s.node === node);
        return hit ? hit.start + Math.min(offset, hit.node.data.length) : null;
      }
      // An element position: the text that precedes the child at `offset`.
      const child = node.childNodes[offset] ?? null;
      const after = starts.find((s) =>
        child ? child === s.node || child.contains(s.node) || followsNode(child, s.node) : false,
      );
      if (after) return after.start;
      return field.contains(node) ? text.length : null;
    },
    position(offset) {
      if (starts.length === 0) return { node: field, offset: 0 };
      // The last text node starting at or before `offset`.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid]?.start ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      const hit = starts[lo];
      if (!hit) return null;
      return { node: hit.node, offset: Math.min(Math.max(offset - hit.start, 0), hit.node.data.length) };
    },
  };
}

function isLastContent(el: Element): boolean {
  for (let next = el.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType === Node.ELEMENT_NODE || (next.nodeType === Node.TEXT_NODE && (next as Text).data.trim()))
      return false;
  }
  return true;
}

// True when `node` comes after `ref` in document order.
function followsNode(ref: Node, node: Node): boolean {
  return (ref.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
