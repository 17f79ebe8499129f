import { describe, expect, it } from 'vitest';
import { type CheckOptions, check } from './check';
import { parseRuleData } from './data/schema';
import { applyFixes } from './finding';
import { RuleSettings } from './rules';

/** Findings as [rule, flagged text, fix text] for readable expectations, optionally of one category. */
function flags(text: string, options: CheckOptions = {}, category = '') {
  return check(text, options)
    .findings.filter((f) => f.rule.startsWith(category))
    .map((f) => [f.rule, text.slice(f.start, f.end), f.fix?.text]);
}
const rules = (text: string, options: CheckOptions = {}) => check(text, options).findings.map((f) => f.rule);

describe('punctuation', () => {
  it('flags half-width marks in Chinese, never in numbers, times, URLs or English', () => {
    expect(flags('工作合力,进一步加强。完成任务.')).toEqual([
      ['punctuation/half-width', ',', '，'],
      ['punctuation/half-width', '.', '。'],
    ]);
    expect(
      rules('收入179.25万元，达95%以上，10:30开会，见http://example.cn/a,b?x=1，用Word, Excel处理，e.g. this.'),
    ).toEqual([]);
    expect(flags('他说:"好"')).toEqual([
      ['punctuation/half-width', ':', '：'],
      ['punctuation/half-width', '"', undefined],
      ['punctuation/half-width', '"', undefined],
    ]);
  });

  it('fixes doubled marks to the strongest one, and writes …… and ——', () => {
    expect(flags('完成，。任务。。再次……以上...又一个…结束——好---了')).toEqual([
      ['punctuation/doubled', '，。', '。'],
      ['punctuation/doubled', '。。', '。'],
      ['punctuation/ellipsis', '...', '……'],
      ['punctuation/ellipsis', '…', '……'],
      ['punctuation/dash', '---', '——'],
    ]);
    // A single — is the connecting dash of ranges; ？！ is allowed.
    expect(rules('2021—2022年，北京—上海，真的吗？！')).toEqual([]);
  });

  it('balances pairs within a paragraph', () => {
    expect(flags('学习《条例》和（细则，以及“两个维护。\n另一段）')).toEqual([
      ['punctuation/unbalanced', '（', undefined],
      ['punctuation/unbalanced', '“', undefined],
      ['punctuation/unbalanced', '）', undefined],
    ]);
  });
});

describe('placeholders and the anonymisation marker', () => {
  it('finds every kind of unfilled placeholder', () => {
    expect(flags('XXX同志在××局任某某职务，【单位名称】{{姓名}}填写____，□□镇').map((f) => f[1])).toEqual([
      'XXX',
      '××',
      '某某',
      '【单位名称】',
      '{{姓名}}',
      '____',
      '□□',
    ]);
    expect(rules('使用XXL码的服装和Xbox')).toEqual([]);
  });

  it('leaves runs of the anonymisation marker alone when one is set', () => {
    expect(rules('代表**县发言')).toEqual(['placeholder/unfilled']);
    expect(rules('代表**县发言', { anonymisationMarker: '*' })).toEqual([]);
    expect(rules('代表*县发言')).toEqual([]);
  });

  it('adds the user’s literal placeholders', () => {
    expect(flags('请填写〔单位〕的情况', { data: { placeholders: ['〔单位〕'] } })).toEqual([
      ['placeholder/unfilled', '〔单位〕', undefined],
    ]);
  });
});

