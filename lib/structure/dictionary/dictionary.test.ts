import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { exportUnitWording, parseUnitWording } from '../data/unit-wording';
import { BUILTIN_WORDING, buildAutomaton, parseWordingList, SOURCES, scan } from '.';

const found = (text: string, options = {}) =>
  check(text, options).findings.map((f) => [f.rule, text.slice(f.start, f.end), f.fix?.text]);

describe('the wording dictionary as data', () => {
  it('has over 2,000 valid entries, each with a known source and a change to offer', () => {
    expect(BUILTIN_WORDING.length).toBeGreaterThanOrEqual(2000);
    const parsed = parseWordingList(BUILTIN_WORDING);
    expect(parsed.ok ? [] : parsed.errors.slice(0, 3)).toEqual([]);
    expect(BUILTIN_WORDING.filter((e) => !(e.source in SOURCES))).toEqual([]);
    expect(BUILTIN_WORDING.filter((e) => e.wrong === e.correct)).toEqual([]);
    // A correction that holds its own wrong form would be flagged again once applied.
    expect(BUILTIN_WORDING.filter((e) => e.correct.includes(e.wrong)).map((e) => e.wrong)).toEqual([]);
    // Dated entries name their years; every other entry has a correct form.
    expect(BUILTIN_WORDING.filter((e) => e.kind !== 'dated' && !e.correct)).toEqual([]);
    expect(BUILTIN_WORDING.filter((e) => e.kind === 'dated' && e.from === undefined && e.until === undefined)).toEqual(
      [],
    );
  });

  it('flags nothing in the real report (../shared/seed), whatever the entry', () => {
    const seed = fileURLToPath(new URL('../../../../shared/seed/township-secretary-2022-report.txt', import.meta.url));
    if (!existsSync(seed)) return;
    const text = readFileSync(seed, 'utf8');
    const hits = scan(buildAutomaton(BUILTIN_WORDING.map((e) => e.wrong)), text).map(
      (h) => BUILTIN_WORDING[h.key]?.wrong,
    );
    // 2022 report: the only hits are dated phrases right for 2022.
    expect(found(text, { anonymisationMarker: '*' }).filter(([rule]) => String(rule).startsWith('wording/'))).toEqual(
      [],
    );
    expect(hits.filter((w) => !BUILTIN_WORDING.some((e) => e.wrong === w && e.kind === 'dated'))).toEqual([]);
  });
});

describe('one automaton pass', () => {
  it('finds every occurrence of every key, overlapping ones included, as indexOf would', () => {
    const keys = ['他们', '我们', '们', '我们的', '的', 'abcab', 'bca', 'cab', 'a'];
    const text = '我们的他们的abcabcab们';
    const got = scan(buildAutomaton(keys), text).map((h) => `${keys[h.key]}@${h.start}`);
    const want: string[] = [];
    keys.forEach((k) => {
      for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) want.push(`${k}@${at}`);
    });
    expect(got.sort()).toEqual(want.sort());
  });
});

describe('the errors a proofreader catches at a glance', () => {
  it('catches the issue’s examples, each with its correction', () => {
    const text =
      '截止目前，其它各项工作全面布署，再接再励，按步就班，一如继往，己经完成，戌边卫戊，认真的落实各项任务，工作做的很好。';
    expect(found(text).map(([rule, wrong, fix]) => `${rule} ${wrong}→${fix}`)).toEqual([
      'wording/usage 截止目前→截至目前',
      'wording/typo 其它→其他',
      'wording/typo 布署→部署',
      'wording/typo 再接再励→再接再厉',
      'wording/typo 按步就班→按部就班',
      'wording/typo 一如继往→一如既往',
      'charset/look-alike 己经→已经',
      'charset/look-alike 戌边→戍边',
      'charset/look-alike 卫戊→卫戍',
      'wording/particle 认真的落实→认真地落实',
      'wording/particle 做的很好→做得很好',
    ]);
  });

  it('leaves two words that meet alone (自己经常, 来自已经, 学习贯彻, 积极的推动作用, 完成任务)', () => {
    const text = '我自己经常下基层，来自已经脱贫的家庭，深入学习贯彻，发挥积极的推动作用，认真的落实情况良好。';
    expect(found(text)).toEqual([]);
  });

  it('numbers and dates: full-width points, a space in a date, a dotted signature date, a title ending in 。', () => {
    const text =
      '2025年度述职报告。\n一年来，收入增长3．5%，占比98。6%，于2025 年12月完成。\n以上述职，请予评议。\n张明\n2025.12.26\n';
    expect(found(text, { genre: 'shuzhi' }).filter(([rule]) => !String(rule).startsWith('structure/'))).toEqual([
      ['punctuation/title-end', '。', ''],
      ['number/wide-point', '．', '.'],
      ['number/wide-point', '。', '.'],
      ['number/date-space', '2025 年12月', '2025年12月'],
      ['number/date-form', '2025.12.26', '2025年12月26日'],
    ]);
  });
});

describe('time-bound wording, against the year the report is about', () => {
  it('flags a phrase of another year and leaves it in a report of its own year', () => {
    const rules = (text: string, options = {}) => found(text, options).filter(([rule]) => rule === 'wording/dated');
    expect(rules('2025年述职报告\n今年恰逢建党103周年，我们学习贯彻党的十九大精神。')).toEqual([
      ['wording/dated', '建党103周年', undefined],
      ['wording/dated', '学习贯彻党的十九大精神', '学习贯彻党的二十大精神'],
    ]);
    expect(rules('2024年述职报告\n今年恰逢建党103周年。')).toEqual([]);
    // A year written just before the phrase dates it.
    expect(rules('2025年述职报告\n2024年是建党103周年。')).toEqual([]);
    // The year may come from the form or the profile instead of the title.
    expect(rules('述职报告\n深入学习贯彻二十届三中全会精神。', { year: 2023 })).toEqual([
      ['wording/dated', '二十届三中全会', undefined],
    ]);
    expect(rules('述职报告\n深入学习贯彻二十届三中全会精神。')).toEqual([]);
  });
});

describe('the writer’s and the unit’s own words', () => {
  it('never flags a word the writer added to the word list', () => {
    expect(found('其它工作', { accepted: ['其它'] })).toEqual([]);
    expect(found('其它工作', { accepted: ['别的'] })).toEqual([['wording/typo', '其它', '其他']]);
  });

  it('reads a unit list whole or not at all, flags its forbidden wording and asks for its required wording', () => {
    const file = {
      format: 'tianbao-wording',
      version: 1,
      name: '县委组织部',
      forbidden: [{ text: '基本完成', preferred: '全面完成', severity: 'error' }],
      required: [{ text: '以人民为中心的发展思想' }],
    };
    const read = parseUnitWording(JSON.stringify(file));
    if (!read.ok) throw new Error('refused');
    expect(parseUnitWording(exportUnitWording(read.list))).toEqual(read);
    const bad = parseUnitWording({ ...file, forbidden: [...file.forbidden, { text: '' }, { text: '基本完成' }] });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['forbidden[1].text', 'forbidden[2].text']);
    const text = '2025年工作总结\n现将工作总结如下。\n一、主要工作\n各项任务基本完成。\n';
    expect(found(text, { units: [read.list] }).filter(([rule]) => String(rule).startsWith('wording/'))).toEqual([
      ['wording/unit-required', '', undefined],
      ['wording/unit-forbidden', '基本完成', '全面完成'],
    ]);
  });
});
