import type { Template } from '../template-schema';
import { closing, fiveAspects, opening, plans, problems, results } from './common';

// A summary's shortcomings and direction are a sentence or two each.
/** A summary's shortcomings. */
export const shortcomings = (extra: string[] = []) => ({
  ...problems(['不足之处', '存在的不足和努力方向', '不足和努力方向', '缺点和不足', '存在的差距', ...extra]),
  minLength: 15,
});
/** A summary's direction for the coming year (optional). */
export const direction = () => ({
  ...plans(['今后努力方向', '努力方向', '改进方向', '今后工作设想']),
  required: false,
  minLength: 15,
});

/** A summary's two layouts: by 德、能、勤、绩、廉, or by work done, shortcomings and plans. */
export const SUMMARY_LAYOUTS = [
  {
    id: 'five-aspects',
    name: { zh: '按德、能、勤、绩、廉', en: 'By the five aspects' },
    sections: ['opening', 'de', 'neng', 'qin', 'ji', 'lian', 'problems', 'plans', 'closing'],
  },
  {
    id: 'work-problems-plans',
    name: { zh: '按工作、不足、打算', en: 'By work, shortcomings and plans' },
    sections: ['opening', 'results', 'problems', 'plans', 'closing'],
  },
];

/** The work done, for a summary written by work, shortcomings and plans. */
export const summaryWork = () => ({
  ...results(true, ['工作情况', '一年来的工作', '主要工作完成情况', '工作完成情况', '主要工作和成绩']),
  minLength: 40,
});

/** 公务员年度考核个人总结: 德、能、勤、绩、廉, then shortcomings and direction. */
export const kaoheGwy: Template = {
  id: 'kaohe-gwy',
  name: { zh: '公务员年度考核个人总结', en: 'Civil servant’s annual assessment summary' },
  keywords: ['公务员年度考核', '年度考核个人总结', '年度考核登记表', '个人总结', '年度考核', '考核个人总结'],
  sections: [opening(20), ...fiveAspects(), summaryWork(), shortcomings(), direction(), closing],
  layouts: SUMMARY_LAYOUTS,
  openings: ['现从德、能、勤、绩、廉五个方面总结如下'],
  closings: ['以上总结，请领导和同志们批评指正。'],
  minLength: 500,
  maxLength: 5_000,
};

/** 事业单位工作人员年度考核个人总结: the same five aspects, graded 优秀/合格/基本合格/不合格. */
export const kaoheSydw: Template = {
  ...kaoheGwy,
  id: 'kaohe-sydw',
  name: { zh: '事业单位工作人员年度考核个人总结', en: 'Public-institution staff annual assessment summary' },
  keywords: ['事业单位工作人员年度考核', '事业单位', '工作人员年度考核', '专业技术人员年度考核'],
};
