import * as z from 'zod';
import { parseWithSchema, type SchemaError } from '../schema-errors';

/*
 * A unit's 统一口径 as a file (UTF-8 JSON), version 1:
 *   { "format": "tianbao-wording", "version": 1, "name": "县委组织部统一口径",
 *     "forbidden": [{ "text": "…", "preferred"?: "…", "severity"?: "error"|"warning"|"info", "note"?: "…" }],
 *     "required": [{ "text": "…", "severity"?: …, "note"?: "…" }] }
 * Wording the unit forbids (with what to write instead) and wording every whole report must hold.
 * Plain data with pure functions, so a unit pack can carry it; a file is taken whole or not at all.
 */

/** The name of the format in every unit wording file. */
export const WORDING_FORMAT = 'tianbao-wording';
/** The format version this code writes and reads. */
export const WORDING_VERSION = 1;

const phrase = z.string().trim().min(1).max(60);
const severity = z.enum(['error', 'warning', 'info']);

/** A wording the unit does not allow, and what to write instead. */
export const ForbiddenWording = z.strictObject({
  text: phrase,
  preferred: z.string().trim().max(60).optional(),
  severity: severity.optional(),
  note: z.string().max(200).optional(),
});
export type ForbiddenWording = z.infer<typeof ForbiddenWording>;

/** A wording every whole report of the unit must hold (the unit's full name, a set phrase). */
export const RequiredWording = z.strictObject({
  text: phrase,
  severity: severity.optional(),
  note: z.string().max(200).optional(),
});
export type RequiredWording = z.infer<typeof RequiredWording>;

/** One unit's wording list as stored and as a file carries it. */
export const UnitWording = z
  .strictObject({
    format: z.literal(WORDING_FORMAT),
    version: z.literal(WORDING_VERSION),
    name: z.string().trim().min(1).max(100),
    forbidden: z.array(ForbiddenWording).max(5_000).default([]),
    required: z.array(RequiredWording).max(500).default([]),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forbidden.forEach((entry, i) => {
      if (seen.has(entry.text))
        ctx.addIssue({ code: 'custom', path: ['forbidden', i, 'text'], message: 'duplicate-text' });
      seen.add(entry.text);
    });
  });
export type UnitWording = z.infer<typeof UnitWording>;

/** The outcome of reading a unit wording file: the whole list, or every problem and nothing else. */
export type UnitWordingResult = { ok: true; list: UnitWording } | { ok: false; errors: SchemaError[] };

/** Reads a unit wording file (JSON text or a parsed value); any bad entry refuses the whole file. */
export function parseUnitWording(input: unknown): UnitWordingResult {
  const result = parseWithSchema(UnitWording, input);
  return result.ok ? { ok: true, list: result.value } : result;
}

/** The file text of `list`, stable and readable (two-space JSON, a final newline). */
export function exportUnitWording(list: UnitWording): string {
  return `${JSON.stringify(
    {
      format: WORDING_FORMAT,
      version: WORDING_VERSION,
      name: list.name,
      forbidden: list.forbidden,
      required: list.required,
    },
    null,
    2,
  )}\n`;
}
