import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TianbaoDB } from '../db/tianbao';
import { check } from '../structure';
import { loadPreferences, readPreferences, setPreference } from './preferences';

let n = 0;
const opened: TianbaoDB[] = [];
const fresh = () => {
  const db = new TianbaoDB(`preferences-test-${++n}`);
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('preferences', () => {
  it('are empty (the defaults) until set, then read back; clearing one keeps the other', async () => {
    const db = fresh();
    expect(await loadPreferences(db)).toEqual({});
    await setPreference(db, 'defaultGenre', 'kaohe-gwy');
    await setPreference(db, 'anonymisationMarker', '*');
    expect(await loadPreferences(db)).toEqual({ defaultGenre: 'kaohe-gwy', anonymisationMarker: '*' });
    await setPreference(db, 'defaultGenre', undefined);
    expect(await loadPreferences(db)).toEqual({ anonymisationMarker: '*' });
  });

  it('refuse a marker that is not one visible character, and store nothing', async () => {
    const db = fresh();
    for (const bad of ['', '**', ' ', '\n']) {
      await expect(setPreference(db, 'anonymisationMarker', bad)).rejects.toThrow(RangeError);
    }
    await setPreference(db, 'anonymisationMarker', '𠀀');
    expect(await loadPreferences(db)).toEqual({ anonymisationMarker: '𠀀' });
  });

  it('read a damaged row field by field', () => {
    expect(readPreferences('junk')).toEqual({});
    expect(readPreferences(null)).toEqual({});
    expect(readPreferences({ defaultGenre: 42, anonymisationMarker: '×' })).toEqual({ anonymisationMarker: '×' });
    expect(readPreferences({ defaultGenre: 'shuzhi', anonymisationMarker: 'ab' })).toEqual({ defaultGenre: 'shuzhi' });
  });

  it('the marker, as stored, keeps redacted names from being reported as placeholders', async () => {
    const db = fresh();
    const text = '2026年，在**局党组的领导下，我认真履行职责。';
    const rules = (marker?: string) =>
      check(text, marker ? { anonymisationMarker: marker } : {}).findings.map((f) => f.rule);
    expect(rules()).toContain('placeholder/unfilled');
    await setPreference(db, 'anonymisationMarker', '*');
    expect(rules((await loadPreferences(db)).anonymisationMarker)).not.toContain('placeholder/unfilled');
  });
});
