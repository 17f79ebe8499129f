import { type Field, isFrameElement, isHtml, isTextField } from '../fields/editable';
import { anchorOf, editorFrameBody, isEditorFrame } from '../fields/frames';
// Every place a writer can type, in document order, for positions and lookups: the scan's own list.
import { CANDIDATES } from '../fields/scan';
import { secretByName } from './secrets';

/** How a field is known across reloads of its page, and what to call it in the lists. */
export interface FieldIdentity {
  /** `#id`, `name=…`, `label=…@n` or `@n` (n: its position among the page's fields). */
  key: string;
  label: string;
}

// autocomplete tokens of fields whose text must never be stored: secrets and card data.
const SECRET_AUTOCOMPLETE = /(^|\s)(one-time-code|new-password|current-password|cc-[a-z-]+)(\s|$)/i;
// Ids a framework generates afresh on each load (React's :r1:, ember123, long numbers).
const UNSTABLE_ID = /[:]|\d{4,}/;

// Inputs that were password fields at any time: 显示密码 switches one to text, its text stays a secret.
const wasPassword = new WeakSet<Element>();

/** Remembers `input` as a password field for good (it is one now, or was before a page switched its type). */
export function notePassword(input: Element): void {
  wasPassword.add(input);
}

/**
 * True for fields whose text is never saved: passwords (also once switched to text), hidden
 * inputs, text masked by CSS, one-time codes, card numbers, and fields the page names as secret
 * or as an identity number (lib/drafts/secrets.ts).
 */
export function neverSaved(field: Field): boolean {
  if (field instanceof HTMLInputElement) {
    if (field.type === 'password') notePassword(field);
    if (wasPassword.has(field) || field.type === 'hidden') return true;
  }
  if (SECRET_AUTOCOMPLETE.test(field.getAttribute('autocomplete') ?? '')) return true;
  const style = field.ownerDocument.defaultView?.getComputedStyle(field);
  if (style && (style.getPropertyValue('-webkit-text-security') || 'none') !== 'none') return true;
  const other = ['id', 'name', 'placeholder', 'aria-label', 'title'].map((a) => field.getAttribute(a) ?? '').join(' ');
  return secretByName({ ...identify(field), other, singleLine: field instanceof HTMLInputElement });
}

const known = new WeakMap<Field, FieldIdentity>();

/**
 * The identity of `field`, computed once per element (never per keystroke): its id, else its
 * name, else its label with its position, else its position. An editor's iframe body is known by
 * its iframe, from inside and from the host page alike.
 */
export function identify(field: Field): FieldIdentity {
  const cached = known.get(field);
  if (cached) return cached;
  const frame = isEditorFrame(field.ownerDocument) ? field.ownerDocument.defaultView?.frameElement : null;
  const element = isHtml(frame) ? frame : field;
  const anchor = anchorOf(field);
  const label = quickLabel(element, anchor);
  const id = element.id && !UNSTABLE_ID.test(element.id) ? element.id : '';
  const name = element.getAttribute('name') ?? '';
  const key = id
    ? `#${id}`
    : name && !isEditorFrame(field.ownerDocument)
      ? `name=${name}`
      : label
        ? `label=${label}@${positionOf(element)}`
        : `@${positionOf(element)}`;
  const identity = { key: key.slice(0, 400), label: label || name || id };
  known.set(field, identity);
  return identity;
}

// Positions of every candidate of a document, listed once per task: a page of 10,000 fields
// is identified in one pass, not one pass per field.
let positions: { doc: Document; at: Map<Element, number> } | null = null;
function positionOf(element: HTMLElement): number {
  const doc = element.ownerDocument;
  if (positions?.doc !== doc || !positions.at.has(element)) {
    positions = { doc, at: new Map([...doc.querySelectorAll(CANDIDATES)].map((el, i) => [el, i])) };
    queueMicrotask(() => {
      positions = null;
    });
  }
  return positions.at.get(element) ?? -1;
}

// The label a page gives a field in the common shapes, cheaply: the reader script's full search
// (lib/fields/labels.ts) is too large for the script every page loads.
function quickLabel(element: HTMLElement, anchor: HTMLElement): string {
  const labels = 'labels' in element ? (element as HTMLInputElement).labels : null;
  const cell = anchor.closest('td')?.previousElementSibling;
  const before = anchor.previousElementSibling;
  const text =
    own(element.getAttribute('aria-label')) ||
    (before?.tagName === 'LABEL' ? (before.textContent ?? '') : '') ||
    (labels?.[0]?.textContent ?? '') ||
    (cell?.querySelector('input, textarea, select') ? '' : (cell?.textContent ?? '')) ||
    element.getAttribute('placeholder') ||
    own(element.getAttribute('title')) ||
    '';
  return text.replace(/[*＊:：\s\u3000]+/g, '').slice(0, 60);
}

// Editors' own names for their editing area say nothing about the field.
const own = (text: string | null) =>
  text && !/rich text|editing area|编辑区域|富文本|^(所见即所得)?编辑器\s*[,，]/i.test(text) ? text : '';

/** The fields of `doc` a draft can go back into, editors' iframe bodies included. */
export function draftableFields(doc: Document): Field[] {
  const fields: Field[] = [];
  for (const el of doc.querySelectorAll(CANDIDATES)) {
    if (isFrameElement(el)) {
      const body = editorFrameBody(el);
      if (body) fields.push(body);
    } else if (isTextField(el)) {
      if (!el.readOnly && !el.disabled && !neverSaved(el)) fields.push(el);
    } else if (isHtml(el) && el.isContentEditable && !el.parentElement?.isContentEditable) {
      fields.push(el);
    }
  }
  return fields;
}
