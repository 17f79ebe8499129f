import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { effectivePreferences, type ReadPolicy, readPolicy } from '@/lib/settings/policy';
import { loadPreferences, type Preferences } from '@/lib/settings/preferences';
import type { TianbaoDB } from '@/lib/snippets/db';

/**
 * The policy IT staff set (`storage.managed`); empty where none is set. Firefox without a
 * policies.json entry for us, and a browser without managed storage, reject the read: no policy.
 */
export async function loadPolicy(): Promise<ReadPolicy> {
  try {
    return readPolicy(await browser.storage.managed.get(null));
  } catch {
    return readPolicy({});
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
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
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
