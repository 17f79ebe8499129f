import { describe, expect, it } from 'vitest';
import { evaluate, samples } from '../../tests/fixtures/eval/run';

// The evaluation of `npm run eval`, held to its promises: a correct report is never held by an error.

describe('the evaluation corpus', () => {
  const result = evaluate();

  it('has five correct texts per genre and at least 500 single-defect variants', () => {
    const perGenre = new Map<string, number>();
    for (const s of samples()) perGenre.set(s.genre, (perGenre.get(s.genre) ?? 0) + 1);
    expect([...perGenre.values()].every((n) => n >= 5)).toBe(true);
    expect(perGenre.size).toBe(9);
    expect(result.rows.reduce((n, r) => n + r.variants, 0)).toBeGreaterThanOrEqual(500);
  });

  it('makes no error on a correct text, with the genre set or detected from the label', () => {
    const errors = result.falseOnCorrect
      .filter((f) => f.finding.severity === 'error')
      .map((f) => `${f.file} (${f.mode}): ${f.finding.rule} “${f.text}”`);
    expect(errors).toEqual([]);
  });
});
