import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TianbaoDB } from '@/lib/db/tianbao';
import { effectivePreferences, type ReadPolicy, readPolicy } from '@/lib/settings/policy';
import { loadPreferences, type Preferences } from '@/lib/settings/preferences';
import { listen } from './extension-events';

// Chromium's storage.managed.get() never settles on some machines with no policy at all (measured
// with Debian's Chromium): a read that takes longer than this counts as "no policy" for a minute.
const READ_TIMEOUT_MS = 1500;
const RETRY_AFTER_MS = 60_000;

// The policy as last read, shared by every caller of this context; dropped when the browser reloads it.
let cached: { policy: Promise<ReadPolicy>; until: number } | undefined;
let following = false;

/**
 * The policy IT staff set (`storage.managed`); empty where none is set. Firefox without a
 * policies.json entry for us, and a browser without managed storage, reject the read: no policy.
 */
export function loadPolicy(): Promise<ReadPolicy> {
  if (!following) {
    following = true;
    followPolicy(() => {
      cached = undefined;
    });
  }
  if (!cached || Date.now() > cached.until) cached = { policy: readManaged(), until: Number.POSITIVE_INFINITY };
  return cached.policy;
}

async function readManaged(): Promise<ReadPolicy> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), READ_TIMEOUT_MS);
  });
  try {
    const stored = await Promise.race([browser.storage.managed.get(null), timedOut]);
    if (stored === 'timeout') {
      if (cached) cached.until = Date.now() + RETRY_AFTER_MS;
      return readPolicy({});
    }
    return readPolicy(stored);
  } catch {
    return readPolicy({});
  } finally {
    clearTimeout(timer);
  }
}

/** The writer's preferences with policy applied (the check, the outline, the check before 提交). */
export async function loadEffectivePreferences(db: TianbaoDB) {
  const own = await loadPreferences(db).catch((): Preferences => ({}));
  return effectivePreferences(own, (await loadPolicy()).policy).preferences;
}

/** Runs `onChange` whenever the browser reloads the policy; returns the function that stops it. */
export function followPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  return listen(() => browser.storage.onChanged, listener);
}

/** The policy, for a component: undefined while loading; follows changes. */
export function usePolicy(): ReadPolicy | undefined {
  const [policy, setPolicy] = useState<ReadPolicy>();
  useEffect(() => {
    const load = () => void loadPolicy().then(setPolicy);
    load();
    return followPolicy(load);
  }, []);
  return policy;
}
