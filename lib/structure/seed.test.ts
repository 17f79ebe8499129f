import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from './check';
import { applyFixes } from './finding';

// The real 述职报告 in ../shared/seed/ (a township Party secretary's 2022 report, names replaced by *).
const SEED = fileURLToPath(new URL('../../../shared/seed/township-secretary-2022-report.txt', import.meta.url));
const present = existsSync(SEED);
const text = present ? readFileSync(SEED, 'utf8') : '';
// Without the file the tests are skipped, and their names say why.
const when = present ? '' : ' — skipped: ../shared/seed/township-secretary-2022-report.txt is absent';

describe('the seed report', () => {
  it.skipIf(!present)(`is read as a 述职报告 with its three sections mapped${when}`, () => {
    const { genre, sections, doc } = check(text, { anonymisationMarker: '*' });
    expect(genre?.id).toBe('shuzhi');
    expect(text.slice(doc.title?.start, doc.title?.end)).toBe('镇党委书记2022年述职报告');
    expect(text.slice(doc.opening?.start, doc.opening?.end)).toMatch(/^一年来.*述职如下。$/);
    const found = Object.fromEntries(
      sections.filter((s) => s.heading).map((s) => [s.id, text.slice(s.heading?.title.start, s.heading?.title.end)]),
    );
    expect(found).toEqual({ results: '基本情况', problems: '存在问题', plans: '下步打算' });
    expect(sections.find((s) => s.id === 'closing')?.found).toBe(false);
    // The subsections are run-in topic sentences: five under 基本情况, four under 存在问题.
    expect(doc.headings.map((h) => h.children.length)).toEqual([5, 4, 0]);
    expect(text.slice(doc.headings[1]?.children[0]?.title.start, doc.headings[1]?.children[0]?.title.end)).toBe(
      '理论常学常用不够',
    );
  });

  it.skipIf(!present)(`flags what a proofreader would, and nothing a proofreader would accept${when}`, () => {
    const { findings } = check(text, { anonymisationMarker: '*' });
    const seen = findings.map((f) => [f.rule, text.slice(f.start, f.end), f.fix?.text]);
    expect(seen).toEqual([
      ['formulation/wrong-form', '拥护“两个确立”', '坚定拥护“两个确立”'],
      ['formulation/wrong-form', '平米', '平方米'],
      ['charset/look-alike', '釆', '采'],
      ['punctuation/list-comma', '、', ''],
      ['punctuation/half-width', ',', '，'],
      ['formulation/wrong-form', '中央八项规定及实施细则精神', '中央八项规定及其实施细则精神'],
      ['formulation/wrong-form', '公共财物治理和使用', '公共财物管理和使用'],
      ['formulation/wrong-form', '很好的将', '很好地将'],
      ['formulation/wrong-form', '很好的用', '很好地用'],
      ['formulation/wrong-form', '很好的把', '很好地把'],
      ['formulation/wrong-form', '契入点', '切入点'],
    ]);
    expect(text.slice(findings[4]?.start ?? 0, (findings[4]?.end ?? 0) + 3)).toBe(',进一步');
    // Errors: the look-alike, the comma, the formulation that lacks 其, and 契入点.
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(4);
  });

  it.skipIf(!present)(`reads the same in CRLF, indented and one-line form${when}`, () => {
    const words = (t: string) => {
      const r = check(t, { anonymisationMarker: '*' });
      return [
        r.sections.filter((s) => s.found).map((s) => s.id),
        r.findings.map((f) => [f.rule, t.slice(f.start, f.end)]),
      ];
    };
    const expected = words(text);
    expect(words(text.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(words(text.replace(/^/gm, '\u3000\u3000'))).toEqual(expected);
    expect(words(text.replace(/\n+/g, ''))).toEqual(expected);
  });

  it.skipIf(!present)(`is clean once its fixes are applied${when}`, () => {
    const fixed = applyFixes(text, check(text, { anonymisationMarker: '*' }).findings);
    expect(check(fixed, { anonymisationMarker: '*' }).findings).toEqual([]);
    expect(fixed).toContain('工作合力，进一步');
  });
});
