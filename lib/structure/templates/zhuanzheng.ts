import type { Template } from '../template-schema';
import { closing, fiveAspects, opening } from './common';
import { direction, SUMMARY_LAYOUTS, shortcomings, summaryWork } from './kaohe';

/** 转正述职 / 试用期满个人总结: like the annual summary (德能勤绩廉); no authoritative template exists. */
export const zhuanzheng: Template = {
  id: 'zhuanzheng',
  name: { zh: '转正述职', en: 'End-of-probation report' },
  keywords: ['转正述职', '转正申请', '试用期满', '试用期工作总结', '转正', '见习期满', '试用期'],
  sections: [opening(20), ...fiveAspects(), summaryWork(), shortcomings(['存在的不足']), direction(), closing],
  layouts: SUMMARY_LAYOUTS,
  openings: ['自……到……工作以来', '试用期即将届满，现将试用期间的情况总结如下'],
  closings: ['恳请组织予以考核，准予转正。'],
  minLength: 500,
  maxLength: 8_000,
};
