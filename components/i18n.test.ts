import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;

describe('message catalogues', () => {
  const zh = load('zh_CN');
  const en = load('en');

  it('have the same keys and placeholders in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) {
      expect(Object.keys(en[key]?.placeholders ?? {}), key).toEqual(Object.keys(zh[key]?.placeholders ?? {}));
    }
  });

  it('use every declared placeholder in the message', () => {
    for (const [key, entry] of [...Object.entries(zh), ...Object.entries(en)]) {
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(entry.message, key).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });
});
