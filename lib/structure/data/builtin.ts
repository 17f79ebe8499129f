import { RuleData } from './schema';

// Standard formulations, look-alikes and extra placeholders that ship with the product. Sources:
// ../shared/DOMAIN.md (verified examples and published errors). Quotes are written “”; the matcher
// accepts straight quotes or none in their place.

/** The shipped rule data, validated like user data. */
export const BUILTIN_DATA: RuleData = RuleData.parse({
  formulations: [
    {
      correct: '习近平新时代中国特色社会主义思想',
      wrong: ['习近平新世代中国特色社会主义思想', '习近平新时代特色社会主义思想'],
    },
    {
      correct: '中央八项规定及其实施细则精神',
      wrong: ['中央八项规定及实施细则精神', '中央八项规定及其实施细则的精神'],
    },
    { correct: '坚决做到“两个维护”', wrong: ['坚持做到“两个维护”', '坚定做到“两个维护”'] },
    {
      correct: '坚定拥护“两个确立”',
      wrong: ['拥护“两个确立”', '坚决拥护“两个确立”'],
      severity: 'warning',
      note: '也作“深刻领悟“两个确立”的决定性意义”',
    },
    { correct: '增强“四个意识”', wrong: ['树立“四个意识”', '坚定“四个意识”'], severity: 'warning' },
    { correct: '坚定“四个自信”', wrong: ['增强“四个自信”', '树立“四个自信”'], severity: 'warning' },
    {
      correct: '党总揽全局、协调各方的领导核心作用',
      wrong: ['党总览全局、协调各方的领导核心作用', '党统揽全局、协调各方的领导核心作用'],
    },
    { correct: '扫黑除恶', wrong: ['扫黑险恶', '扫黑除黑'] },
    { correct: '检察院', wrong: ['检查院'] },
    { correct: '全面从严治党', wrong: ['全面从紧治党'] },
    { correct: '不忘初心、牢记使命', wrong: ['不忘初心，牢记使命', '不忘初心、记牢使命'], severity: 'warning' },
    { correct: '切入点', wrong: ['契入点'] },
    { correct: '十四五', wrong: ['14五'], note: '固定用语保留汉字数字' },
    { correct: '公共财物管理和使用', wrong: ['公共财物治理和使用'], severity: 'warning', note: '廉洁从政准则的表述' },
    ...['将', '把', '用', '完成', '落实'].map((verb) => ({
      correct: `很好地${verb}`,
      wrong: [`很好的${verb}`],
      severity: 'warning',
      note: '动词前用“地”',
    })),
    { correct: '平方米', wrong: ['平米'], severity: 'warning', note: '计量单位用法定名称' },
  ],
  orders: [
    { name: '四个意识', items: ['政治意识', '大局意识', '核心意识', '看齐意识'] },
    { name: '四个自信', items: ['道路自信', '理论自信', '制度自信', '文化自信'] },
    { name: '五位一体', items: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'] },
    { name: '四个全面', items: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'] },
  ],
  // Look-alikes inside words (己经, 自已, 戌边 …) are in the wording dictionary (../dictionary), which
  // knows when such a pair is two words meeting (自己经常, 来自已经).
  lookAlikes: [
    { wrong: '釆', correct: '采', note: '釆（biàn）是部首字，采集、开采用“采”' },
    { wrong: '徳', correct: '德' },
    { wrong: '値', correct: '值' },
    { wrong: '査', correct: '查' },
    { wrong: '为已任', correct: '为己任' },
    { wrong: '○', correct: '〇', neighbors: '〇零一二三四五六七八九', note: '数字“〇”不是圆圈符号' },
  ],
  placeholders: [],
});
