import * as z from 'zod/mini';

/**
 * Every message that crosses a context boundary (panel ⇄ background ⇄ form content script) is one of
 * these, validated on arrival. zod/mini keeps the content script small.
 */

/** The most text one insertion may carry; longer input is refused before it reaches a page. */
export const MAX_INSERT_CHARS = 1_000_000;

/** How the docked panel is shown: full width, a slim strip at the page edge, or removed. */
export const PanelLayout = z.enum(['expanded', 'collapsed', 'closed']);
export type PanelLayout = z.infer<typeof PanelLayout>;

/** Why an insertion did not happen; each reason has a message in the panel. */
// too-large: the text passes MAX_INSERT_CHARS, refused by the panel before it is sent.
export const InsertFailure = z.enum([
  'no-field',
  'field-gone',
  'too-long',
  'too-large',
  'not-editable',
  'frame-blocked',
]);
export type InsertFailure = z.infer<typeof InsertFailure>;

/** Result of an insertion, reported back to the panel. */
export const InsertResult = z.union([
  z.object({
    ok: z.literal(true),
    inserted: z.number(),
    // Set when the field now holds more than the limit its page states (限800字, 0/800).
    limit: z.optional(z.number()),
    over: z.optional(z.number()),
    // Set when line breaks were joined with spaces for a single-line input.
    joined: z.optional(z.boolean()),
  }),
  z.object({
    ok: z.literal(false),
    reason: InsertFailure,
    limit: z.optional(z.number()),
    over: z.optional(z.number()),
    // frame-blocked: the host of the frame the extension may not reach.
    origin: z.optional(z.string().check(z.maxLength(300))),
  }),
]);
export type InsertResult = z.infer<typeof InsertResult>;

const insertText = z.string().check(z.maxLength(MAX_INSERT_CHARS));
// The text as paragraphs for rich editors, escaped and sanitised (DOMPurify) by the panel
// (lib/fields/rich-html.ts); escaping can make it several times longer than the text.
const insertHtml = z.string().check(z.maxLength(8 * MAX_INSERT_CHARS));
const offset = z.number().check(z.int(), z.nonnegative());
const fieldId = z.string().check(z.maxLength(40));

/** One fillable field of a form, as a frame's content script reports it (lib/fields/scan.ts). */
export const ScannedField = z.object({
  id: fieldId,
  kind: z.enum(['textarea', 'input', 'contenteditable']),
  editor: z.string(),
  label: z.string(),
  text: z.string(),
  maxLength: z.optional(z.number()),
  limitSource: z.optional(z.enum(['maxlength', 'hint', 'counter'])),
  minLength: z.optional(z.number()),
  required: z.boolean(),
  visible: z.boolean(),
});
export type ScannedField = z.infer<typeof ScannedField>;

/** The field the writer works in: its label, its text and where the caret is in it. */
export const FieldContext = z.object({
  label: z.string(),
  text: z.string(),
  caret: offset,
  /** What is selected in it (or on the page), for saving as a snippet. */
  selection: z.string(),
  /** How to address the field again (locate, insert): its scan id and its frame. */
  fieldId: z.optional(fieldId),
  frameId: z.optional(z.number()),
});
export type FieldContext = z.infer<typeof FieldContext>;

/**
 * Text the writer chose to save from a page (context menu or shortcut), waiting in session storage
 * for the options page to open it as a new snippet. `field` places it in a report section.
 */
export const PendingSnippet = z.object({
  text: z.string().check(z.maxLength(100_000)),
  field: z.optional(FieldContext),
  pageTitle: z.string().check(z.maxLength(500)),
});
export type PendingSnippet = z.infer<typeof PendingSnippet>;

/** Session-storage key of the pending snippet. */
export const PENDING_SNIPPET_KEY = 'pendingSnippet';

/** The fields of every frame of a tab that the extension may read, by frame. */
export const FormScan = z.object({
  frames: z.array(z.object({ frameId: z.number(), fields: z.array(ScannedField) })),
});
export type FormScan = z.infer<typeof FormScan>;

/** Messages the background sends to a form content script. */
export const ToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel:toggle') }),
  z.object({ type: z.literal('panel:layout'), layout: PanelLayout }),
  z.object({
    type: z.literal('field:insert'),
    text: insertText,
    caret: z.optional(offset),
    html: z.optional(insertHtml),
  }),
]);
export type ToContent = z.infer<typeof ToContent>;

/** Messages the panel page sends to the background. */
export const FromPanel = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel:layout'), layout: PanelLayout }),
  // frameId: straight to that frame (applying a fix found by the check), not the last active one.
  z.object({
    type: z.literal('field:insert'),
    text: insertText,
    caret: z.optional(offset),
    html: z.optional(insertHtml),
    frameId: z.optional(z.number()),
  }),
  z.object({ type: z.literal('field:context') }),
  z.object({ type: z.literal('form:scan') }),
  // The check's error count, shown as a badge on the toolbar button of the tab.
  z.object({ type: z.literal('check:errors'), count: z.number().check(z.int(), z.nonnegative()) }),
  z.object({ type: z.literal('field:locate'), frameId: z.number(), fieldId, start: offset, end: offset }),
]);
export type FromPanel = z.infer<typeof FromPanel>;

/** Messages a form content script sends to the background. */
export const FromContent = z.discriminatedUnion('type', [
  // The frame now holds the field the user works in: insertions go there.
  z.object({ type: z.literal('field:active') }),
]);
export type FromContent = z.infer<typeof FromContent>;

/** Parses `value` as a `schema` message, or returns undefined for anything malformed. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const result = z.safeParse(schema, value);
  return result.success ? result.data : undefined;
}
