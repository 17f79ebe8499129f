import { MAX_NEAR_CHARS } from '../calls/limits';
import type { FieldRead, PageSignals } from '../messages';
import { type Field, fieldFor, isTextField } from './editable';
import { editorFor, pageEditorOf } from './editors';
import { editorFrameBody, isEditorFrame } from './frames';
import { editorAnchor, findLabel, type LabelIndex, labelIndex } from './labels';
import { readFieldText } from './text';

/**
 * Candidates: text controls, editing hosts, and frames (an editor's frame is read from here).
 * fieldFor() then drops password, hidden, file…
 */
export const CANDIDATES = 'textarea, input, [contenteditable]:not([contenteditable="false"]), iframe, frame';

/** Field ids, stable for the life of the page; the token keeps ids of different frames apart. */
export class FieldRegistry {
  private readonly ids = new WeakMap<Element, string>();
  private readonly elements = new Map<string, WeakRef<Field>>();
  private next = 1;
  constructor(private readonly token = Math.random().toString(36).slice(2, 8)) {}

  /** The id of `field`, assigned on first sight. */
  idOf(field: Field): string {
    let id = this.ids.get(field);
    if (!id) {
      id = `${this.token}-${this.next++}`;
      this.ids.set(field, id);
      this.elements.set(id, new WeakRef(field));
    }
    return id;
  }

  /** The field with `id`, if it is still in the page. */
  get(id: string): Field | null {
    const field = this.elements.get(id)?.deref();
    return field?.isConnected ? field : null;
  }
}

/**
 * What a scan read of each field that does not change as the writer types (its label and what may
 * state its limits), kept by a caller that scans the same page again and again (the check before
 * 提交 decides on every press: only the texts are read again).
 */
export type FieldIndex = WeakMap<Field, LimitsRead>;

/** What a field's length bounds depend on, as read: its label, its maxlength, the text around it. */
export type LimitsRead = Pick<FieldRead, 'label' | 'maxlength' | 'near'>;

/**
 * Every fillable field of `doc`, with its label, text, what may state its limits and flags, as the
 * page shows them, in page order (the extension interprets them: lib/analysis/field-read.ts).
 * Editors that edit inside a frame of their own (TinyMCE, UEditor, KindEditor, CKEditor 4,
 * designMode frames), whatever its address, are read here, from their host page, where their label
 * is; their own frame reports nothing. With `index`, labels and limits read once are reused.
 */
export function scanFields(doc: Document, registry: FieldRegistry, index?: FieldIndex): FieldRead[] {
  if (isEditorFrame(doc)) return [];
  const out: FieldRead[] = [];
  const seen = new Set<Element>();
  // Read once for the whole scan, and only when a field is new: linear in the page.
  let byControl: LabelIndex | undefined;
  const labels = () => {
    byControl ??= labelIndex(doc);
    return byControl;
  };
  const read = (field: Field, anchor: HTMLElement) => describeField(field, anchor, registry, labels, index);
  for (const el of Array.from(doc.querySelectorAll(CANDIDATES))) {
    if (el.localName === 'iframe' || el.localName === 'frame') {
      const body = editorFrameBody(el);
      if (body) out.push(read(body, editorAnchor(el as HTMLElement)));
      continue;
    }
    const field = fieldFor(el);
    // Nested contenteditable elements belong to their outermost editing host.
    if (!field || seen.has(field)) continue;
    seen.add(field);
    out.push(read(field, field));
  }
  return out;
}

// Where a form states what it is: its heading, a table's caption, a title line styled as such.
const HEADINGS = 'h1, h2, h3, caption, .title, [class*="title" i], [class*="biaoti" i]';

/**
 * What `doc` says it is, for telling the report's genre from the whole page (lib/analysis/page-genre.ts):
 * its title and the first heading of its form, each bounded.
 */
