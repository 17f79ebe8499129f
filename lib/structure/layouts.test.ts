import { describe, expect, it } from 'vitest';
import { check } from './check';

// The layouts people are told to use, and texts written without headings: what a proofreader would
// accept gets no error, and a real gap still does.

const errors = (text: string, genre?: string) =>
  check(text, genre ? { genre } : {})
    .findings.filter((f) => f.severity === 'error')
    .map((f) => [f.rule, text.slice(f.start, f.end)]);

const BOX = [
  '本人2025年在县财政局预算股工作。一年来，始终把政治建设摆在首位，认真学习习近平新时代中国特色社会主义思想，坚定拥护“两个确立”，坚决做到“两个维护”，政治立场坚定。',
  '注重提升业务能力，系统学习预算法及其实施条例，熟练掌握预算编制和绩效评价方法，能够独立承担部门预算审核任务。',
  '严格遵守考勤制度，全年无迟到早退，服从工作安排，加班完成年度决算，工作态度端正，任劳任怨。',
  '全年审核部门预算86个，完成绩效评价项目23个，办理人大代表建议2件，各项任务均按时完成。',
  '严格遵守中央八项规定及其实施细则精神，不收受礼品礼金，守住廉洁底线。',
  '不足之处是理论学习还不够系统，今后将加强学习，努力把工作做得更好。',
].join('');

describe('a summary typed into a 登记表 box, without headings', () => {
  it('has no missing-part errors: each part is judged by what the text is about', () => {
    const result = check(BOX, { genre: 'kaohe-gwy', label: '个人总结' });
    expect(result.findings.filter((f) => f.rule.startsWith('structure/'))).toEqual([]);
    expect(result.sections.filter((s) => s.found).map((s) => s.id)).toEqual([
      'opening',
      'de',
      'neng',
      'qin',
      'ji',
      'lian',
      'problems',
      'plans',
    ]);
  });

  it('says a part that is not clearly there as a hint, never as an error', () => {
    const noLian = BOX.replace('严格遵守中央八项规定及其实施细则精神，不收受礼品礼金，守住廉洁底线。', '');
    const found = check(noLian, { genre: 'kaohe-gwy' }).findings.filter((f) => f.rule.startsWith('structure/'));
    expect(found.map((f) => [f.rule, f.severity, f.message.zh])).toEqual([
      ['structure/uncovered', 'info', '未明显写到“廉”方面（如廉洁、廉政、八项规定）'],
    ]);
  });
});

const DUIZHAO = `2025年度民主生活会个人对照检查材料
按照县委统一部署，我围绕本次民主生活会主题，认真学习规定篇目，广泛征求意见，深入查摆问题。现将个人对照检查情况报告如下。
一、学习研讨情况
会前，我认真参加理论学习中心组专题学习，逐篇研读规定篇目，撰写心得体会2篇，与班子成员和分管部门负责同志逐一谈心谈话。
二、上年度民主生活会查摆问题整改落实情况
上年度查摆的4个方面问题已全部完成整改，建立健全制度3项，相关工作在全县作交流发言。
三、查摆的问题
（一）在理论学习方面
对党的创新理论学得不够深入，联系实际思考不够，运用理论推动工作的本领还有差距。
（二）在担当作为方面
面对信访积案等难题，有时存在畏难情绪，主动破题的办法不多。
四、原因剖析
一是理论武装不够到位，二是党性修养有所放松，三是宗旨意识有所淡化，对群众的急难愁盼感同身受不够。
五、整改措施
坚持不懈强化理论武装，制定个人学习计划；对信访积案实行清单化管理，明确时间表和责任人，限期办结。
以上对照检查，不妥之处，请同志们批评指正。
`;

describe('对照检查材料 with 学习情况 and 上年度整改情况 before the problems', () => {
  it('reads each part as itself: no part taken for another, none “twice”', () => {
    const result = check(DUIZHAO);
    expect(result.genre?.id).toBe('duizhao');
    expect(result.layout?.id).toBe('with-study-and-rectification');
    const found = result.sections
      .filter((s) => s.heading)
      .map((s) => [s.id, DUIZHAO.slice(s.heading?.title.start, s.heading?.title.end)]);
    expect(found).toEqual([
      ['study', '学习研讨情况'],
      ['rectification', '上年度民主生活会查摆问题整改落实情况'],
      ['problems', '查摆的问题'],
      ['causes', '原因剖析'],
      ['plans', '整改措施'],
    ]);
    expect(errors(DUIZHAO)).toEqual([]);
    expect(result.findings.filter((f) => f.rule.startsWith('structure/'))).toEqual([]);
  });

  it('still finds the problems section missing when it is deleted', () => {
    const start = DUIZHAO.indexOf('三、查摆的问题');
    const without = (DUIZHAO.slice(0, start) + DUIZHAO.slice(DUIZHAO.indexOf('四、原因剖析')))
      .replace('四、', '三、')
      .replace('五、', '四、');
    expect(errors(without, 'duizhao')).toEqual([['structure/missing-section', '']]);
    expect(
      check(without, { genre: 'duizhao' }).findings.find((f) => f.rule === 'structure/missing-section')?.message.zh,
    ).toBe('缺少“存在的问题和不足”部分');
  });
});

