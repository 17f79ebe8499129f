import { describe, expect, it } from 'vitest';
import { formatPath } from './format-path';
import { describeIssue } from './structure/schema-errors';

describe('formatPath', () => {
  it('reads as the JSON file is written', () => {
    expect(formatPath(['snippets', 3, 'title'])).toBe('snippets[3].title');
    expect(formatPath(['sections', 2, 'aliases', 0])).toBe('sections[2].aliases[0]');
    expect(formatPath([0, 'title'])).toBe('[0].title');
    expect(formatPath([])).toBe('');
  });

  it('names the root in template errors', () => {
    const issue = { code: 'invalid_type', expected: 'object', path: [], message: '', input: 1 } as never;
    expect(describeIssue(issue).path).toBe('(根)');
  });
});