describe('formulations and characters', () => {
  it('flags wrong forms, wrong order and near misses, with the standard wording as fix', () => {
    expect(
      flags('坚定道路自信、制度自信、理论自信、文化自信，贯彻新世代思想和扫黑险恶，落实中央八项规定及其实施细侧精神'),
    ).toEqual([
      ['formulation/order', '道路自信、制度自信、理论自信、文化自信', '道路自信、理论自信、制度自信、文化自信'],
      ['formulation/wrong-form', '扫黑险恶', '扫黑除恶'],
      ['formulation/near-miss', '中央八项规定及其实施细侧精神', '中央八项规定及其实施细则精神'],
    ]);
    // The wrong form inside the right one is not wrong.
    expect(rules('坚定拥护“两个确立”、坚决做到“两个维护”')).toEqual([]);
  });

  it('takes the user’s formulations as data, and rejects malformed data naming the field', () => {
    expect(
      rules('推进放管服改革', {
        data: { formulations: [{ correct: '“放管服”改革', wrong: ['放管服改革'], severity: 'info' }] },
      }),
    ).toEqual([]);
    const bad = parseRuleData({ formulations: [{ correct: '', wrong: 'x' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual(['formulations[0].correct', 'formulations[0].wrong']);
    expect(parseRuleData({ regexes: ['(a+)+'] }).ok).toBe(false);
  });

  it('flags look-alikes (with neighbours), compatibility ideographs and full-width digits', () => {
    expect(flags('非法釆石，二○二二年，自已，⼀定，\uf98e度，１２个')).toEqual([
      ['charset/look-alike', '釆', '采'],
      ['charset/look-alike', '○', '〇'],
      ['charset/look-alike', '自已', '自己'],
      ['charset/compat', '⼀', '一'],
      ['charset/compat', '\uf98e', '年'],
      ['charset/full-width-digit', '１２', '12'],
    ]);
    expect(rules('画一个○形')).toEqual([]);
  });
});

describe('numbers and repetition', () => {
  it('flags clipped years and doubled vagueness, not durations', () => {
    expect(flags('22年度考核，’23年3月，近百人左右，约30人上下，三、四天', {}, 'number/')).toEqual([
      ['number/two-digit-year', '22年', undefined],
      ['number/two-digit-year', '’23年', undefined],
      ['number/double-vague', '近百人左右', ''],
      ['number/double-vague', '约30人上下', ''],
      ['number/approx-comma', '、', ''],
    ]);
    expect(rules('工作22年来，近百人，百人左右，第一、二季度，一、二线城市')).toEqual([]);
  });

  it('flags a year in the opening one off the title’s', () => {
    expect(
      flags('2023年述职报告\n现将2022年工作报告如下。\n一、主要工作\n自2019年以来持续推进。', {}, 'number/'),
    ).toEqual([['number/year-mismatch', '2022', undefined]]);
  });

  it('flags typed-twice words and repeated sentences, not reduplication', () => {
    expect(flags('这是我的的工作机制工作机制。我们认真完成了各项工作任务。我们认真完成了各项工作任务。')).toEqual([
      ['repetition/word', '的', ''],
      ['repetition/word', '工作机制', ''],
      ['repetition/sentence', '我们认真完成了各项工作任务。', undefined],
    ]);
    expect(rules('达到目的的手段，为了了解情况，不了了之，常常研究研究，有的的确')).toEqual([]);
    const para = '认真学习党的创新理论，坚持学以致用。积极参加各项培训，业务能力明显提升。';
    expect(flags(`一、学习\n${para}\n二、工作\n${para}\n`, {}, 'repetition/')).toEqual([
      ['repetition/sentence', para, undefined],
    ]);
  });
});

describe('rule settings', () => {
  const text = '工作,进一步加强，近百人左右。';
  it('switches a rule off or changes its severity, in every form a setting takes', () => {
    expect(rules(text)).toEqual(['punctuation/half-width', 'number/double-vague']);
    expect(rules(text, { rules: { 'punctuation/half-width': 'off' } })).toEqual(['number/double-vague']);
    expect(rules(text, { rules: { 'punctuation/half-width': { enabled: false } } })).toEqual(['number/double-vague']);
    const severities = check(text, {
      rules: { 'punctuation/half-width': 'info', 'number/double-vague': { severity: 'error' } },
    }).findings.map((f) => f.severity);
    expect(severities).toEqual(['info', 'error']);
  });

  it('validates settings read back from storage', () => {
    expect(RuleSettings.safeParse({ 'punctuation/half-width': 'loud' }).success).toBe(false);
    expect(RuleSettings.safeParse({ 'punctuation/half-width': { severity: 'warning' } }).success).toBe(true);
  });
});

describe('a field that holds one section', () => {
  it('skips whole-report structure and keeps the text rules', () => {
    const text = '理论学习不够深入,对新思想的领会还不够透彻。';
    // Without headings the parts are judged by content, and a part not clearly there is a hint.
    expect(rules(text, { genre: 'shuzhi' })).toContain('structure/uncovered');
    expect(rules(text, { genre: 'shuzhi', section: 'problems' })).toEqual(['punctuation/half-width']);
  });

  it('lets the field’s top numbering start where the report’s part does', () => {
    const part = '三、下一步打算\n加强学习。\n四、努力方向\n改进作风。\n六、其他\n无。';
    expect(flags(part, { section: 'plans' })).toEqual([['numbering/gap', '六、', '五、']]);
    expect(rules(part)).toEqual(expect.arrayContaining(['numbering/gap']));
    expect(flags(part).find((f) => f[0] === 'numbering/gap')?.[1]).toBe('三、');
  });
});

describe('length', () => {
  it('reports the overflow past the field limit, and an unusual total as info', () => {
    const text = `2023年述职报告\n${'工作认真负责，成效明显。'.repeat(2000)}`;
    const limit = check(text, { maxLength: 100 }).findings.find((f) => f.rule === 'length/field-limit');
    expect([limit?.start, limit?.end, limit?.severity]).toEqual([100, text.length, 'error']);
    const total = check(text, { genre: 'shuzhi' }).findings.find((f) => f.rule === 'length/total');
    expect(total?.severity).toBe('info');
  });
});

describe('structure', () => {
  it('flags a missing, a duplicate, an empty and a misplaced section for the genre', () => {
    const text =
      '述职报告\n一年来认真履职，做了大量工作，现将有关情况报告如下。\n一、下一步打算\n继续努力，把工作做得更好，确保各项任务圆满完成，努力取得更大的成绩，以优异的工作业绩回报组织的信任和群众的期待。\n二、存在问题\n\n三、存在的不足\n学习不够深入系统，调查研究不够，工作方法有时简单，统筹协调能力还需提高。';
    expect(flags(text, { genre: 'shuzhi' })).toEqual([
      ['structure/missing-section', '', undefined],
      ['order/section-order', '二、存在问题', undefined],
      ['structure/empty-section', '二、存在问题', undefined],
      ['structure/duplicate-section', '三、存在的不足', undefined],
    ]);
  });

  it('fixes numbering by renumbering the series, and wrong marks to the standard mark', () => {
    const text = '一、甲\n内容甲。\n二、乙\n内容乙。\n四、丙\n内容丙。\n五、丁\n内容丁。\n（一）、子\n内容。';
    expect(flags(text)).toEqual([
      // One replacement renumbers the whole rest of the series, keeping the text between markers.
      ['numbering/gap', '四、', '三、丙\n内容丙。\n四、'],
      ['numbering/wrong-mark', '（一）、', '（一）'],
    ]);
    expect(applyFixes(text, check(text).findings)).toBe(
      '一、甲\n内容甲。\n二、乙\n内容乙。\n三、丙\n内容丙。\n四、丁\n内容丁。\n（一）子\n内容。',
    );
  });
});
