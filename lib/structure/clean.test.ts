import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flatten, runIn, wordProcessor } from '../../tests/fixtures/structure/shapes';
import { check } from './check';
import { BUILTIN_TEMPLATES } from './templates';

// Clean reports written for these tests, one per built-in genre: whatever shape they arrive in, the
// engine finds the genre and every section, and reports no error.
const DIR = fileURLToPath(new URL('../../tests/fixtures/structure/', import.meta.url));
const FIXTURES = readdirSync(DIR).filter((name) => name.endsWith('.txt'));
const SHAPES = { standalone: (t: string) => t, 'run-in': runIn, 'one line': flatten, 'word processor': wordProcessor };

function outline(text: string) {
  const { doc, sections } = check(text);
  return {
    headings: doc.allHeadings.filter((h) => h.marker).map((h) => text.slice(h.title.start, h.title.end)),
    sections: sections.filter((s) => s.found).map((s) => s.id),
  };
}

describe('clean reports', () => {
  it('has a clean text for every built-in genre', () => {
    expect(FIXTURES.map((name) => name.replace('.txt', '')).sort()).toEqual(BUILTIN_TEMPLATES.map((t) => t.id).sort());
  });

  for (const name of FIXTURES) {
    const text = readFileSync(DIR + name, 'utf8');
    const genre = name.replace('.txt', '');
    for (const [shape, reshape] of Object.entries(SHAPES)) {
      it(`${genre}, ${shape}: genre found, every section found, nothing flagged`, () => {
        const input = reshape(text);
        const result = check(input);
        expect(result.genre?.id).toBe(genre);
        expect(result.sections.filter((s) => s.required && !s.found).map((s) => s.id)).toEqual([]);
        expect(result.findings.map((f) => `${f.rule} ${input.slice(f.start, f.end)}`)).toEqual([]);
      });
    }
    it(`${genre}: the same outline in every shape`, () => {
      const standalone = outline(text);
      expect(standalone.headings.length).toBeGreaterThan(3);
      expect(outline(runIn(text))).toEqual(standalone);
      expect(outline(wordProcessor(text))).toEqual(standalone);
      expect(outline(flatten(text)).sections).toEqual(standalone.sections);
    });
  }
});
