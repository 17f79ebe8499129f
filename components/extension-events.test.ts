import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { extensionAlive, listen } from './extension-events';

const id = fakeBrowser.runtime.id;
afterEach(() => {
  (fakeBrowser.runtime as { id?: string }).id = id;
});

describe('listen', () => {
  it('adds the listener and removes it again', async () => {
    const heard = vi.fn();
    const stop = listen(() => fakeBrowser.storage.local.onChanged, heard);
    await fakeBrowser.storage.local.set({ a: 1 });
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.storage.local.set({ a: 2 });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('does nothing, and throws nothing, once the extension is gone from under the page', () => {
    const gone = () => {
      // As `browser.storage.local.onChanged` reads when `browser.storage` is undefined.
      throw new TypeError("Cannot read properties of undefined (reading 'local')");
    };
    expect(() => listen(gone, () => undefined)()).not.toThrow();
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(extensionAlive()).toBe(false);
    const event = { addListener: vi.fn(), removeListener: vi.fn() };
    listen(
      () => event,
      () => undefined,
    )();
    expect(event.addListener).not.toHaveBeenCalled();
    expect(event.removeListener).not.toHaveBeenCalled();
  });
});
