import * as z from 'zod/mini';
import { draftField, draftPage, draftText, type GuardVerdict, MAX_GUARD_SCAN_CHARS } from '../messages';
import type { DraftSettings } from '../settings/sites';
import { call } from './define';

/** The random token in the panel's address (`panel.html#<token>`) that its messages carry. */
const panelToken = z.string().check(z.regex(/^[0-9a-f-]{36}$/));

const draftSaveReply = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.enum(['quota', 'unavailable', 'refused']) }),
]);

/**
 * What page scripts (form, reader, check before 提交) ask of the service worker. A page is a trust
 * boundary: the worker validates each request (entrypoints/background/page-calls.ts) and takes the
 * site from the sender, never from the message.
 */
export const pageCalls = {
  // The frame now holds the field the writer works in: insertions go there. `at` is when focus
  // arrived (ms since the epoch, sub-millisecond): messages from several frames may arrive out of
  // order, and the latest focus must win.
  'field:active': call(z.object({ at: z.optional(z.number()) }), z.undefined()),
  // The check before 提交 (issue 16): the form's fields as the guard reads them, judged here by the
  // writer's templates and settings, where the engine lives; null for a scan that is not one. One
  // JSON string of a FormRead (it crosses far faster than 10,000 objects), parsed, validated and interpreted by
  // the handler. The verdict goes into a page script, which trusts the extension: not re-validated.
  'guard:judge': call(
    z.object({ scan: z.string().check(z.maxLength(MAX_GUARD_SCAN_CHARS)) }),
    z.custom<GuardVerdict | null>(),
  ),
  // A draft restored into a page editor's frame (lib/drafts/restore.ts): the worker runs the
  // editor's own insertion of `text` on the frame marked `marker` in this frame's main world, as
  // for an insertion handed over, and answers with what the editor reads after it.
  'editor:handover': call(
    z.object({
      handOver: z.string().check(z.maxLength(40)),
      marker: z.string().check(z.maxLength(40)),
      text: draftText,
    }),
    z.object({ marker: z.string(), read: z.nullable(z.string()) }),
  ),
  // The top frame's script names the token its panel carries: only a panel docked by our own
  // script can drive the extension, not one a page frames itself.
  'panel:token': call(z.object({ token: panelToken }), z.undefined()),
  // The newest text of a field, to keep as a draft.
  'draft:save': call(
    z.object({
      page: draftPage,
      field: draftField,
      label: z.string().check(z.maxLength(200)),
      title: z.string().check(z.maxLength(300)),
      text: draftText,
      // The field held this many characters when `text` is its first MAX_DRAFT_CHARS only.
      cut: z.optional(z.number().check(z.int(), z.nonnegative())),
    }),
    draftSaveReply,
  ),
  // The page opened (`offer`: the newest draft of each of its fields is offered back, through the
  // reader), or its site's settings changed: the site's drafts settings, the IT policy applied
  // (null off http(s)). The reply goes into a page script, which trusts the extension.
  'draft:offer': call(z.object({ page: draftPage, offer: z.boolean() }), z.custom<DraftSettings | null>()),
};
export type PageCalls = typeof pageCalls;

/** What page scripts tell the panel of their tab (validated there: the panel hears every tab's). */
export const panelEvents = {
  // The writer paused typing in a field of this frame: the panel reads it again.
  'field:edited': call(z.object({}), z.undefined()),
};
export type PanelEvents = typeof panelEvents;
