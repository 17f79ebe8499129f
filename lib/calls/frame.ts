import * as z from 'zod/mini';
import {
  FieldRead,
  fieldId,
  InsertResult,
  insertHtml,
  insertText,
  MAX_INSERT_CHARS,
  offset,
  PanelLayout,
} from '../messages';
import { call } from './define';

/** The form script's answer to `panel:toggle` and `panel:layout`: whether the panel is now open. */
export const PanelState = z.object({ open: z.boolean() });
export type PanelState = z.infer<typeof PanelState>;

/**
 * What may state the limit of a field (its label, maxlength, the text around it: 限800字, 0/800), as
 * read, and its length, after an insertion; the worker works out the limit (lib/analysis/field-read.ts).
 */
export const FieldBounds = z.extend(z.pick(FieldRead, { label: true, maxlength: true, near: true }), {
  length: z.number(),
});
export type FieldBounds = z.infer<typeof FieldBounds>;

/**
 * The form script's answer to an insertion when the field is a page editor's frame (KindEditor,
 * CKEditor 4, UEditor): the background runs that editor's API in the page's main world on the
 * frame marked `marker`, then calls `field:handed`.
 */
export const InsertHandOver = z.object({
  handOver: z.string().check(z.maxLength(40)),
  marker: z.string().check(z.maxLength(40)),
});
export type InsertHandOver = z.infer<typeof InsertHandOver>;

/**
 * The form script's answer to an insertion it made: the result, read back from the field, with the
 * field's bounds (null when the reader is not in the frame yet to tell them). One answer, so that an
 * insertion costs the panel two round trips: to the worker, and from it to the frame.
 */
export const Inserted = z.object({ result: InsertResult, bounds: z.nullable(FieldBounds) });
export type Inserted = z.infer<typeof Inserted>;

const insertReply = z.union([Inserted, InsertHandOver]);

/**
 * One edit of a scanned field: characters start..end of field `fieldId`, which must still read
 * `was`, replaced by `text` in one step; `caret`: where in `text` the caret is left.
 */
export const FieldEdit = z.object({
  fieldId,
  start: offset,
  end: offset,
  was: insertText,
  text: insertText,
  caret: z.optional(offset),
  html: z.optional(insertHtml),
});

/** What the service worker asks of the form script of one frame (entrypoints/page/form/). */
export const frameCalls = {
  // Opens or closes the docked panel (top frame only).
  'panel:toggle': call(z.object({}), PanelState),
  'panel:layout': call(z.object({ layout: PanelLayout }), PanelState),
  // To every frame of the tab: the panel opened or closed there (drafts in `auto` follow it).
  'panel:open': call(z.object({ open: z.boolean() }), z.undefined()),
  // At the caret of the field the writer chose in this frame.
  'field:insert': call(
    z.object({ text: insertText, caret: z.optional(offset), html: z.optional(insertHtml) }),
    insertReply,
  ),
  // Characters start..end of the scanned field `fieldId`, still reading `was`, replaced by `text`
  // in one step (see the panel's `field:edit`).
  'field:edit': call(FieldEdit, insertReply),
  // A page editor's API ran the insertion handed over: `read` is the editor's text after it, null
  // when no instance took it.
  'field:handed': call(
    z.object({
      marker: z.string().check(z.maxLength(40)),
      read: z.nullable(z.string().check(z.maxLength(8 * MAX_INSERT_CHARS))),
    }),
    Inserted,
  ),
};
export type FrameCalls = typeof frameCalls;
