import { MAX_LABEL_READ } from '../calls/limits';

/**
 * What a form calls a field, found the way a reader of the page would. Each rule below handles one
 * page shape seen in government forms; they are tried in order and the first non-empty text wins.
 */

// Rich editors wrap their editing area in UI of their own: the label belongs to the wrapper.
// (`.cke`: CKEditor 4's outer span around its toolbar and editing frame.)
const EDITOR_WRAPPERS =
  '.ck-editor, .tox-tinymce, .ql-container, .w-e-text-container, .edui-editor, .ke-container, .cke';
// Text an editor puts on its editing area, which says nothing about the field. CKEditor 4 names
// its frame and body "<its own name>, <instance>": 所见即所得编辑器, grzj / Rich Text Editor, grzj.
const EDITOR_BOILERPLATE =
  /^(rich text|editing area|编辑区域|富文本|(所见即所得)?编辑器\s*[,，])|rich text (editor|area)/i;
// Elements whose text is never a field's label.
const NOT_LABEL = 'script, style, input, textarea, select, button, [role=toolbar], [class*=toolbar], [hidden]';

/** The `<label>`s of each control of a document, read in one pass (see `labelIndex`). */
export type LabelIndex = ReadonlyMap<Element, readonly HTMLLabelElement[]>;

/**
 * Every `<label>` of `doc` by the control it labels, in one pass over the labels. A control's own
 * `labels` list walks the whole document in Chromium each time it is read: read for each field of
 * a 10,000-field form, that is quadratic.
 */
export function labelIndex(doc: Document): LabelIndex {
  const index = new Map<Element, HTMLLabelElement[]>();
  for (const label of doc.getElementsByTagName('label')) {
    const control = label.control;
    if (!control) continue;
    const list = index.get(control);
    if (list) list.push(label);
    else index.set(control, [label]);
  }
  return index;
}

// The rules in order of precedence: the first that finds text names the field.
const RULES: ((el: HTMLElement, anchor: HTMLElement, labels?: LabelIndex) => string)[] = [
  byAria,
  byLabelElement,
  byTableCell,
  byLegend,
  byHint,
  byPrecedingText,
];

/**
 * The label of the field `el` as the page shows it, each run of whitespace one space (at most
 * MAX_LABEL_READ characters), or '' when the page gives none: the extension tidies it and reads
 * its star (lib/analysis/field-read.ts). `anchor` is where the field sits in the page when that is
 * not `el` itself (an editor's iframe). A scan of many fields passes `labels`, its document's
 * label index, read once.
 */
export function findLabel(el: HTMLElement, anchor: HTMLElement = editorAnchor(el), labels?: LabelIndex): string {
  for (const rule of RULES) {
    const text = rule(el, anchor, labels).replace(/\s+/g, ' ').trim();
    // A rule whose text is only a star and a colon (a required mark in a cell of its own) names
    // nothing: the next one is tried.
    if (/\S/.test(text.replace(/[*＊]/g, '').replace(/[:：]\s*$/, ''))) return text.slice(0, MAX_LABEL_READ);
  }
  return '';
}

/** The outermost element of the editor that `el` edits in (its wrapper), or `el` itself. */
export function editorAnchor(el: HTMLElement): HTMLElement {
  return (el.closest(EDITOR_WRAPPERS) as HTMLElement | null) ?? el;
}

// <textarea aria-labelledby="t1"> / aria-label="个人总结" (not an editor's own "Rich Text Area").
function byAria(el: HTMLElement): string {
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const text = ids
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  const aria = el.getAttribute('aria-label') ?? '';
  return EDITOR_BOILERPLATE.test(aria) ? '' : aria;
}

// <label for="grzj">个人总结</label> or <label>个人总结 <textarea></label>.
function byLabelElement(el: HTMLElement, _anchor: HTMLElement, index?: LabelIndex): string {
  const labels = index ? index.get(el) : 'labels' in el ? (el as HTMLTextAreaElement).labels : null;
  if (!labels || labels.length === 0) return '';
  return Array.from(labels, (label) => ownText(label, el)).join(' ');
}

