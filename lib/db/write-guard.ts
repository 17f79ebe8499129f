import { Dexie } from 'dexie';

// The one write guard of the extension's databases (the library and settings in tianbao.ts, the
// drafts in drafts.ts): a write either happens whole or fails with a reason the UI can say.

/** Why a write failed, as a key the UI turns into a message. */
export type StoreErrorCode =
  | 'title-empty'
  | 'title-too-long'
  | 'body-empty'
  | 'body-too-long'
  | 'invalid'
  | 'not-found'
  | 'read-only'
  | 'quota'
  | 'unavailable';

/** A write that did not happen; the database is as it was before. */
export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode) {
    super(code);
    this.name = 'StoreError';
  }
}

/** Runs a write, turning the database's own failures into a StoreError a user can be told about. */
export async function guardWrite<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const failure = storageFailure(error);
    if (failure) throw new StoreError(failure);
    throw error;
  }
}

/**
 * What went wrong in the database, if it was the database: `quota` for a full disk (Dexie's own
 * error, or the browser's DOMException inside it), `unavailable` for any other database failure
 * (a private window, a blocked or broken database); undefined for anything else.
 */
export function storageFailure(error: unknown): 'quota' | 'unavailable' | undefined {
  if (isQuotaError(error)) return 'quota';
  return error instanceof Dexie.DexieError ? 'unavailable' : undefined;
}

/** Whether `error` is the browser saying the disk quota is used up, wrapped by Dexie or not. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof Dexie.QuotaExceededError) return true;
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { inner?: { name?: unknown } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}
