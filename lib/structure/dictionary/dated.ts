import type { WordingEntry } from './schema';

// Wording that is right only for reports about some years: anniversaries (counted from the event's
// year), the Party congress and plenary sessions a report studies (a later one supersedes), and
// campaigns of one year. Checked against the year the report is about.

type Dated = Pick<WordingEntry, 'wrong' | 'correct' | 'note' | 'from' | 'until'>;

const ANNIVERSARIES: { names: string[]; year: number; from: number; to: number }[] = [
  { names: ['建党', '中国共产党成立'], year: 1921, from: 95, to: 110 },
  { names: ['新中国成立', '中华人民共和国成立'], year: 1949, from: 70, to: 85 },
  { names: ['改革开放'], year: 1978, from: 40, to: 55 },
  { names: ['抗日战争胜利', '抗战胜利', '世界反法西斯战争胜利'], year: 1945, from: 75, to: 90 },
  { names: ['红军长征胜利'], year: 1936, from: 80, to: 95 },
  { names: ['五四运动'], year: 1919, from: 100, to: 115 },
];

// 一百零四 as anniversaries are written in words.
function hanNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${digits[hundreds]}百` : '';
  if (tens) out += `${hundreds || tens > 1 ? digits[tens] : ''}十`;
  else if (hundreds && ones) out += '零';
  if (ones) out += digits[ones];
  return out;
}

const anniversaries: Dated[] = ANNIVERSARIES.flatMap(({ names, year, from, to }) =>
  names.flatMap((name) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i).flatMap((n) =>
      [`${n}`, hanNumber(n)].map((number) => ({
        wrong: `${name}${number}周年`,
        correct: '',
        note: `${year + n}年是${name}${number}周年`,
        from: year + n,
        until: year + n,
      })),
    ),
  ),
);

// Quote marks vary (“十四五”, "十四五", 十四五): each phrase in the three ways.
const quoted = (phrase: string) => [phrase, phrase.replace(/[“”]/g, '"'), phrase.replace(/[“”]/g, '')];

const plans: Dated[] = [
  ['“十三五”收官之年', 2020],
  ['“十四五”开局之年', 2021],
  ['“十四五”规划开局之年', 2021],
  ['“十四五”收官之年', 2025],
  ['“十四五”规划收官之年', 2025],
  ['“十五五”开局之年', 2026],
  ['“十五五”规划开局之年', 2026],
].flatMap(([phrase, year]) =>
  quoted(String(phrase)).map((wrong) => ({
    wrong,
    correct: '',
    note: `${year}年的提法`,
    from: Number(year),
    until: Number(year),
  })),
);

const SESSIONS: Dated[] = [
  {
    wrong: '学习贯彻党的十九大精神',
    correct: '学习贯彻党的二十大精神',
    note: '党的二十大于2022年10月召开',
    until: 2022,
  },
  {
    wrong: '党的十九大和十九届历次全会精神',
    correct: '党的二十大精神',
    note: '党的二十大于2022年10月召开',
    until: 2022,
  },
  { wrong: '十九届历次全会精神', correct: '', note: '党的二十大于2022年10月召开', until: 2022 },
  {
    wrong: '贯彻落实党的十九大精神',
    correct: '贯彻落实党的二十大精神',
    note: '党的二十大于2022年10月召开',
    until: 2022,
  },
  { wrong: '学习贯彻十九届六中全会精神', correct: '', note: '党的二十大于2022年10月召开', until: 2022 },
  { wrong: '学习贯彻十九届五中全会精神', correct: '', note: '十九届六中全会于2021年11月召开', until: 2021 },
  { wrong: '迎接党的二十大胜利召开', correct: '', note: '党的二十大于2022年10月召开', from: 2021, until: 2022 },
  { wrong: '学习贯彻党的二十大精神', correct: '', note: '党的二十大于2022年10月召开', from: 2022 },
  { wrong: '党的二十大精神', correct: '', note: '党的二十大于2022年10月召开', from: 2022 },
  { wrong: '二十届一中全会', correct: '', note: '二十届一中全会于2022年10月召开', from: 2022 },
  { wrong: '二十届二中全会', correct: '', note: '二十届二中全会于2023年2月召开', from: 2023 },
  { wrong: '二十届三中全会', correct: '', note: '二十届三中全会于2024年7月召开', from: 2024 },
  { wrong: '二十届四中全会', correct: '', note: '二十届四中全会于2025年10月召开', from: 2025 },
  {
    wrong: '党的二十大和二十届二中全会精神',
    correct: '党的二十大和二十届二中、三中全会精神',
    note: '二十届三中全会于2024年7月召开',
    from: 2023,
    until: 2024,
  },
  {
    wrong: '党的二十大和二十届二中、三中全会精神',
    correct: '',
    note: '二十届四中全会于2025年10月召开，此后的报告多写“党的二十大和二十届历次全会精神”',
    from: 2024,
    until: 2025,
  },
  { wrong: '扎实开展党史学习教育', correct: '', note: '党史学习教育于2021年开展', from: 2021, until: 2021 },
  { wrong: '深入开展党史学习教育', correct: '', note: '党史学习教育于2021年开展', from: 2021, until: 2021 },
  {
    wrong: '学习贯彻习近平新时代中国特色社会主义思想主题教育',
    correct: '',
    note: '主题教育于2023年4月至2024年1月开展',
    from: 2023,
    until: 2024,
  },
  { wrong: '扎实开展党纪学习教育', correct: '', note: '党纪学习教育于2024年开展', from: 2024, until: 2024 },
  { wrong: '深入开展党纪学习教育', correct: '', note: '党纪学习教育于2024年开展', from: 2024, until: 2024 },
  {
    wrong: '深入贯彻中央八项规定精神学习教育',
    correct: '',
    note: '该学习教育于2025年开展',
    from: 2025,
  },
  { wrong: '决战决胜脱贫攻坚', correct: '', note: '脱贫攻坚目标任务于2020年完成', until: 2020 },
  { wrong: '确保打赢脱贫攻坚战', correct: '', note: '脱贫攻坚目标任务于2020年完成', until: 2020 },
  { wrong: '决胜全面建成小康社会', correct: '', note: '2020年全面建成小康社会', until: 2020 },
  { wrong: '常态化疫情防控', correct: '', note: '新冠疫情防控于2023年1月转为“乙类乙管”', from: 2020, until: 2022 },
  {
    wrong: '统筹疫情防控和经济社会发展',
    correct: '',
    note: '新冠疫情防控于2023年1月转为“乙类乙管”',
    from: 2020,
    until: 2022,
  },
];

/** Time-bound formulations, at warning: each right only for reports about its years. */
export const DATED: WordingEntry[] = [...anniversaries, ...plans, ...SESSIONS].map((entry) => ({
  ...entry,
  kind: 'dated',
  severity: 'warning',
  source: entry.note?.includes('周年') ? 'calendar' : 'party-documents',
}));
