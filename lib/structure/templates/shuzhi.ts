import type { Template } from '../template-schema';
import { closing, opening, plans, problems, results } from './common';

/** 述职报告: the annual job report of a leading cadre. */
export const shuzhi: Template = {
  id: 'shuzhi',
  name: { zh: '述职报告', en: 'Annual job report' },
  keywords: ['述职报告', '述职', '年度述职', '履职报告'],
  sections: [opening(), results(), problems(), plans(), closing],
  openings: ['一年来，在……的正确领导下', '现将……述职如下', '现将……报告如下'],
  closings: ['以上述职，请予评议。', '特此报告。', '不妥之处，请批评指正。'],
  minLength: 800,
  maxLength: 20_000,
};
