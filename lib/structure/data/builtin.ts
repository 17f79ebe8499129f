import { RuleData } from './schema';

// Standard formulations, look-alikes and extra placeholders that ship with the product. Sources:
// ../shared/DOMAIN.md (verified examples and published errors). Quotes are written “”; the matcher
// accepts straight quotes or none in their place.

/** The shipped rule data, validated like user data. */
export const BUILTIN_DATA: RuleData = RuleData.parse({
  formulations: [
    {
      correct: '习近平新时代中国特色社会主义思想',
      wrong: [
        '习近平新世代中国特色社会主义思想',
        '习近平新时代特色社会主义思想',
        '习近平总书记新时代中国特色社会主义思想',
      ],
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
    // Central wording as published (党的二十大报告, 党章, 新华社).
    {
      correct: '以习近平同志为核心的党中央',
      wrong: ['以习近平总书记为核心的党中央', '以习近平主席为核心的党中央'],
    },
    { correct: '马克思主义中国化时代化', wrong: ['马克思主义时代化中国化'] },
    { correct: '“五位一体”总体布局', wrong: ['“五位一体”战略布局'] },
    { correct: '“四个全面”战略布局', wrong: ['“四个全面”总体布局'] },
    { correct: '人类命运共同体', wrong: ['人类共同命运体'] },
    { correct: '铸牢中华民族共同体意识', wrong: ['筑牢中华民族共同体意识'], severity: 'warning' },
    { correct: '总体国家安全观', wrong: ['国家总体安全观'], severity: 'warning' },
    { correct: '绿水青山就是金山银山', wrong: ['青山绿水就是金山银山'], severity: 'warning' },
    { correct: '一岗双责', wrong: ['一岗两责'], severity: 'warning' },
    {
      correct: '巩固拓展脱贫攻坚成果同乡村振兴有效衔接',
      wrong: ['巩固拓展脱贫攻坚成果与乡村振兴有效衔接'],
      severity: 'warning',
    },
    { correct: '全心全意为人民服务', wrong: ['全心全意为人民群众服务'], severity: 'warning' },
    // Correct forms for the near-miss check alone (a character changed in a long set phrase).
    ...[
      '以人民为中心的发展思想',
      '高质量发展是全面建设社会主义现代化国家的首要任务',
      '发展是党执政兴国的第一要务',
      '以中国式现代化全面推进中华民族伟大复兴',
      '全面建成社会主义现代化强国',
      '坚持和加强党的全面领导',
      '落实全面从严治党主体责任',
      '深入学习贯彻党的二十大精神',
      '党政机关要习惯过紧日子',
      '坚持以人民为中心',
      '中国特色社会主义制度',
      '全过程人民民主',
      '新时代“枫桥经验”',
      '意识形态工作责任制',
      '习近平总书记重要讲话和重要指示批示精神',
    ].map((correct) => ({ correct, wrong: [], severity: 'warning' as const })),
  ],
  orders: [
    { name: '四个意识', items: ['政治意识', '大局意识', '核心意识', '看齐意识'] },
    { name: '四个自信', items: ['道路自信', '理论自信', '制度自信', '文化自信'] },
    { name: '五位一体', items: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'] },
    { name: '四个全面', items: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'] },
    { name: '新发展理念', items: ['创新', '协调', '绿色', '开放', '共享'] },
    { name: '乡村振兴总要求', items: ['产业兴旺', '生态宜居', '乡风文明', '治理有效', '生活富裕'] },
    { name: '五大振兴', items: ['产业振兴', '人才振兴', '文化振兴', '生态振兴', '组织振兴'] },
    { name: '三不腐', items: ['不敢腐', '不能腐', '不想腐'] },
    { name: '四个伟大', items: ['伟大斗争', '伟大工程', '伟大事业', '伟大梦想'] },
    { name: '政治三力', items: ['政治判断力', '政治领悟力', '政治执行力'] },
    { name: '党的建设', items: ['政治建设', '思想建设', '组织建设', '作风建设', '纪律建设'] },
    { name: '六稳', items: ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期'] },
    { name: '社会主义核心价值观（国家）', items: ['富强', '民主', '文明', '和谐'] },
    { name: '社会主义核心价值观（社会）', items: ['自由', '平等', '公正', '法治'] },
    { name: '社会主义核心价值观（个人）', items: ['爱国', '敬业', '诚信', '友善'] },
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
