import { describe, expect, it } from 'vitest';
import { scannedField as field } from '../../tests/support/scanned-field';
import { judgeForm } from './guard-judge';

describe('judgeForm (the check before 提交, in the worker)', () => {
  it('lists the errors only, each with its field, range and excerpt', () => {
    const text = '一年来，我认真釆取措施,推进工作。';
    const found = judgeForm(
      {
        frames: [
          {
            frameId: 1,
            fields: [
              field({ id: 'xm', label: '*姓名', kind: 'input', required: true }),
              field({ id: 'zj', label: '个人总结', text }),
            ],
          },
        ],
      },
      {},
    );
    expect(found.every((f) => f.finding.severity === 'error')).toBe(true);
    const required = found.find((f) => f.fieldId === 'xm');
    expect(required).toMatchObject({ frameId: 1, label: '*姓名', excerpt: '' });
    expect(required?.finding.rule).toBe('length/required-empty');
    const typo = found.find((f) => f.fieldId === 'zj' && f.excerpt.includes('釆'));
    expect(typo).toBeDefined();
    expect(text.slice(typo?.finding.start, typo?.finding.end)).toContain('釆');
  });

  it('finds nothing in a form without errors, and follows the writer’s rule settings', () => {
    const scan = { frames: [{ frameId: 0, fields: [field({ id: 'zj', label: '个人总结', text: '认真釆取措施。' })] }] };
    const rule = judgeForm(scan, {})[0]?.finding.rule;
    expect(rule).toBeDefined();
    expect(judgeForm(scan, { rules: { [rule as string]: 'off' } })).toEqual([]);
    expect(
      judgeForm({ frames: [{ frameId: 0, fields: [field({ id: 'a', label: '职务', kind: 'input' })] }] }, {}),
    ).toEqual([]);
  });
});
