import type { Template } from '../template-schema';
import { closing, opening, plans, problems, results } from './common';

/** 党组织书记抓基层党建工作述职: what the secretary did personally, problems and causes, measures. */
export const dangjianShuzhi: Template = {
  id: 'dangjian-shuzhi',
  name: { zh: '党组织书记抓基层党建工作述职', en: 'Party secretary’s report on grassroots Party building' },
  keywords: ['抓基层党建', '抓党建工作述职', '党建工作述职', '党建述职', '基层党建工作述职'],
  sections: [
    opening(),
    results(true, ['履行抓党建第一责任人职责情况', '抓基层党建工作情况', '抓党建工作情况', '主要做法']),
    problems(['存在的问题及原因', '问题及原因分析', '存在问题及原因分析']),
    plans(['下一步工作措施', '下一步工作举措', '整改措施']),
    closing,
  ],
  openings: ['根据……安排，现将本人抓基层党建工作情况报告如下'],
  closings: ['以上述职，请予评议。'],
  minLength: 800,
  maxLength: 20_000,
};
