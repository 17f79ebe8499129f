import * as z from 'zod';
import { UnitWording } from '../structure/data/unit-wording';

// The shapes of the writer's word list and unit wording lists, apart from their storage so that the
// check before 提交 can validate what it receives without the database code.

/** The most words a word list keeps. */
export const MAX_ACCEPTED = 5_000;

/** The writer's word list as stored. */
export const AcceptedWords = z.array(z.string().min(1).max(60)).max(MAX_ACCEPTED);

/** The unit wording lists as stored. */
export const UnitWordingLists = z.array(UnitWording).max(50);

/** What the check before 提交 receives of the writer's wording: word list, unit lists, 年度. */
export const GuardWording = z.strictObject({
  accepted: AcceptedWords,
  units: UnitWordingLists,
  year: z.number().int().min(1900).max(2100).optional(),
});
export type GuardWording = z.infer<typeof GuardWording>;