export function pageSignals(doc: Document): PageSignals {
  let heading = '';
  for (const el of Array.from(doc.querySelectorAll(HEADINGS)).slice(0, 20)) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 4 && text.length <= 80 && !el.querySelector('input, textarea, select')) {
      heading = text;
      break;
    }
  }
  return { title: doc.title.trim().slice(0, 200), heading: heading.slice(0, 200) };
}

/**
 * What may state the length bounds of `field`: its label, its own maxlength, and the text around
 * it when that may state a limit (every wording the extension reads names 字, a counter has a /:
 * lib/analysis/limits.ts).
 */
export function readLimits(
  field: Field,
  anchor: HTMLElement = editorAnchor(field),
  label = findLabel(field, anchor),
): LimitsRead {
  const read: LimitsRead = { label };
  if (isTextField(field) && field.maxLength > 0) read.maxlength = field.maxLength;
  const near = contextText(anchor, field);
  if (near && /[字/]/.test(label + near)) read.near = near;
  return read;
}

function describeField(
  field: Field,
  anchor: HTMLElement,
  registry: FieldRegistry,
  labels: () => LabelIndex,
  index?: FieldIndex,
): FieldRead {
  let known = index?.get(field);
  if (!known) {
    known = readLimits(field, anchor, findLabel(field, anchor, labels()));
    index?.set(field, known);
  }
  return {
    id: registry.idOf(field),
    kind: isTextField(field) ? (field.localName === 'textarea' ? 'textarea' : 'input') : 'contenteditable',
    editor: isTextField(field) ? 'text' : (pageEditorOf(field)?.id ?? editorFor(field).id),
    ...known,
    text: readFieldText(field).text,
    required: (isTextField(field) && field.required) || field.getAttribute('aria-required') === 'true',
    visible: anchor.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }),
    ...postCharset(anchor),
  };
}

/**
 * The charset the form around `anchor` posts in (its accept-charset, else its page's), when that
 * is not UTF-8: an editor's frame posts through its host page's form, so the anchor decides.
 */
function postCharset(anchor: HTMLElement): { charset?: string } {
  const doc = anchor.ownerDocument;
  // (Most pages are UTF-8 with no accept-charset: one look per page, not a walk per field.)
  if (/^utf-?8$/i.test(doc.characterSet) && !declaresCharset(doc)) return {};
  const declared = anchor
    .closest('form')
    ?.acceptCharset.trim()
    .split(/[\s,]+/)[0];
  const charset = declared || doc.characterSet;
  return /^utf-?8$/i.test(charset) ? {} : { charset };
}

const declaring = new WeakMap<Document, boolean>();
function declaresCharset(doc: Document): boolean {
  let found = declaring.get(doc);
  if (found === undefined) {
    found = doc.querySelector('form[accept-charset]') !== null;
    declaring.set(doc, found);
    // Asked again on the next scan: forms come and go.
    queueMicrotask(() => declaring.delete(doc));
  }
  return found;
}

/**
 * Text around the field that may state its limit: the rest of its table cell or its parent (a hint
 * above, a counter below), without the field's own text or other controls. Bounded (MAX_NEAR_CHARS
 * characters, 400 nodes), so a field inside a huge container costs little and sends little.
 */
function contextText(anchor: HTMLElement, field: Field): string {
  const container = anchor.closest('td, th') ?? anchor.parentElement?.parentElement ?? anchor.parentElement;
  if (!container) return '';
  const doc = container.ownerDocument;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      node === field ||
      node === anchor ||
      (node.nodeType === Node.ELEMENT_NODE && (node as Element).matches('textarea, select, script, style'))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  // Bounded in nodes as well as in text: a container of thousands of inputs and no text is not
  // walked whole for each of its fields.
  let nodes = 0;
  for (
    let node = walker.nextNode();
    node && text.length < MAX_NEAR_CHARS && nodes < 400;
    node = walker.nextNode(), nodes++
  ) {
    if (node.nodeType === Node.TEXT_NODE) text += `${(node as Text).data} `;
  }
  // One space for each run of whitespace: the wordings read in it allow any (\s*), and it sends less.
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_NEAR_CHARS);
}
