import type { TemplateSection } from '../template-schema';

// Sections shared by several genres. Aliases are the heading wordings found in real reports
// (../shared/DOMAIN.md); matching also accepts a heading that contains an alias.

/** The opening paragraph(s) before the first heading. */
export const opening = (minLength = 30): TemplateSection => ({
  id: 'opening',
  role: 'opening',
  title: { zh: '开头', en: 'Opening' },
  aliases: [],
  required: true,
  minLength,
  hint: {
    zh: '交代背景和总体情况，以“现将……报告如下”之类的话引出正文。',
    en: 'Set the scene and lead into the body, e.g. “I report as follows”.',
  },
  outline: ['在……的领导下', '总体履职情况', '现将……报告如下'],
  children: [],
});

/** The closing formula after the last section (optional in practice, e.g. the seed report has none). */
export const closing: TemplateSection = {
  id: 'closing',
  role: 'closing',
  title: { zh: '结尾', en: 'Closing' },
  aliases: [],
  required: false,
  hint: { zh: '以“以上述职，请予评议。”等结束语收尾。', en: 'End with a closing formula such as 以上述职，请予评议。' },
  outline: ['以上述职，请予评议。'],
  children: [],
};

/** Problems and shortcomings. */
export const problems = (extra: string[] = []): TemplateSection => ({
  id: 'problems',
  role: 'problems',
  title: { zh: '存在的问题和不足', en: 'Problems and shortcomings' },
  aliases: [
    '存在的问题和不足',
    '存在的主要问题',
    '存在的问题',
    '存在问题',
    '问题与不足',
    '问题和不足',
    '存在的不足',
    '不足之处',
    '存在问题及原因',
    '存在的差距和不足',
    '差距和不足',
    '主要问题',
    '存在的突出问题',
    '查摆的问题',
    '存在不足',
    ...extra,
  ],
  required: true,
  minLength: 40,
  hint: {
    zh: '实事求是地查找问题，每条问题先概括、再举表现，不写成绩。',
    en: 'List real shortcomings: a summary line, then how it shows; no achievements here.',
  },
  outline: ['理论学习方面', '工作作风方面', '履职尽责方面'],
  cues: ['不足', '差距', '短板', '问题', '有待', '不够', '欠缺', '还需', '薄弱'],
  children: [],
});

/** Plans and direction for the next period. */
export const plans = (extra: string[] = []): TemplateSection => ({
  id: 'plans',
  role: 'plans',
  title: { zh: '下一步工作打算', en: 'Plans for the next period' },
  aliases: [
    '下一步工作打算',
    '下一步工作思路',
    '下一步打算',
    '下步打算',
    '下步工作打算',
    '今后努力方向',
    '努力方向',
    '今后打算',
    '工作计划',
    '工作打算',
    '改进措施',
    '下一步措施',
    ...extra,
  ],
  required: true,
  minLength: 40,
  hint: {
    zh: '针对前面查摆的问题提出具体措施，与问题一一对应。',
    en: 'Concrete measures that answer the problems above, one by one.',
  },
  outline: ['加强理论学习', '改进工作作风', '提升履职能力'],
  cues: [
    '今后',
    '下一步',
    '新的一年',
    '明年',
    '努力',
    '继续',
    '将进一步',
    '进一步加强',
    '争取',
    '力争',
    '方向',
    '打算',
  ],
  children: [],
});

/** Work done and results (the body of most reports). */
export const results = (required = true, extra: string[] = []): TemplateSection => ({
  id: 'results',
  role: 'results',
  title: { zh: '主要工作及成效', en: 'Work done and results' },
  aliases: [
    '主要工作及成效',
    '主要工作和成效',
    '主要工作及成绩',
    '主要工作',
    '工作开展情况',
    '履职情况',
    '履职尽责情况',
    '基本情况',
    '工作完成情况',
    '主要做法及成效',
    '取得的成效',
    '工作成效',
    ...extra,
  ],
  required,
  minLength: 80,
  hint: {
    zh: '按工作条线写做了什么、取得了什么成效，用数据说话。',
    en: 'What was done and achieved, line by line, with figures.',
  },
  outline: ['政治建设', '中心工作', '重点任务'],
  cues: ['完成', '成效', '推进', '开展', '落实', '任务', '工作', '取得'],
  children: [],
});

