import * as z from 'zod/mini';

// (Each schema is marked `@__PURE__`: the bundler then leaves out of a script the schemas that
// script never uses, which keeps the form content script within its budget.)

/**
 * Every message that crosses a context boundary (panel ⇄ background ⇄ form content script) is one of
 * these, validated on arrival. zod/mini keeps the content script small.
 */

import { MAX_INSERT_CHARS, searchRequestKey } from './message-constants';

export { MAX_INSERT_CHARS, searchRequestKey };

/** How the docked panel is shown: full width, a slim strip at the page edge, or removed. */
export const PanelLayout = /* @__PURE__ */ z.enum(['expanded', 'collapsed', 'closed']);
export type PanelLayout = z.infer<typeof PanelLayout>;

/** Why an insertion did not happen; each reason has a message in the panel. */
// too-large: the text passes MAX_INSERT_CHARS, refused by the panel before it is sent.
export const InsertFailure = /* @__PURE__ */ z.enum([
  'no-field',
  'field-gone',
  'too-long',
  'too-large',
  'not-editable',
  'frame-blocked',
  // The text could not be read back from the field after the insertion (the page refused it).
  'not-inserted',
]);
export type InsertFailure = z.infer<typeof InsertFailure>;

/** Result of an insertion, reported back to the panel. */
export const InsertResult = /* @__PURE__ */ z.union([
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

const insertText = /* @__PURE__ */ z.string().check(z.maxLength(MAX_INSERT_CHARS));
/** The most text one draft save may carry; a longer field is saved up to here. */
export const MAX_DRAFT_CHARS = 1_000_000;
const draftText = /* @__PURE__ */ z.string().check(z.maxLength(MAX_DRAFT_CHARS));
// A field's identity (lib/drafts/identity.ts).
const draftField = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(400));
// A page's path on its site.
const draftPage = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(2000));
// The text as paragraphs for rich editors, escaped and sanitised (DOMPurify) by the panel
// (lib/fields/rich-html.ts); escaping can make it several times longer than the text.
const insertHtml = /* @__PURE__ */ z.string().check(z.maxLength(8 * MAX_INSERT_CHARS));
const offset = /* @__PURE__ */ z.number().check(z.int(), z.nonnegative());
const fieldId = /* @__PURE__ */ z.string().check(z.maxLength(40));

/** What a field is: a multi-line box, a one-line input, or an editable element (an editor). */
export const FieldKind = /* @__PURE__ */ z.enum(['textarea', 'input', 'contenteditable']);

/** One fillable field of a form, as a frame's content script reports it (lib/fields/scan.ts). */
export const ScannedField = /* @__PURE__ */ z.object({
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
  /** The charset the field's form posts in, when it is not UTF-8 (an old GBK page). */
  charset: z.optional(z.string().check(z.maxLength(40))),
});
export type ScannedField = z.infer<typeof ScannedField>;

/** The field the writer works in: its label, its text and where the caret is in it. */
export const FieldContext = /* @__PURE__ */ z.object({
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
export const PendingSnippet = /* @__PURE__ */ z.object({
  text: z.string().check(z.maxLength(100_000)),
  field: z.optional(FieldContext),
  pageTitle: z.string().check(z.maxLength(500)),
});
export type PendingSnippet = z.infer<typeof PendingSnippet>;

/** Session-storage key of the pending snippet. */
export const PENDING_SNIPPET_KEY = 'pendingSnippet';

/** What a frame's page says it is: its title and the form's own heading (…登记表, …述职报告). */
export const PageSignals = /* @__PURE__ */ z.object({
  title: z.string().check(z.maxLength(200)),
  heading: z.string().check(z.maxLength(200)),
});
export type PageSignals = z.infer<typeof PageSignals>;

/** The fields of every frame of a tab that the extension may read, by frame, with its page's signals. */
export const FormScan = /* @__PURE__ */ z.object({
  frames: z.array(z.object({ frameId: z.number(), fields: z.array(ScannedField), page: z.optional(PageSignals) })),
});
export type FormScan = z.infer<typeof FormScan>;

/** Messages the background sends to a form content script. */
export const ToContent = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel:toggle') }),
  z.object({ type: z.literal('panel:layout'), layout: PanelLayout }),
  z.object({
    type: z.literal('field:insert'),
    text: insertText,
    caret: z.optional(offset),
    html: z.optional(insertHtml),
  }),
  // To every frame of the tab: the panel opened or closed there (drafts in `auto` follow it).
  z.object({ type: z.literal('panel:open'), open: z.boolean() }),
  // A page editor's API ran the insertion handed over (InsertHandOver): `read` is the editor's
  // text after it, null when no instance took it. Answered with an InsertResult.
  z.object({
    type: z.literal('field:handed'),
    marker: z.string().check(z.maxLength(40)),
    read: z.nullable(z.string().check(z.maxLength(8 * MAX_INSERT_CHARS))),
  }),
]);
export type ToContent = z.infer<typeof ToContent>;

