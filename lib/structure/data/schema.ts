import * as z from 'zod';
import { parseWithSchema, type SchemaError } from '../schema-errors';

const severity = z.enum(['error', 'warning', 'info']);
// All entries are literal text, never patterns: nothing a user adds can make the checker run a regex.
// Quote marks alone would match the empty string: a phrase needs one other character.
const phrase = z
  .string()
  .min(1)
  .max(60)
  .refine((s) => s === '' || /[^“”"‘’'\s]/.test(s), 'quotes-only');

/** A fixed wording and the ways people get it wrong. */
export const Formulation = z.strictObject({
  correct: phrase,
  /** Known wrong forms; none for a phrase checked only for one changed character (near-miss). */
  wrong: z.array(phrase).max(20).default([]),
  severity: severity.default('error'),
  note: z.string().max(200).optional(),
});
export type Formulation = z.infer<typeof Formulation>;

/** A fixed list whose items must come in this order (四个意识: 政治意识、大局意识、核心意识、看齐意识). */
export const OrderedList = z.strictObject({
  name: phrase,
  items: z.array(phrase).min(2).max(12),
  severity: severity.default('error'),
});
export type OrderedList = z.infer<typeof OrderedList>;

/** A character (or short word) that looks like another and is wrong here. */
export const LookAlike = z.strictObject({
  wrong: z.string().min(1).max(8),
  correct: z.string().min(1).max(8),
  /** When set, `wrong` counts only next to one of these characters (○ between Chinese numerals). */
  neighbors: z.string().max(40).optional(),
  note: z.string().max(200).optional(),
});
export type LookAlike = z.infer<typeof LookAlike>;

/** Extra literal placeholders a unit uses in its drafts (e.g. 〔单位名称〕). */
export const PlaceholderText = z.string().min(1).max(40);

/** All rule data, as shipped and as a user or admin extends it. */
export const RuleData = z.strictObject({
  formulations: z.array(Formulation).max(2000).default([]),
  orders: z.array(OrderedList).max(500).default([]),
  lookAlikes: z.array(LookAlike).max(2000).default([]),
  placeholders: z.array(PlaceholderText).max(500).default([]),
});
export type RuleData = z.infer<typeof RuleData>;

/** Reads rule data from JSON text or a value: all of it, or the errors naming each bad field. */
export function parseRuleData(input: unknown): { ok: true; data: RuleData } | { ok: false; errors: SchemaError[] } {
  const result = parseWithSchema(RuleData, input);
  return result.ok ? { ok: true, data: result.value } : result;
}

/** Built-in data followed by the user's additions. */
export function mergeRuleData(base: RuleData, extra: Partial<RuleData> | undefined): RuleData {
  if (!extra) return base;
  return {
    formulations: [...base.formulations, ...(extra.formulations ?? [])],
    orders: [...base.orders, ...(extra.orders ?? [])],
    lookAlikes: [...base.lookAlikes, ...(extra.lookAlikes ?? [])],
    placeholders: [...base.placeholders, ...(extra.placeholders ?? [])],
  };
}
