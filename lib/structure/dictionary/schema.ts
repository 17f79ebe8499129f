import * as z from 'zod';
import { parseWithSchema, type SchemaError } from '../schema-errors';

// The wording dictionary as data: every entry is literal text with its correct form, its kind, its
// severity and the public source it comes from. Nothing in it is a pattern.

const severity = z.enum(['error', 'warning', 'info']);
const word = z.string().min(1).max(40);

/** What kind of slip an entry catches; each kind is a rule of its own. */
export const WordingKind = z.enum([
  'typo',
  'variant',
  'traditional',
  'look-alike',
  'particle',
  'usage',
  'dated',
  'unit',
]);
export type WordingKind = z.infer<typeof WordingKind>;

/** One wording entry: `wrong` is flagged and `correct` offered, unless a condition says otherwise. */
export const WordingEntry = z.strictObject({
  wrong: word,
  /** The form to write instead; empty for a dated formulation that has no single replacement. */
  correct: z.string().max(40),
  kind: WordingKind,
  severity,
  /** Id of the entry's source in SOURCES. */
  source: z.string().min(1).max(40),
  note: z.string().max(200).optional(),
  /** Characters that, right before the match, make it another word (来自已经 is not 自已). */
  notAfter: z.string().max(40).optional(),
  /** Texts that, right after the match, make it another phrase (积极的推动作用 is a noun phrase). */
  notBefore: z.array(word).max(60).optional(),
  /** For a dated formulation: the first and last year of the report it is right for. */
  from: z.number().int().min(1900).max(2100).optional(),
  until: z.number().int().min(1900).max(2100).optional(),
});
export type WordingEntry = z.infer<typeof WordingEntry>;

/** A list of wording entries, as shipped or as a user's own. */
export const WordingList = z.array(WordingEntry).max(20_000);

/** Reads a list of wording entries: all of them, or the errors naming each bad field. */
export function parseWordingList(
  input: unknown,
): { ok: true; entries: WordingEntry[] } | { ok: false; errors: SchemaError[] } {
  const result = parseWithSchema(WordingList, input);
  return result.ok ? { ok: true, entries: result.value } : result;
}
