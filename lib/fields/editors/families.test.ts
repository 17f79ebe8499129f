import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Each editor family's file names the fixture pages and tests that measured it (see index.ts): this
// keeps those names true as pages and tests move.
const DIR = __dirname;
const ROOT = join(DIR, '../../..');
const SITE = readFileSync(join(ROOT, 'scripts/site.ts'), 'utf8');
const FAMILIES = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !/test|index|types|paste/.test(f));

describe('editor families', () => {
  it.each(FAMILIES)('%s names fixtures and tests that exist', (file) => {
    const source = readFileSync(join(DIR, file), 'utf8');
    const fixtures = [...source.matchAll(/tests\/fixtures\/site\/([\w-]+\.html)/g)].map((m) => m[1] ?? '');
    expect(fixtures.length, `${file} names no fixture page`).toBeGreaterThan(0);
    for (const page of fixtures) {
      expect(existsSync(join(ROOT, 'tests/fixtures/site', page)), page).toBe(true);
      expect(SITE, `${page} is not built by scripts/site.ts`).toContain(`'${page.replace(/\.html$/, '')}',`);
    }
    const specs = [...source.matchAll(/([\w-]+\.spec\.ts)/g)].map((m) => m[1] ?? '');
    expect(specs.length, `${file} names no test`).toBeGreaterThan(0);
    for (const spec of specs) expect(existsSync(join(ROOT, 'tests/e2e', spec)), spec).toBe(true);
  });
});
