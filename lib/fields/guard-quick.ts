import type { Field } from './editable';
import { type Digests, textHash } from './guard-verdict';
import { CANDIDATES } from './scan';
import { readFieldText } from './text';

/**
 * What a full read of the form found, kept for a quick look on a 提交 press: which documents,
 * how many candidate elements and how tall each one was, and each field with the hash of its
 * text. A full read finds labels, limits and visibility (checkVisibility on each of 10,000 fields
 * is most of its cost); the quick look reads only the texts.
 */
export interface FormShape {
  docs: Document[];
  counts: number[];
  heights: number[];
  fields: { field: Field; hash: number }[];
  /** The digests of the full read (lib/fields/guard-verdict.ts). */
  digests: Digests;
}

/** The shape of `docs` now, with `fields` (each with its text as read) and their `digests`. */
export function formShape(docs: Document[], fields: Field[], digests: Digests): FormShape {
  return {
    docs,
    counts: docs.map((doc) => doc.querySelectorAll(CANDIDATES).length),
    heights: docs.map((doc) => doc.documentElement.scrollHeight),
    fields: fields.map((field) => ({ field, hash: textHash(readFieldText(field).text) })),
    digests,
  };
}

/**
 * A quick look at the form as it is now against `shape`: `same` (the same documents, elements and
 * height, every text as read then: the digests of then still hold), `changed` (a text differs: a
 * new verdict is needed), or `unknown` (fields came, went, or were shown or hidden: read again).
 * A field shown or hidden without the page's height changing is not seen here; typing and
 * `change` events ask for a new verdict too (entrypoints/page/guard/).
 */
export function quickLook(shape: FormShape, docs: Document[]): 'same' | 'changed' | 'unknown' {
  if (docs.length !== shape.docs.length || docs.some((doc, i) => doc !== shape.docs[i])) return 'unknown';
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as Document;
    if (doc.querySelectorAll(CANDIDATES).length !== shape.counts[i]) return 'unknown';
    if (doc.documentElement.scrollHeight !== shape.heights[i]) return 'unknown';
  }
  for (const { field, hash } of shape.fields) {
    if (!field.isConnected) return 'unknown';
    if (textHash(readFieldText(field).text) !== hash) return 'changed';
  }
  return 'same';
}