const SANSHU = `2025年度述职述责述廉报告
根据县委要求，现将本人一年来履职尽责、落实全面从严治党主体责任和廉洁自律情况报告如下。
一、述职：聚焦主责主业，推动各项工作落地见效
全年完成固定资产投资12.6亿元，新引进项目9个，城乡居民人均可支配收入增长6.1%，各项指标均完成年度目标。
二、述责：扛牢管党治党政治责任
认真落实全面从严治党主体责任，全年专题研究党风廉政建设工作4次，与分管部门负责同志开展谈心谈话26人次。
三、述廉：严守纪律规矩，保持清正廉洁
严格遵守中央八项规定及其实施细则精神，不搞特殊化，管好家属和身边工作人员，没有违规违纪问题。
四、存在的问题
抓落实的韧劲还不够足，对分管领域的监督有时宽松软，调查研究不够深入。
五、下一步打算
持续加强理论学习，压紧压实管党治党责任，坚持以严的基调强化监督，推动各项工作再上新台阶。
以上报告，请予评议。
`;

describe('述职述廉 reports in their layouts', () => {
  it('accepts 述职 + 述责 + 述廉 as the three-part layout', () => {
    const result = check(SANSHU);
    expect(result.genre?.id).toBe('shuze-shulian');
    expect(result.layout?.id).toBe('shuzhi-shuze-shulian');
    expect(errors(SANSHU)).toEqual([]);
    // (This short example's sections are thin, which is a warning of its own.)
    const parts = result.findings.filter((f) => f.rule.startsWith('structure/') && f.rule !== 'structure/thin-section');
    expect(parts).toEqual([]);
  });

  it('accepts 述职 + 述廉 without 述责', () => {
    const text = SANSHU.replace(/二、述责[^\n]*\n[^\n]*\n/, '')
      .replace('三、述廉', '二、述廉')
      .replace('四、存在', '三、存在')
      .replace('五、下一步', '四、下一步');
    const result = check(text);
    expect(result.layout?.id).toBe('shuzhi-shulian');
    expect(errors(text)).toEqual([]);
  });
});

describe('a summary’s layout', () => {
  it('is the five aspects once one aspect has its heading, however many are missing', () => {
    const text = [
      '2025年度个人总结',
      '一年来，我认真履行岗位职责，较好完成了各项工作任务，现总结如下。',
      '一、思想政治方面',
      '坚持把政治建设摆在首位，认真参加理论学习，按时参加支部组织生活，政治站位不断提高。',
      '二、下一步工作打算',
      '进一步加强学习，改进作风，把各项工作抓实抓细抓出成效。',
    ].join('\n');
    expect(check(text, { genre: 'kaohe-gwy' }).layout?.id).toBe('five-aspects');
  });

  it('is work, shortcomings and plans when those are its headings', () => {
    const text = [
      '2025年度个人总结',
      '现将本人一年来的工作情况总结如下。',
      '一、主要工作情况',
      '全年牵头负责农村公路养护管理，完成日常养护里程1260公里，实施危桥改造8座，整治隐患点43处，各项任务按期完成。',
      '二、存在的不足',
      '对新技术、新工艺的学习还不够。',
      '三、今后的努力方向',
      '加强业务学习，提高统筹协调能力。',
    ].join('\n');
    const result = check(text, { genre: 'kaohe-gwy' });
    expect(result.layout?.id).toBe('work-problems-plans');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('severities a proofreader would sign', () => {
  it('does not warn on 1. directly under 一、 unless the writer asks', () => {
    const text =
      '2025年工作总结\n现将一年来的工作总结如下。\n一、主要工作\n1.抓好项目建设。全年完成投资3亿元。\n2.抓好民生保障。新增就业岗位300个。\n';
    expect(check(text).findings.map((f) => f.rule)).not.toContain('numbering/skipped-level');
    expect(check(text, { rules: { 'numbering/skipped-level': 'info' } }).findings.map((f) => f.rule)).toContain(
      'numbering/skipped-level',
    );
  });

  it('reads 【典型案例】 as a label and 【】, 【……】, 【单位名称】 as unfilled', () => {
    const rules = (t: string) => check(t).findings.map((f) => [f.rule, t.slice(f.start, f.end)]);
    expect(rules('【典型案例】某村建成便民服务站，群众办事不出村。')).toEqual([]);
    expect(rules('由【】负责，【……】配合，报【单位名称】。').map(([, text]) => text)).toEqual([
      '【】',
      '【……】',
      '【单位名称】',
    ]);
  });

  it('does not take 党委总揽全局、协调各方 for a near-miss of 党总揽全局、协调各方', () => {
    const text = '充分发挥党委总揽全局、协调各方的领导核心作用，推动各项工作落实。';
    expect(check(text).findings.map((f) => f.rule)).toEqual([]);
  });
});
