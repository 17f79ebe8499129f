import type { Template } from '../template-schema';
import { closing, opening, plans, problems } from './common';

/** 民主生活会/组织生活会对照检查材料: problems by 方面, their causes, and the measures (问题准、原因清、措施明). */
export const duizhao: Template = {
  id: 'duizhao',
  name: { zh: '对照检查材料', en: 'Self-examination statement (democratic-life meeting)' },
  keywords: ['对照检查材料', '对照检查', '民主生活会', '组织生活会', '个人检视剖析', '检视剖析材料', '发言提纲'],
  sections: [
    opening(),
    {
      id: 'study',
      role: 'other',
      title: { zh: '学习情况', en: 'Preparation and study' },
      aliases: [
        '学习情况',
        '会前准备',
        '会前准备情况',
        '学习研讨情况',
        '会前学习情况',
        '学习研讨和征求意见情况',
        '征求意见情况',
      ],
      required: false,
      hint: {
        zh: '会前学习研讨、征求意见、谈心谈话的情况。',
        en: 'Study, opinions gathered and talks held before the meeting.',
      },
      outline: ['学习研讨', '征求意见', '谈心谈话'],
      children: [],
    },
    {
      id: 'rectification',
      role: 'other',
      title: { zh: '上年度问题整改落实情况', en: 'Last year’s rectification' },
      aliases: [
        '上年度民主生活会查摆问题整改落实情况',
        '上年度问题整改情况',
        '上年度问题整改落实情况',
        '上年度整改情况',
        '上年度整改落实情况',
        '整改落实情况',
        '问题整改落实情况',
        '整改情况',
      ],
      required: false,
      hint: {
        zh: '上年度查摆问题逐项整改的进展和成效。',
        en: 'Progress on last year’s problems, item by item.',
      },
      outline: ['已整改', '持续整改'],
      children: [],
    },
    {
      ...problems(['查摆的主要问题', '存在的主要问题及表现', '检视出的问题', '对照检查情况', '问题查摆']),
      hint: {
        zh: '按本年度主题分“在……方面”逐条查摆，问题要准。',
        en: 'Problems by the year’s themes (“在……方面”), precise.',
      },
      outline: ['在……方面', '在……方面', '在……方面'],
      // The year's themes, one sub-heading each; the central documents name them anew every year.
      children: [
        {
          id: 'aspect',
          role: 'aspect',
          title: { zh: '在……方面', en: 'On one theme' },
          aliases: ['方面'],
          required: false,
          minLength: 30,
          hint: {
            zh: '一个方面一条，先概括问题，再列具体表现。',
            en: 'One theme each: the problem, then how it shows.',
          },
          outline: ['问题概括', '具体表现'],
          children: [],
        },
      ],
    },
    {
      id: 'causes',
      role: 'causes',
      title: { zh: '原因剖析', en: 'Causes' },
      aliases: ['原因剖析', '问题产生的原因', '产生问题的原因', '原因分析', '深层次原因', '根源剖析', '原因'],
      required: true,
      minLength: 20,
      hint: { zh: '从理想信念、宗旨意识、党性修养等方面剖析，原因要清。', en: 'Root causes, clearly stated.' },
      outline: ['理论学习不够深入', '党性修养有所放松', '宗旨意识有所淡化'],
      children: [],
    },
    {
      ...plans(['整改措施', '整改方向', '努力方向和整改措施', '下一步整改措施', '今后努力方向']),
      hint: { zh: '针对问题提出整改措施，措施要明。', en: 'Measures that answer each problem.' },
    },
    closing,
  ],
  // DOMAIN.md: 对照检查材料 often open with their own parts 学习情况 and 上年度整改情况 before the problems.
  layouts: [
    {
      id: 'problems-causes-measures',
      name: { zh: '问题、原因、措施', en: 'Problems, causes, measures' },
      sections: ['opening', 'problems', 'causes', 'plans', 'closing'],
    },
    {
      id: 'with-study-and-rectification',
      name: { zh: '含学习情况和上年度整改情况', en: 'With study and last year’s rectification' },
      sections: ['opening', 'study', 'rectification', 'problems', 'causes', 'plans', 'closing'],
    },
  ],
  openings: ['按照……民主生活会的部署要求', '现将个人对照检查情况报告如下'],
  closings: ['不妥之处，请同志们批评指正。'],
  minLength: 1_000,
  maxLength: 20_000,
};
