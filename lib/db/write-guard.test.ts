import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { guardWrite, isQuotaError, StoreError, storageFailure } from './write-guard';

describe('the write guard', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('tells a full disk however it arrives: Dexie’s own error, the browser’s, or the browser’s inside Dexie’s', () => {
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quota))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('turns the database’s failures into a reason, and leaves every other error as it is', async () => {
    expect(storageFailure(new Dexie.AbortError('aborted', quota))).toBe('quota');
    expect(storageFailure(new Dexie.OpenFailedError('blocked'))).toBe('unavailable');
    expect(storageFailure(new TypeError('bug'))).toBeUndefined();
    await expect(guardWrite(() => Promise.reject(new Dexie.QuotaExceededError('full')))).rejects.toEqual(
      new StoreError('quota'),
    );
    await expect(guardWrite(() => Promise.reject(new Dexie.OpenFailedError('blocked')))).rejects.toMatchObject({
      code: 'unavailable',
    });
    const bug = new TypeError('bug');
    await expect(guardWrite(() => Promise.reject(bug))).rejects.toBe(bug);
    expect(await guardWrite(async () => 7)).toBe(7);
  });
});
