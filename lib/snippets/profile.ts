import * as z from 'zod';
import type { TianbaoDB } from '../db/tianbao';
import { guardWrite, StoreError } from '../db/write-guard';
import { type Profile, VARIABLE_NAME } from './variables';

// Names that reach object prototypes are never stored.
const RESERVED = ['__proto__', 'constructor', 'prototype'];

/** A stored profile: variable names to values, checked when read back and on import. */
export const ProfileSchema = z
  .record(
    z
      .string()
      .regex(VARIABLE_NAME, 'name')
      .refine((name) => !RESERVED.includes(name), 'reserved'),
    z
      .string()
      .max(1000)
      .refine((v) => !/[{}]/.test(v), 'braces'),
  )
  .refine((p) => Object.keys(p).length <= 200, 'too-many');

/** What the profile functions need from the database: its `settings` table. */
export type ProfileStore = Pick<TianbaoDB, 'settings'>;

const PROFILE_KEY = 'profile';

/** The saved profile; an empty one when none is saved or the stored one is damaged. */
export async function loadProfile(db: ProfileStore): Promise<Profile> {
  const row = await db.settings.get(PROFILE_KEY);
  const parsed = ProfileSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : {};
}

/**
 * Saves answers the user gave for missing variables into the profile ("remember"), keeping the
 * other values; an empty answer removes that variable. Invalid names or values throw
 * StoreError('invalid') with nothing written.
 */
export async function rememberAnswers(db: ProfileStore, answers: Profile): Promise<Profile> {
  const given = new Map(Object.entries(answers));
  const filled = Object.fromEntries([...given].filter(([, value]) => value.trim() !== ''));
  if (![...given.keys()].every((name) => VARIABLE_NAME.test(name) && !RESERVED.includes(name))) {
    throw new StoreError('invalid');
  }
  if (!ProfileSchema.safeParse(filled).success) throw new StoreError('invalid');
  return guardWrite(() =>
    db.settings.db.transaction('rw', db.settings, async () => {
      const merged = new Map(Object.entries(await loadProfile(db)));
      for (const [name, value] of given) {
        if (value.trim() === '') merged.delete(name);
        else merged.set(name, value);
      }
      const next = Object.fromEntries(merged);
      await db.settings.put({ key: PROFILE_KEY, value: next });
      return next;
    }),
  );
}

/**
 * Replaces the whole profile with `profile` (the options page's profile form); throws
 * StoreError('invalid') with nothing written when it fails ProfileSchema.
 */
export async function saveProfile(db: ProfileStore, profile: Profile): Promise<Profile> {
  const parsed = ProfileSchema.safeParse(profile);
  if (!parsed.success) throw new StoreError('invalid');
  const value = parsed.data;
  await guardWrite(() => db.settings.put({ key: PROFILE_KEY, value }));
  return value;
}
