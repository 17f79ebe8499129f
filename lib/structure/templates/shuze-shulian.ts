import type { Template } from '../template-schema';
import { closing, integrity, opening, plans, problems, results } from './common';

/** 述责述廉报告: duties (above all 管党治党) and integrity, required yearly of leading cadres. */
export const shuzeShulian: Template = {
  id: 'shuze-shulian',
  name: { zh: '述责述廉报告', en: 'Report on duties and integrity' },
  keywords: ['述责述廉', '述职述廉', '述责述廉报告', '述职述廉报告'],
  sections: [
    opening(),
    // 述职 (履职尽责) of 述职述廉 and 述职述责述廉 reports; 述责述廉 reports have none.
    results(true, ['述职', '履行岗位职责情况', '履职尽责方面', '履行工作职责情况']),
    {
      id: 'duties',
      role: 'duties',
      title: { zh: '履行管党治党责任情况', en: 'Discharging Party-governance duties' },
      aliases: [
        '履行管党治党责任情况',
        '履行全面从严治党责任情况',
        '履行主体责任情况',
        '履行“一岗双责”情况',
        '履行一岗双责情况',
        '述责',
        '落实管党治党责任情况',
        '履职尽责情况',
        '履行职责情况',
        '落实全面从严治党主体责任情况',
      ],
      required: true,
      minLength: 80,
      hint: {
        zh: '写落实全面从严治党主体责任、“一岗双责”的具体做法。',
        en: 'How Party-governance and “dual responsibility” duties were carried out.',
      },
      outline: ['落实主体责任', '履行“一岗双责”', '加强监督检查'],
      children: [],
    },
    integrity(true, ['个人廉洁自律情况', '执行廉洁自律规定情况']),
    problems(),
    plans(),
    closing,
  ],
  // DOMAIN.md: 述职述廉 / 述职述责述廉 reports are blocks 述职, 述责, 述廉, then problems and plans.
  layouts: [
    {
      id: 'shuze-shulian',
      name: { zh: '述责述廉', en: 'Duties and integrity' },
      sections: ['opening', 'duties', 'integrity', 'problems', 'plans', 'closing'],
    },
    {
      id: 'shuzhi-shuze-shulian',
      name: { zh: '述职述责述廉', en: 'Work, duties and integrity' },
      sections: ['opening', 'results', 'duties', 'integrity', 'problems', 'plans', 'closing'],
    },
    {
      id: 'shuzhi-shulian',
      name: { zh: '述职述廉', en: 'Work and integrity' },
      sections: ['opening', 'results', 'integrity', 'problems', 'plans', 'closing'],
    },
  ],
  openings: ['根据……要求，现将本人履职尽责和廉洁自律情况报告如下'],
  closings: ['以上报告，请予评议。', '特此报告。'],
  minLength: 800,
  maxLength: 20_000,
};
