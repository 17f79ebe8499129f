import type { Template } from '../template-schema';
import { opening, problems } from './common';

/** 调研报告 (关于……的调研报告): preface, situation, results, problems, suggestions. */
export const diaoyan: Template = {
  id: 'diaoyan',
  name: { zh: '调研报告', en: 'Research report' },
  keywords: ['调研报告', '调查报告', '调研'],
  sections: [
    { ...opening(), title: { zh: '前言', en: 'Preface' }, outline: ['调研的缘由、时间、方式'] },
    {
      id: 'situation',
      role: 'situation',
      title: { zh: '基本情况', en: 'Situation' },
      aliases: ['基本情况', '总体情况', '现状', '发展现状', '基本现状', '调研情况'],
      required: true,
      minLength: 40,
      hint: { zh: '用数据交代调研对象的现状。', en: 'The current state, with figures.' },
      outline: [],
      children: [],
    },
    {
      id: 'results',
      role: 'results',
      title: { zh: '主要做法和成效', en: 'Practices and results' },
      aliases: ['主要做法和成效', '主要做法', '取得的成效', '主要成效', '经验做法'],
      required: false,
      minLength: 40,
      hint: { zh: '已有的做法和成效。', en: 'What has been done and achieved.' },
      outline: [],
      children: [],
    },
    problems(['存在的困难和问题', '面临的困难和问题', '困难和问题']),
    {
      id: 'suggestions',
      role: 'suggestions',
      title: { zh: '对策建议', en: 'Suggestions' },
      aliases: ['对策建议', '意见建议', '几点建议', '建议', '对策措施', '下一步建议', '工作建议', '思考和建议'],
      required: true,
      minLength: 40,
      hint: { zh: '针对问题提出可操作的建议。', en: 'Workable suggestions answering the problems.' },
      outline: [],
      children: [],
    },
  ],
  openings: ['为……，近期……深入……开展专题调研', '现将调研情况报告如下'],
  closings: [],
  minLength: 800,
  maxLength: 50_000,
};
