import { describe, expect, it } from 'vitest';
import { detectGenre } from './detect';
import { matchSections, scoreHeading } from './match';
import { parse } from './parse';
import { BUILTIN_TEMPLATES, builtinTemplate } from './templates';

const shuzhi = builtinTemplate('shuzhi');
const section = (id: string) => shuzhi?.sections.find((s) => s.id === id);

describe('scoreHeading', () => {
  it('maps the real wordings of the problems section to it', () => {
    const problems = section('problems');
    if (!problems) throw new Error('no problems section');
    for (const title of [
      '存在的主要问题',
      '问题与不足',
      '存在问题',
      '存在的问题和不足',
      '存在问题及原因',
      '存在的差距和不足',
    ])
      expect(scoreHeading(title, problems), title).toBeGreaterThanOrEqual(0.85);
    // By meaning, when no alias matches.
    expect(scoreHeading('工作中的短板', problems)).toBe(0.55);
    expect(scoreHeading('主要工作及成效', problems)).toBe(0);
  });

  it('reads plans with a year and results by contained alias', () => {
    const plans = section('plans');
    const results = section('results');
    if (!plans || !results) throw new Error('missing sections');
    expect(scoreHeading('2024年工作计划', plans)).toBe(1);
    expect(scoreHeading('下一步工作思路', plans)).toBe(1);
    expect(scoreHeading('今后努力方向', plans)).toBe(1);
    expect(scoreHeading('履职情况及主要成效', results)).toBeGreaterThan(0.85);
  });

  it('matches one-character aspects (德) only as the heading’s first word', () => {
    const de = builtinTemplate('kaohe-gwy')?.sections.find((s) => s.id === 'de');
    if (!de) throw new Error('no de section');
    expect(scoreHeading('德', de)).toBe(1);
    expect(scoreHeading('德：政治坚定', de)).toBe(0.9);
    expect(scoreHeading('思想政治方面', de)).toBeGreaterThan(0.6);
    expect(scoreHeading('品德高尚的人', de)).toBe(0);
  });
});

describe('matchSections', () => {
  it('finds sections nested one level down, and places a missing one where it belongs', () => {
    const text =
      '2023年度个人总结\n本年度我认真工作，现总结如下。\n一、个人总结\n（一）德\n政治坚定，认真学习党的创新理论，思想上政治上行动上同党中央保持高度一致。\n（二）能\n业务熟练，能够独立承担综合文稿起草任务，全年撰写材料三十余篇。\n二、存在的不足\n理论学习还不够系统，工作方法还需改进，需要在今后加以克服。';
    const kaohe = builtinTemplate('kaohe-gwy');
    if (!kaohe) throw new Error('no template');
    const doc = parse(text);
    const found = matchSections(doc, kaohe);
    expect(found.filter((s) => s.found).map((s) => s.id)).toEqual(['opening', 'de', 'neng', 'problems']);
    const qin = found.find((s) => s.id === 'qin');
    // 勤 belongs after 能, before the problems section.
    expect(qin).toMatchObject({ found: false, start: text.indexOf('二、'), end: text.indexOf('二、') });
  });
});

describe('thematic headings', () => {
  it('count as the work section when they stand where it belongs', () => {
    const text = [
      '2023年述职报告',
      '一年来，我认真履行职责，现将有关情况报告如下。',
      '一、坚持政治引领，筑牢思想根基',
      '全年组织理论学习中心组学习12次，带头讲授专题党课。',
      '二、聚焦中心工作，推动高质量发展',
      '全年引进项目8个，完成固定资产投资15.6亿元。',
      '三、存在的问题和不足',
      '对新情况新问题研究不够深入。',
      '四、下一步工作打算',
      '继续加强理论学习。',
    ].join('\n');
    const shuzhiTemplate = builtinTemplate('shuzhi');
    if (!shuzhiTemplate) throw new Error('no template');
    const results = matchSections(parse(text), shuzhiTemplate).find((s) => s.id === 'results');
    expect(results).toMatchObject({
      found: true,
      confidence: 0.4,
      start: text.indexOf('一、'),
      end: text.indexOf('三、'),
    });
  });

  it('stay unassigned when several sections could be missing there', () => {
    const text =
      '个人总结\n本年度我认真工作，现总结如下。\n一、坚定信念\n学习理论。\n二、努力工作\n完成任务。\n三、存在的不足\n学习不够。';
    const builtin = builtinTemplate('kaohe-gwy');
    if (!builtin) throw new Error('no template');
    // The 德能勤绩廉 layout alone (the summary's other layout takes them as its work section).
    const kaohe = { ...builtin, layouts: undefined, sections: builtin.sections.filter((s) => s.id !== 'results') };
    const found = matchSections(parse(text), kaohe)
      .filter((s) => s.found)
      .map((s) => s.id);
    expect(found).toEqual(['opening', 'problems']);
  });
});

