import type { Template } from '../template-schema';
import { closing, opening, plans, problems, results } from './common';

/** 年度工作总结 (of a unit or a person): situation, work and results, experience, problems, next year. */
export const gongzuoZongjie: Template = {
  id: 'gongzuo-zongjie',
  name: { zh: '年度工作总结', en: 'Annual work summary' },
  keywords: ['工作总结', '年度工作总结', '年终总结', '工作情况总结', '总结'],
  sections: [
    opening(),
    results(true, ['工作总体情况', '全年工作完成情况', '主要工作完成情况']),
    {
      id: 'experience',
      role: 'experience',
      title: { zh: '经验体会', en: 'Lessons learned' },
      aliases: ['经验体会', '主要经验', '几点体会', '经验做法', '工作体会', '几点经验'],
      required: false,
      minLength: 20,
      hint: { zh: '提炼可复制的做法和认识。', en: 'What worked and can be repeated.' },
      outline: ['坚持党建引领', '坚持问题导向'],
      children: [],
    },
    problems(),
    plans(['明年工作计划', '下一年度工作计划', '工作思路']),
    closing,
  ],
  openings: ['现将……工作总结如下'],
  closings: ['特此报告。'],
  minLength: 600,
  maxLength: 30_000,
};
