import * as z from 'zod/mini';
import type { Snippet, TianbaoDB } from '../db/tianbao';
import { guardWrite, StoreError, type StoreErrorCode } from '../db/write-guard';
import { MAX_TAGS } from './tags';

/** One tag: trimmed, 1–50 characters. */
export const Tag = z.string().check(z.trim(), z.minLength(1), z.maxLength(50));
// A genre or section id, as the templates name them.
const Ref = z.string().check(z.minLength(1), z.maxLength(100));

/** What a user types to create a snippet; checked before anything is written. */
export const SnippetInput = z.object({
  title: z.string().check(z.trim(), z.minLength(1, 'title-empty'), z.maxLength(200, 'title-too-long')),
  body: z.string().check(z.minLength(1, 'body-empty'), z.maxLength(100_000, 'body-too-long')),
  tags: z._default(z.array(Tag).check(z.maxLength(MAX_TAGS)), []),
  genres: z._default(z.array(Ref).check(z.maxLength(100)), []),
  sections: z._default(z.array(Ref).check(z.maxLength(100)), []),
});
export type SnippetInput = z.input<typeof SnippetInput>;

export { StoreError, type StoreErrorCode } from '../db/write-guard';

/** Snippets in the order the panel shows them (in panel-list.ts, which the panel loads without zod). */
export { listSnippets } from './panel-list';

/** Validates and saves a new snippet; throws StoreError with nothing written on failure. */
export async function addSnippet(db: TianbaoDB, input: SnippetInput, now = Date.now()): Promise<Snippet> {
  const snippet: Snippet = {
    ...parseInput(input),
    id: crypto.randomUUID(),
    favorite: 0,
    starter: false,
    createdAt: now,
    updatedAt: now,
    useCount: 0,
    lastUsedAt: 0,
  };
  await guardWrite(() => db.snippets.add(snippet));
  return snippet;
}

/** Deletes a snippet. */
export async function deleteSnippet(db: TianbaoDB, id: string): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.snippets, async () => {
      if ((await db.snippets.get(id))?.pack) throw new StoreError('read-only');
      await db.snippets.delete(id);
    }),
  );
}

/**
 * Replaces what the user edits (title, body, tags, genres, sections) of a snippet, stamping
 * `updatedAt`; counters, favourite and creation time are kept. Throws StoreError: the input's code,
 * or 'not-found' when the snippet is gone (deleted in another tab).
 */
export async function updateSnippet(
  db: TianbaoDB,
  id: string,
  input: SnippetInput,
  now = Date.now(),
): Promise<Snippet> {
  const fields = parseInput(input);
  return guardWrite(() =>
    db.transaction('rw', db.snippets, async () => {
      const old = await db.snippets.get(id);
      if (!old) throw new StoreError('not-found');
      // A unit pack's items change only with the pack (lib/packs).
      if (old.pack) throw new StoreError('read-only');
      const next: Snippet = { ...old, ...fields, updatedAt: now };
      await db.snippets.put(next);
      return next;
    }),
  );
}

/**
 * Saves a copy of a snippet under a new id, its title followed by `suffix` (the UI's "（副本）"),
 * as a new snippet of the user's: not favourite, not starter, never used.
 */
export async function duplicateSnippet(db: TianbaoDB, id: string, suffix: string, now = Date.now()): Promise<Snippet> {
  return guardWrite(() =>
    db.transaction('rw', db.snippets, async () => {
      const old = await db.snippets.get(id);
      if (!old) throw new StoreError('not-found');
      const copy: Snippet = {
        ...old,
        id: crypto.randomUUID(),
        // The limit counts the suffix, so a 200-character title loses its end rather than failing.
        title: old.title.slice(0, 200 - suffix.length) + suffix,
        tags: [...old.tags],
        genres: [...old.genres],
        sections: [...old.sections],
        favorite: 0,
        starter: false,
        createdAt: now,
        updatedAt: now,
        useCount: 0,
        lastUsedAt: 0,
      };
      await db.snippets.add(copy);
      return copy;
    }),
  );
}

/** Counts one use of a snippet, for ranking. */
export async function recordUse(db: TianbaoDB, id: string, now = Date.now()): Promise<void> {
  await guardWrite(() =>
    db.snippets
      .where('id')
      .equals(id)
      .modify((s) => {
        s.useCount += 1;
        s.lastUsedAt = now;
      }),
  );
}

/** Checks what the user typed, or throws the StoreError to show; used by every write of user input. */
export function parseInput(input: SnippetInput): z.output<typeof SnippetInput> {
  const parsed = z.safeParse(SnippetInput, input);
  if (!parsed.success) throw new StoreError(inputErrorCode(parsed.error));
  return parsed.data;
}

function inputErrorCode(error: z.core.$ZodError): StoreErrorCode {
  const message = error.issues[0]?.message;
  const known: StoreErrorCode[] = ['title-empty', 'title-too-long', 'body-empty', 'body-too-long'];
  return known.find((code) => code === message) ?? 'invalid';
}
