import * as z from 'zod/mini';

// (Each schema is marked `@__PURE__`: the bundler then leaves out of a script the schemas that
// script never uses. The form and reader scripts take only types from here: see lib/calls/serve.ts.)

/**
 * The shapes of what crosses a context boundary (panel ⇄ background ⇄ page scripts). The calls
 * themselves (name, request, reply) are defined in lib/calls/; their unions as they travel are
 * re-exported here by type for older importers (as values: from lib/calls).
 */
export type { FromContent, FromPanel, InsertHandOver, PanelState, ToContent } from './calls';

import { MAX_DRAFT_CHARS, MAX_INSERT_CHARS, MAX_LABEL_READ, MAX_NEAR_CHARS } from './calls/limits';
import { searchRequestKey } from './message-constants';

export { MAX_DRAFT_CHARS, MAX_INSERT_CHARS, MAX_LABEL_READ, MAX_NEAR_CHARS, searchRequestKey };

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
  // An edit of a stretch of text found it changed since the panel read it (the writer typed on).
  'changed',
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

/** The text of an insertion. */
export const insertText = /* @__PURE__ */ z.string().check(z.maxLength(MAX_INSERT_CHARS));
/** The text of a draft. */
export const draftText = /* @__PURE__ */ z.string().check(z.maxLength(MAX_DRAFT_CHARS));
/** A field's identity (lib/drafts/identity.ts). */
export const draftField = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(400));
/** A page's path on its site. */
export const draftPage = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(2000));
/**
 * The text as paragraphs for rich editors, escaped and sanitised (DOMPurify) by the panel
 * (lib/fields/rich-html.ts); escaping can make it several times longer than the text.
 */
export const insertHtml = /* @__PURE__ */ z.string().check(z.maxLength(8 * MAX_INSERT_CHARS));
/** A character offset in a field's text. */
export const offset = /* @__PURE__ */ z.number().check(z.int(), z.nonnegative());
/** A field's id in its frame's scan. */
export const fieldId = /* @__PURE__ */ z.string().check(z.maxLength(40));

/** What a field is: a multi-line box, a one-line input, or an editable element (an editor). */
export const FieldKind = /* @__PURE__ */ z.enum(['textarea', 'input', 'contenteditable']);

/**
 * One fillable field of a form as a frame's page script reads it (lib/fields/scan.ts): raw, as the
 * page shows it. The extension makes it a ScannedField (lib/analysis/field-read.ts), so that the
 * page carries no interpretation (issue 16); a hostile page controls all of it, hence the bounds.
 */
export const FieldRead = /* @__PURE__ */ z.object({
  id: fieldId,
  kind: FieldKind,
  editor: z.string().check(z.maxLength(40)),
  /** The text the page gives as the field's label (*姓　名：), each run of whitespace one space. */
  label: z.string().check(z.maxLength(MAX_LABEL_READ)),
  text: z.string(),
  /** The field's own `maxlength`, when it has one. */
  maxlength: z.optional(z.number().check(z.int(), z.positive())),
  /** Text around the field that may state its limit (限800字, 0/800), when there is some. */
  near: z.optional(z.string().check(z.maxLength(MAX_NEAR_CHARS))),
  /** `required` or `aria-required` (a star in the label is read from `label`). */
  required: z.boolean(),
  visible: z.boolean(),
  charset: z.optional(z.string().check(z.maxLength(40))),
});
export type FieldRead = z.infer<typeof FieldRead>;

/** One fillable field of a form, as the extension understands a frame's read of it (FieldRead). */
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

/** What every frame of a tab read of its fields, by frame, before the extension interprets it. */
export const FormRead = /* @__PURE__ */ z.object({
  frames: z.array(z.object({ frameId: z.number(), fields: z.array(FieldRead), page: z.optional(PageSignals) })),
});
export type FormRead = z.infer<typeof FormRead>;

/** The most characters of one guard:judge scan (every field of every frame it reaches, as JSON). */
export const MAX_GUARD_SCAN_CHARS = 64_000_000;

/** The page the panel is docked in: its tab, and its site (null for pages without one). */
export const PanelPage = /* @__PURE__ */ z.object({ tabId: z.number(), site: z.nullable(z.string()) });
export type PanelPage = z.infer<typeof PanelPage>;

// The check before 提交 (issue 16, guard:judge). Replies into a page script are the extension's
// own, so they are typed here and not validated there (no zod in the page).

/** One error the check before 提交 found, as its dialog lists it, in the language of the settings. */
export interface GuardItem {
  /** Which of the guard's reachable documents (its own numbering) and which field (scan id). */
  frameId: number;
  fieldId: string;
  /** The field's label, or the words for an unnamed one. */
  field: string;
  message: string;
  /** The text in question, shortened. */
  excerpt: string;
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'info';
}

/** The dialog's and notices' words, in the language of the settings (the page carries no catalogue). */
export interface GuardWords {
  title: string;
  intro: string;
  back: string;
  submit: string;
  more: string;
  confirmHint: string;
  alreadySent: string;
  pressAgain: string;
  unreachable: string;
}

/** The background's answer to guard:judge: the errors to hold a submission for, and the words. */
export interface GuardVerdict {
  items: GuardItem[];
  words: GuardWords;
}

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
