import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from './compat';

describe('the compatibility lint', () => {
  it('names each web, JavaScript and extension API newer than the targets, and nothing older or marked', () => {
    const findings = lint([resolve('tests/fixtures/compat/too-new.ts')], { manifests: false });
    const features = findings.filter((f) => f.where.startsWith('tests/fixtures/compat')).map((f) => f.feature);
    expect(features).toEqual(
      expect.arrayContaining([
        'Array.toSorted',
        'Promise.withResolvers',
        'browser.sidePanel',
        'browser.sidePanel.open',
      ]),
    );
    expect(features).not.toContain('Object.groupBy');
    expect(features.join(' ')).not.toContain('replaceChildren');
    const sorted = findings.find((f) => f.feature === 'Array.toSorted');
    expect(sorted?.lacking).toEqual(['chrome 110 (target 109)', 'edge 110 (target 109)']);
  }, 60_000);
});
