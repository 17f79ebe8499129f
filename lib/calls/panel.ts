import * as z from 'zod/mini';
import {
  DraftPage,
  draftField,
  draftText,
  FieldContext,
  FormScan,
  fieldId,
  InsertResult,
  insertHtml,
  insertText,
  offset,
  PanelLayout,
  PanelPage,
} from '../messages';
import { call } from './define';
import { FieldEdit } from './frame';

/** What the panel asks of the service worker, which routes it (entrypoints/background/panel-calls.ts). */
export const panelCalls = {
  'panel:layout': call(z.object({ layout: PanelLayout }), z.undefined()),
  // Into the field the writer chose, in `frameId` (a fix found by the check) or else the frame they
  // last worked in; `html` is the text as sanitised paragraphs for rich editors (rich-html.ts).
  'field:insert': call(
    z.object({
      text: insertText,
      caret: z.optional(offset),
      html: z.optional(insertHtml),
      frameId: z.optional(z.number()),
    }),
    InsertResult,
  ),
  // Several edits of one field as one: replaces characters start..end (which must still read
  // `was`) with `text` in one step, one Ctrl+Z (a fix; a heading with its renumbering, merged by
  // lib/analysis/edits.ts). `caret`: where in `text` the caret is left.
  'field:edit': call(z.extend(FieldEdit, { frameId: z.number() }), InsertResult),
  'field:context': call(z.object({}), z.nullable(FieldContext)),
  'form:scan': call(z.object({}), FormScan),
  // The check's error count, shown as a badge on the toolbar button of the tab.
  'check:errors': call(z.object({ count: z.number().check(z.int(), z.nonnegative()) }), z.undefined()),
  'field:locate': call(z.object({ frameId: z.number(), fieldId, start: offset, end: offset }), z.boolean()),
  // The page the panel is docked in.
  'panel:page': call(z.object({}), PanelPage),
  // The 草稿 tab: where the tab's page is and what its fields hold now; a draft back into its field.
  'drafts:page': call(z.object({}), z.nullable(DraftPage)),
  'drafts:restore': call(
    z.object({ field: draftField, text: draftText }),
    // (`previous`: the text the field held, for the undo offered after it.)
    z.intersection(InsertResult, z.object({ previous: z.optional(z.string()) })),
  ),
};
export type PanelCalls = typeof panelCalls;
