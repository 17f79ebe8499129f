import type { Template } from '../template-schema';
import { closing, fiveAspects, opening, plans, problems } from './common';

const shortcomings = () => problems(['不足之处', '存在的不足和努力方向', '不足和努力方向', '缺点和不足', '存在的差距']);
const direction = () => ({ ...plans(['今后努力方向', '努力方向', '改进方向', '今后工作设想']), required: false });

/** 公务员年度考核个人总结: 德、能、勤、绩、廉, then shortcomings and direction. */
export const kaoheGwy: Template = {
  id: 'kaohe-gwy',
  name: { zh: '公务员年度考核个人总结', en: 'Civil servant’s annual assessment summary' },
  keywords: ['公务员年度考核', '年度考核个人总结', '年度考核登记表', '个人总结', '年度考核', '考核个人总结'],
  sections: [opening(20), ...fiveAspects(), shortcomings(), direction(), closing],
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