/**
 * The form script's answer to `field:insert` when the field is a page editor's frame (KindEditor,
 * CKEditor 4, UEditor): the background runs that editor's API in the page's main world on the
 * frame marked `marker`, then sends `field:handed`.
 */
export const InsertHandOver = /* @__PURE__ */ z.object({
  handOver: z.string().check(z.maxLength(40)),
  marker: z.string().check(z.maxLength(40)),
});
export type InsertHandOver = z.infer<typeof InsertHandOver>;

/** The form script's answer to `panel:toggle`: whether the panel is now open. */
export const PanelState = /* @__PURE__ */ z.object({ open: z.boolean() });
export type PanelState = z.infer<typeof PanelState>;

/** The reader's answer to `bounds` after an insertion: the field's stated limit and its length. */
export const FieldBounds = /* @__PURE__ */ z.object({ maxLength: z.optional(z.number()), length: z.number() });

/** The random token in the panel's address (`panel.html#<token>`) that its messages carry. */
const panelToken = /* @__PURE__ */ z.string().check(z.regex(/^[0-9a-f-]{36}$/));

/** Messages the panel page sends to the background. */
export const FromPanel = /* @__PURE__ */ z.discriminatedUnion('type', [
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
  // The page the panel is docked in: answered with a PanelPage.
  z.object({ type: z.literal('panel:page') }),
  // The 草稿 tab: where the tab's page is and what its fields hold now; a draft back into its field.
  z.object({ type: z.literal('drafts:page') }),
  z.object({ type: z.literal('drafts:restore'), field: draftField, text: draftText }),
]);
export type FromPanel = z.infer<typeof FromPanel>;

/** Messages a form content script sends to the background. */
export const FromContent = /* @__PURE__ */ z.discriminatedUnion('type', [
  // The frame now holds the field the user works in: insertions go there. `at` is when focus
  // arrived (ms since the epoch, sub-millisecond): messages from several frames may arrive out of
  // order, and the latest focus must win.
  z.object({ type: z.literal('field:active'), at: z.optional(z.number()) }),
  // The check before 提交 asks for the writer's templates and rule settings (answered with a GuardConfig).
  z.object({ type: z.literal('guard:config') }),
  // The writer paused typing in a field of this frame: the panel of the tab reads it again.
  z.object({ type: z.literal('field:edited') }),
  // The top frame's script names the token its panel carries (PANEL_TOKEN_PARAM): only a panel
  // docked by our own script can drive the extension, not one a page frames itself.
  z.object({ type: z.literal('panel:token'), token: panelToken }),
  // The newest text of a field, to keep as a draft (the site comes from the sender, not from here).
  z.object({
    type: z.literal('draft:save'),
    page: draftPage,
    field: draftField,
    label: z.string().check(z.maxLength(200)),
    title: z.string().check(z.maxLength(300)),
    text: draftText,
    // The field held this many characters when `text` is its first MAX_DRAFT_CHARS only.
    cut: z.optional(z.number().check(z.int(), z.nonnegative())),
  }),
  // The page opened: the newest draft of each of its fields, to offer back.
  z.object({ type: z.literal('draft:offer'), page: draftPage }),
]);
export type FromContent = z.infer<typeof FromContent>;

/** The page the panel is docked in: its tab, and its site (null for pages without one). */
export const PanelPage = /* @__PURE__ */ z.object({ tabId: z.number(), site: z.nullable(z.string()) });
export type PanelPage = z.infer<typeof PanelPage>;

/**
 * What the check before 提交 needs from the extension's database: the writer's own templates (as
 * stored; the guard validates each again) and rule settings (validated there too).
 */
export const GuardConfig = /* @__PURE__ */ z.object({
  templates: z.array(z.unknown()).check(z.maxLength(200)),
  rules: z.record(z.string(), z.unknown()),
  marker: z.optional(z.string().check(z.maxLength(8))),
  /** The genre the writer chose for the page's site. */
  genre: z.optional(z.string().check(z.maxLength(100))),
  /**
   * The writer's word list, the unit's wording lists and the profile's 年度 (lib/settings/wording.ts
   * GuardWording, validated by the guard; unknown here so that the form script does not grow).
   */
  wording: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});
export type GuardConfig = z.infer<typeof GuardConfig>;

/** A draft the background offers back to a page that opened: its field and newest text. */
export const DraftOffer = /* @__PURE__ */ z.object({
  field: draftField,
  label: z.string(),
  text: draftText,
  savedAt: z.number(),
  /** The field's length when the draft was cut to its first MAX_DRAFT_CHARS characters. */
  cut: z.optional(z.number()),
});
export type DraftOffer = z.infer<typeof DraftOffer>;

/** What the 草稿 tab knows of its tab's page: site, path and the fields' current texts by identity. */
export const DraftPage = /* @__PURE__ */ z.object({
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
