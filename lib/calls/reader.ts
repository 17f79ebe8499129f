import * as z from 'zod/mini';
import { DraftOffer, draftField, draftText, FieldContext, fieldId, InsertResult, offset } from '../messages';
import { call } from './define';
import { FieldBounds } from './frame';

/**
 * What the service worker asks of the form reader (entrypoints/page/reader/), injected only
 * when needed and called through `scripting.executeScript`, which also says which frame answered.
 * Its answers come from a page's frame: the worker validates them.
 */
export const readerCalls = {
  // The frame's fields as read and what the page says it is, as the JSON of a FormRead frame: one string
  // crosses to the worker far faster than 10,000 objects.
  scanJson: call(z.object({}), z.string()),
  context: call(z.object({}), FieldContext),
  // Selects (and shows) characters start..end of a scanned field; the fix that follows goes there.
  locate: call(z.object({ fieldId, start: offset, end: offset }), z.boolean()),
  // The stated limit of the active field and its length, after an insertion (when the form script
  // could not ask the reader itself).
  bounds: call(z.object({}), z.nullable(FieldBounds)),
  // Offers saved drafts back (the page just opened; the worker found them longer than their
  // fields): the prompt's words, and what 恢复草稿 puts back, each draft into the field of its key.
  offerDrafts: call(
    z.object({
      text: z.string(),
      restore: z.string(),
      dismiss: z.string(),
      drafts: z.array(z.pick(DraftOffer, { field: true, text: true, cut: true })),
    }),
    z.undefined(),
  ),
  // This frame's fields' texts by draft identity, when the frame is at `address` (origin + path).
  draftTexts: call(z.object({ address: z.string() }), z.record(z.string().check(z.maxLength(400)), z.string())),
  // How many fields known as `key` this frame has, when it is at `address` (else 0).
  draftHolds: call(z.object({ address: z.string(), key: draftField }), z.number()),
  // Puts `text` back into the field known as `key`; null when this frame has no such field.
  restoreDraft: call(
    z.object({ key: draftField, text: draftText }),
    z.nullable(z.intersection(InsertResult, z.object({ previous: z.optional(z.string()) }))),
  ),
  // Frames of `host` run our form script (they report their own focus): see CaretTracker.reachable.
  reachable: call(z.object({ host: z.string() }), z.undefined()),
  // Tells the writer that drafts cannot be saved (a full disk, a database that cannot open).
  warnDrafts: call(z.object({ text: z.string(), dismiss: z.string() }), z.undefined()),
};
export type ReaderCalls = typeof readerCalls;
