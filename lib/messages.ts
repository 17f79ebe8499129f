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
export const InsertFailure = z.enum(['no-field', 'field-gone', 'too-long', 'not-editable', 'frame-blocked']);
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
/** The most text one draft save may carry; a longer field is saved up to here. */
export const MAX_DRAFT_CHARS = 1_000_000;
const draftText = z.string().check(z.maxLength(MAX_DRAFT_CHARS));
// A field's identity (lib/drafts/identity.ts).
const draftField = z.string().check(z.minLength(1), z.maxLength(400));
// A page's path on its site.
const draftPage = z.string().check(z.minLength(1), z.maxLength(2000));
const offset = z.number().check(z.int(), z.nonnegative());
const fieldId = z.string().check(z.maxLength(40));

/** What a field is: a multi-line box, a one-line input, or an editable element (an editor). */
export const FieldKind = z.enum(['textarea', 'input', 'contenteditable']);

/** One fillable field of a form, as a frame's content script reports it (lib/fields/scan.ts). */
export const ScannedField = z.object({
  id: fieldId,
  kind: FieldKind,
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
  /** What kind of field it is: only one that holds lines may take a whole report's outline. */
  kind: z.optional(FieldKind),
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

/**
 * Session-storage key under which the background asks the panel of tab `tabId` to focus its search
 * (the focus-search shortcut); the value is the time of the request. A key rather than a message, so
 * that a panel the shortcut has just opened finds it when it starts.
 */
export const searchRequestKey = (tabId: number): string => `searchRequest:${tabId}`;

/** The fields of every frame of a tab that the extension may read, by frame. */
export const FormScan = z.object({
  frames: z.array(z.object({ frameId: z.number(), fields: z.array(ScannedField) })),
});
export type FormScan = z.infer<typeof FormScan>;

/** Messages the background sends to a form content script. */
export const ToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel:toggle') }),
  z.object({ type: z.literal('panel:layout'), layout: PanelLayout }),
  z.object({ type: z.literal('field:insert'), text: insertText, caret: z.optional(offset) }),
  // To every frame of the tab: the panel opened or closed there (drafts in `auto` follow it).
  z.object({ type: z.literal('panel:open'), open: z.boolean() }),
]);
export type ToContent = z.infer<typeof ToContent>;

/** The form script's answer to `panel:toggle`: whether the panel is now open. */
export const PanelState = z.object({ open: z.boolean() });
export type PanelState = z.infer<typeof PanelState>;

/** The reader's answer to `bounds` after an insertion: the field's stated limit and its length. */
export const FieldBounds = z.object({ maxLength: z.optional(z.number()), length: z.number() });

/** Messages the panel page sends to the background. */
export const FromPanel = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel:layout'), layout: PanelLayout }),
  // frameId: straight to that frame (applying a fix found by the check), not the last active one.
  z.object({
    type: z.literal('field:insert'),
    text: insertText,
    caret: z.optional(offset),
    frameId: z.optional(z.number()),
  }),
  z.object({ type: z.literal('field:context') }),
  z.object({ type: z.literal('form:scan') }),
  // The check's error count, shown as a badge on the toolbar button of the tab.
  z.object({ type: z.literal('check:errors'), count: z.number().check(z.int(), z.nonnegative()) }),
  z.object({ type: z.literal('field:locate'), frameId: z.number(), fieldId, start: offset, end: offset }),
  // The page the panel is docked in: answered with a PanelPage.
  z.object({ type: z.literal('panel:page') }),
  // The 草稿 tab: where the tab's page is and what its fields hold now; a draft back into its field.
  z.object({ type: z.literal('drafts:page') }),
  z.object({ type: z.literal('drafts:restore'), field: draftField, text: draftText }),
]);
export type FromPanel = z.infer<typeof FromPanel>;

/** Messages a form content script sends to the background. */
export const FromContent = z.discriminatedUnion('type', [
  // The frame now holds the field the user works in: insertions go there.
  z.object({ type: z.literal('field:active') }),
  // The check before 提交 asks for the writer's templates and rule settings (answered with a GuardConfig).
  z.object({ type: z.literal('guard:config') }),
  // The writer paused typing in a field of this frame: the panel of the tab reads it again.
  z.object({ type: z.literal('field:edited') }),
  // The newest text of a field, to keep as a draft (the site comes from the sender, not from here).
  z.object({
    type: z.literal('draft:save'),
    page: draftPage,
    field: draftField,
    label: z.string().check(z.maxLength(200)),
    title: z.string().check(z.maxLength(300)),
    text: draftText,
  }),
  // The page opened: the newest draft of each of its fields, to offer back.
  z.object({ type: z.literal('draft:offer'), page: draftPage }),
]);
export type FromContent = z.infer<typeof FromContent>;

/** The page the panel is docked in: its tab, and its site (null for pages without one). */
export const PanelPage = z.object({ tabId: z.number(), site: z.nullable(z.string()) });
export type PanelPage = z.infer<typeof PanelPage>;

/**
 * What the check before 提交 needs from the extension's database: the writer's own templates (as
 * stored; the guard validates each again) and rule settings (validated there too).
 */
export const GuardConfig = z.object({
  templates: z.array(z.unknown()).check(z.maxLength(200)),
  rules: z.record(z.string(), z.unknown()),
  marker: z.optional(z.string().check(z.maxLength(8))),
  /** The genre the writer chose for the page's site. */
  genre: z.optional(z.string().check(z.maxLength(100))),
});
export type GuardConfig = z.infer<typeof GuardConfig>;

/** A draft the background offers back to a page that opened: its field and newest text. */
export const DraftOffer = z.object({
  field: draftField,
  label: z.string(),
  text: draftText,
  savedAt: z.number(),
});
export type DraftOffer = z.infer<typeof DraftOffer>;

/** What the 草稿 tab knows of its tab's page: site, path and the fields' current texts by identity. */
export const DraftPage = z.object({
  site: z.string(),
  page: z.string(),
  current: z.record(z.string(), z.string()),
});
export type DraftPage = z.infer<typeof DraftPage>;

/** Parses `value` as a `schema` message, or returns undefined for anything malformed. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const result = z.safeParse(schema, value);
  return result.success ? result.data : undefined;
}