// <tr><td class="label">个人总结</td><td><textarea></td></tr>: the nearest cell to the left that
// has text; in a roster with a header row (<tr><th>姓名</th><th>述职内容</th></tr>) the column's
// header; failing both, the cell above in the same column.
function byTableCell(_el: HTMLElement, anchor: HTMLElement): string {
  const cell = anchor.closest('td, th') as HTMLTableCellElement | null;
  if (!cell) return '';
  const header = headerRow(cell);
  if (header && header !== cell.parentElement) {
    const text = cellText(header.cells[cell.cellIndex] ?? cell);
    if (text) return text;
  }
  for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
    const text = cellText(prev);
    if (text) return text;
  }
  const row = cell.parentElement as HTMLTableRowElement | null;
  const above = row?.previousElementSibling as HTMLTableRowElement | null;
  const aboveCell = above?.cells?.[cell.cellIndex];
  return aboveCell && !aboveCell.querySelector('input, textarea, [contenteditable]') ? cellText(aboveCell) : '';
}

// <fieldset><legend>存在问题</legend><textarea></fieldset>
function byLegend(_el: HTMLElement, anchor: HTMLElement): string {
  return anchor.closest('fieldset')?.querySelector(':scope > legend')?.textContent ?? '';
}

// <textarea placeholder="请填写个人总结" title="个人总结">
function byHint(el: HTMLElement): string {
  return el.getAttribute('placeholder') ?? el.getAttribute('title') ?? '';
}

// 主要工作实绩<br><div class="editor">…: the last bit of text before the field, a few steps back.
function byPrecedingText(_el: HTMLElement, anchor: HTMLElement): string {
  let node: Node | null = anchor;
  for (let steps = 0; node && steps < 12; steps++) {
    const prev: Node | null = node.previousSibling;
    if (!prev) {
      node = node.parentNode;
      if (!node || node === anchor.ownerDocument.body) return '';
      continue;
    }
    node = prev;
    // Controls and editors' toolbars and menus (Undo Redo Bold…, H1 H2 上传图片) are not labels.
    if (node.nodeType === Node.ELEMENT_NODE && isControls(node as Element)) continue;
    const text = node.textContent?.trim() ?? '';
    // Editors' hidden labels for screen readers ("Rich Text Editor") say nothing about the field.
    if (text && !EDITOR_BOILERPLATE.test(text)) return text.split(/\n/).pop() ?? '';
  }
  return '';
}

// The table's header row: a <thead> row, or a first row made only of <th> cells.
function headerRow(cell: HTMLTableCellElement): HTMLTableRowElement | null {
  const table = cell.closest('table');
  const first = table?.tHead?.rows[0] ?? table?.rows[0];
  if (!first || first.cells.length < 2) return null;
  return Array.from(first.cells).every((c) => c.tagName === 'TH') ? first : null;
}

// An element bigger than this (a whole table, a section of the form) is never a field's label,
// and reading it for each field of a large form would cost quadratic time.
const MAX_LABEL_ELEMENTS = 200;

function isControls(el: Element): boolean {
  if (el.matches(NOT_LABEL)) return true;
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT);
  for (let n = 0, node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++n > MAX_LABEL_ELEMENTS || (node as Element).matches(CONTROLS)) return true;
  }
  return false;
}
const CONTROLS = 'button, [role=button], [role=toolbar], [role=menu], [class*=toolbar], [class*=menu]';

function cellText(cell: Element): string {
  if (cell.querySelector('input:not([type=hidden]), textarea, select, [contenteditable]')) return '';
  return cell.textContent ?? '';
}

// A label's text without the text of the control it wraps.
function ownText(label: Element, control: Element): string {
  if (!label.contains(control)) return label.textContent ?? '';
  let text = '';
  for (const node of Array.from(label.childNodes)) {
    if (node !== control && !(node as Element).contains?.(control)) text += node.textContent ?? '';
  }
  return text;
}