describe('sections without headings', () => {
  it('finds each 德能勤绩廉 aspect by the paragraph that opens with it', () => {
    const text = [
      '2023年度考核个人总结',
      '一年来，我在科室领导的带领下认真完成各项工作，现总结如下。',
      '在政治思想方面，我坚持学习党的创新理论，认真参加支部组织生活，政治立场坚定。',
      '在业务能力方面，我认真学习财务知识，熟练掌握预算编制和决算分析。',
      '在工作态度方面，我遵守考勤制度，服从工作安排，加班完成年终决算工作。',
      '在工作实绩方面，全年审核报销单据3200余张，编制预算报告4份，未出现差错。',
      '在廉洁自律方面，我严格遵守财经纪律，不收受任何礼品礼金。',
      '存在的不足是理论学习不够系统，今后将加强学习，努力提高。',
    ].join('\n');
    const kaohe = builtinTemplate('kaohe-gwy');
    if (!kaohe) throw new Error('no template');
    const found = matchSections(parse(text), kaohe);
    const where = (id: string) => {
      const m = found.find((s) => s.id === id);
      return m?.found ? [text.slice(m.start, m.start + 6), m.confidence] : undefined;
    };
    expect(where('opening')).toEqual(['一年来，我在', 1]);
    expect(where('de')).toEqual(['在政治思想方', 0.5]);
    expect(where('lian')).toEqual(['在廉洁自律方', 0.5]);
    expect(where('problems')).toEqual(['存在的不足是', 0.5]);
    // No heading names the plans, but the last sentence is about them (今后将加强学习，努力提高).
    expect(where('plans')).toEqual(['存在的不足是', 0.3]);
  });
});

describe('detectGenre', () => {
  const detect = (text: string, label?: string) =>
    detectGenre(parse(text), BUILTIN_TEMPLATES, label === undefined ? {} : { label });

  it('reads the genre from the title', () => {
    expect(detect('2023年度述责述廉报告\n根据要求，现报告如下。')?.id).toBe('shuze-shulian');
    expect(detect('关于全县河道治理情况的调研报告\n为了解情况，我们开展了调研。')?.id).toBe('diaoyan');
    expect(detect('2023年度民主生活会个人对照检查材料\n按照部署要求，现对照检查如下。')?.id).toBe('duizhao');
    expect(detect('党支部书记抓基层党建工作述职报告\n今年以来，我认真履职。')?.id).toBe('dangjian-shuzhi');
  });

  it('reads the genre from the field label when the text has no title', () => {
    const guess = detect('本年度，我认真学习，努力工作，较好地完成了各项任务。', '年度考核个人总结');
    expect(guess?.id).toBe('kaohe-gwy');
    expect(guess?.confidence).toBeGreaterThan(0);
    expect(guess?.confidence).toBeLessThanOrEqual(1);
  });

  it('uses the headings too, and is surer with a title', () => {
    const body = '一、主要工作及成效\n做了很多工作。\n二、存在的问题\n问题不少。\n三、下一步打算\n继续努力。';
    const withTitle = detect(`2023年述职报告\n一年来，我认真工作。\n${body}`);
    expect(withTitle?.id).toBe('shuzhi');
    expect(withTitle?.confidence).toBeGreaterThan(detect(`一年来，我认真工作。\n${body}`)?.confidence ?? 1);
  });

  it('says nothing for a text of no genre', () => {
    expect(detect('今天天气很好，我们去公园散步。')).toBeUndefined();
  });
});