/** Integrity and self-discipline (廉). */
export const integrity = (required = true, extra: string[] = []): TemplateSection => ({
  id: 'integrity',
  role: 'integrity',
  title: { zh: '廉洁自律情况', en: 'Integrity' },
  aliases: ['廉洁自律情况', '廉洁自律', '廉洁从政', '述廉', '党风廉政建设', '遵守廉洁纪律情况', ...extra],
  required,
  minLength: 30,
  hint: {
    zh: '写遵守中央八项规定及其实施细则精神、廉洁自律的情况。',
    en: 'Observance of the eight-point rules and personal integrity.',
  },
  outline: ['遵守中央八项规定及其实施细则精神', '管住自己、管好身边人'],
  cues: LIAN_CUES,
  children: [],
});

// What each of 德、能、勤、绩、廉 is about when a form box names none of them (DOMAIN.md: 政治理论学习…,
// 业务能力…, 出勤…, 完成…任务, 遵守廉洁纪律…).
const DE_CUES = [
  '政治理论',
  '理论学习',
  '政治立场',
  '理想信念',
  '政治素质',
  '思想政治',
  '政治站位',
  '四个意识',
  '两个维护',
  '两个确立',
  '党性',
  '政治意识',
  '职业道德',
  '社会公德',
  '品德',
  '思想上',
  '政治上',
  '学习贯彻',
  '习近平新时代中国特色社会主义思想',
  '拥护党',
];
const NENG_CUES = [
  '业务能力',
  '业务知识',
  '业务水平',
  '专业知识',
  '专业技能',
  '能力',
  '本领',
  '技能',
  '钻研',
  '培训',
  '业务学习',
  '业务上',
  '素质',
  '熟练',
  '掌握',
];
const QIN_CUES = [
  '出勤',
  '考勤',
  '勤勉',
  '敬业',
  '爱岗',
  '工作态度',
  '任劳任怨',
  '加班',
  '坚守岗位',
  '请假',
  '迟到',
  '早退',
  '吃苦',
  '勤恳',
  '兢兢业业',
  '作风',
  '按时',
];
const JI_CUES = [
  '完成',
  '任务',
  '成效',
  '成绩',
  '实绩',
  '业绩',
  '办结',
  '办理',
  '承办',
  '累计',
  '达到',
  '推进',
  '取得',
  '圆满',
];
const LIAN_CUES = [
  '廉洁',
  '廉政',
  '八项规定',
  '自律',
  '纪律',
  '清正',
  '收受',
  '红线',
  '底线',
  '作风建设',
  '公款',
  '违规',
  '清廉',
  '拒腐防变',
];

/** The five aspects of the annual assessment (德、能、勤、绩、廉), in the order the regulations give. */
export const fiveAspects = (): TemplateSection[] => [
  aspect(
    'de',
    'de',
    '德',
    'Integrity of character (德)',
    ['政治思想', '思想政治', '政治素质', '思想品德', '德的方面'],
    ['政治立场', '理论学习'],
    DE_CUES,
  ),
  aspect(
    'neng',
    'neng',
    '能',
    'Ability (能)',
    ['业务能力', '业务素质', '能力素质', '工作能力', '能的方面'],
    ['业务学习', '履职能力'],
    NENG_CUES,
  ),
  aspect(
    'qin',
    'qin',
    '勤',
    'Diligence (勤)',
    ['工作态度', '勤勉敬业', '工作作风', '勤的方面'],
    ['出勤', '工作作风'],
    QIN_CUES,
  ),
  aspect(
    'ji',
    'ji',
    '绩',
    'Results (绩)',
    ['工作实绩', '工作业绩', '工作成绩', '主要工作', '绩的方面'],
    ['重点工作完成情况'],
    JI_CUES,
  ),
  aspect(
    'lian',
    'integrity',
    '廉',
    'Integrity (廉)',
    ['廉洁自律', '廉洁从政', '廉政建设', '廉的方面'],
    ['遵守中央八项规定及其实施细则精神'],
    LIAN_CUES,
  ),
];

function aspect(
  sectionId: string,
  role: 'de' | 'neng' | 'qin' | 'ji' | 'integrity',
  zh: string,
  en: string,
  aliases: string[],
  outline: string[],
  cues: string[],
): TemplateSection {
  return {
    id: sectionId,
    role: role === 'integrity' ? 'lian' : role,
    title: { zh, en },
    aliases: [zh, ...aliases],
    required: true,
    minLength: 40,
    hint: { zh: `写“${zh}”方面的表现，具体、有事例。`, en: `Conduct under “${zh}”, concrete and with examples.` },
    outline,
    cues,
    children: [],
  };
}
