import { describe, expect, it } from 'vitest';
import { scannedField as field } from '../../tests/support/scanned-field';
import { checkForm, countBySeverity } from './form-check';

describe('checkForm', () => {
  it('flags a required field left empty, and nothing for an optional empty one', () => {
    const reports = checkForm({
      frames: [
        {
          frameId: 0,
          fields: [
            field({ id: 'a', label: '姓名', kind: 'input', required: true }),
            field({ id: 'b', label: '职务', kind: 'input' }),
          ],
        },
      ],
    });
    expect(reports.map((r) => [r.field.id, r.findings.map((f) => f.rule)])).toEqual([['a', ['length/required-empty']]]);
  });

  it('checks a section field as that section: punctuation yes, whole-report structure no', () => {
    const reports = checkForm({
      frames: [
        { frameId: 2, fields: [field({ id: 'p', label: '存在的问题和不足', text: '学习不够深入,调研不够经常。' })] },
      ],
    });
    expect(reports).toHaveLength(1);
    expect(reports[0]?.frameId).toBe(2);
    const rules = reports[0]?.findings.map((f) => f.rule) ?? [];
    expect(rules).toContain('punctuation/half-width');
    expect(rules.some((r) => r.startsWith('structure/'))).toBe(false);
  });

  it('checks a whole report against its genre and skips hidden fields and plain single-line inputs', () => {
    const reports = checkForm({
      frames: [
        {
          frameId: 0,
          fields: [
            field({ id: 'r', label: '述职报告', text: '一、主要工作及成效\n全年完成各项任务，成效明显。' }),
            field({ id: 'h', label: '个人总结', text: 'XXX', visible: false }),
            field({ id: 'n', label: '出生年月', kind: 'input', text: '1985.06' }),
          ],
        },
      ],
    });
    expect(reports.map((r) => r.field.id)).toEqual(['r']);
    expect(reports[0]?.genre).toBe('shuzhi');
    expect(reports[0]?.findings.some((f) => f.rule === 'structure/missing-section')).toBe(true);
    expect(countBySeverity(reports).error).toBeGreaterThan(0);
  });

  it('says once that a report is only its inserted outline', () => {
    const outline =
      '述职报告\n\n一年来，现将履职情况报告如下。\n\n一、主要工作及成效\n\n二、存在的问题和不足\n\n三、下一步工作打算\n';
    const [report] = checkForm({ frames: [{ frameId: 0, fields: [field({ label: '述职报告', text: outline })] }] });
    const rules = report?.findings.map((f) => f.rule) ?? [];
    expect(rules).toContain('length/skeleton-only');
    expect(rules).not.toContain('structure/empty-section');
    // One section written: no longer only the outline.
    const started = outline.replace(
      '一、主要工作及成效\n',
      '一、主要工作及成效\n全年牵头完成重点任务十二项，均按期完成。\n',
    );
    const [later] = checkForm({ frames: [{ frameId: 0, fields: [field({ label: '述职报告', text: started })] }] });
    expect(later?.findings.map((f) => f.rule)).not.toContain('length/skeleton-only');
  });

  it('checks a whole-report field against the genre chosen for the site', () => {
    const text = '一、主要工作及成效\n全年完成各项任务，成效明显。';
    const [chosen] = checkForm(
      { frames: [{ frameId: 0, fields: [field({ label: '个人总结', text })] }] },
      { genre: 'shuzhi' },
    );
    expect(chosen?.genre).toBe('shuzhi');
  });
});

describe('the page charset in the form check', () => {
  it('a GBK form: 𠮷 in a name and an emoji in the summary are errors, the emoji with a fix', () => {
    const scan = {
      frames: [
        {
          frameId: 0,
          fields: [
            field({ id: 'a-1', kind: 'input', label: '姓名', text: '张𠮷', charset: 'GBK' }),
            field({ id: 'a-2', label: '个人总结', text: '工作认真👍。', charset: 'GBK' }),
          ],
        },
      ],
    };
    const reports = checkForm(scan);
    const found = reports.flatMap((r) => r.findings.filter((f) => f.rule === 'charset/unencodable'));
    expect(found.map((f) => [f.severity, f.start, f.end, f.fix?.text])).toEqual([
      ['error', 1, 3, undefined],
      ['error', 4, 6, ''],
    ]);
  });
});
