import * as z from 'zod';
import type { Severity } from './finding';

/** Every rule the checker knows, with its default severity and a one-line description for settings. */
export const RULES = {
  'structure/missing-section': ['error', '缺少必需的部分', 'a required section is missing'],
  'structure/uncovered': [
    'info',
    '没有标题的文本未明显写到某一部分',
    'a part is not clearly covered in a text without headings',
  ],
  'structure/duplicate-section': ['warning', '同一部分出现两次', 'a section appears twice'],
  'structure/empty-section': ['error', '部分只有标题没有内容', 'a section has a heading but no content'],
  'structure/thin-section': ['warning', '部分内容过少', 'a section is too thin'],
  'order/section-order': ['error', '部分顺序与文种结构不符', 'sections are out of order'],
  'numbering/gap': ['error', '序号跳号或不从一开始', 'numbering skips or does not start at one'],
  'numbering/repeat': ['error', '序号重复', 'a number is repeated'],
  'numbering/wrong-mark': ['error', '序号标点不符合层级规范', 'wrong mark after an ordinal for its level'],
  'numbering/skipped-level': ['info', '序号跳过了层级', 'a numbering level is skipped'],
  'numbering/mixed-style': ['warning', '同一层级混用序号样式', 'mixed numbering styles at one level'],
  'numbering/enum-gap': ['error', '“一是、二是”等列举不连续', 'an inline enumeration skips or repeats'],
  'numbering/enum-mixed': ['warning', '“首先、其次”与“第三”混用', 'mixed enumeration words'],
  'numbering/enum-mark': ['warning', '“第一”“首先”后应用逗号', '第一 / 首先 take a comma'],
  'punctuation/half-width': ['error', '中文中使用了半角标点', 'half-width punctuation in Chinese text'],
  'punctuation/doubled': ['error', '标点重复', 'doubled punctuation'],
  'punctuation/unbalanced': ['error', '成对标点不配对', 'unbalanced paired punctuation'],
  'punctuation/ellipsis': ['error', '省略号不规范', 'wrong ellipsis'],
  'punctuation/dash': ['error', '破折号不规范', 'wrong dash'],
  'punctuation/heading-end': ['warning', '独立成行的标题末尾不加标点', 'a standalone heading ends with punctuation'],
  'punctuation/list-comma': ['warning', '并列的引号或书名号之间不用顿号', 'no 顿号 between quoted or titled items'],
  'placeholder/unfilled': ['error', '有未填写的占位符', 'an unfilled placeholder'],
  'formulation/wrong-form': ['error', '规范表述有误', 'a standard formulation is miswritten'],
  'formulation/near-miss': ['warning', '疑似规范表述写错一字', 'one character off a standard formulation'],
  'formulation/order': ['error', '规范表述的并列顺序有误', 'items of a standard formulation are out of order'],
  'charset/look-alike': ['error', '形近字或异体字', 'a look-alike character'],
  'charset/compat': ['warning', '兼容区汉字或部首字符', 'a compatibility ideograph or radical character'],
  'charset/full-width-digit': ['warning', '全角数字', 'full-width digits'],
  'number/two-digit-year': ['warning', '年份应写全', 'a two-digit year'],
  'number/double-vague': ['warning', '概数表达重复（如“近百人左右”）', 'vagueness stated twice'],
  'number/approx-comma': [
    'warning',
    '相邻数字表示概数时中间不用顿号（如“三五天”）',
    'no 顿号 inside an approximation like 三五天',
  ],
  'number/year-mismatch': ['warning', '正文年份与标题不一致', 'a year in the text differs from the title'],
  'number/wide-point': ['warning', '数字中使用了全角小数点或句号', 'a full-width decimal point'],
  'number/date-space': ['warning', '日期中间有空格', 'spaces inside a date'],
  'number/date-form': ['warning', '落款日期应写作“2025年12月26日”', 'the signature date in the 2025年12月26日 form'],
  'punctuation/title-end': ['warning', '标题末尾不加标点', 'a title ends with punctuation'],
  'wording/typo': ['error', '错别字', 'a miswritten word'],
  'wording/variant': ['warning', '非推荐词形（异形词）', 'a non-recommended variant form'],
  'wording/traditional': ['warning', '繁体字或异体字', 'a traditional or variant character'],
  'wording/particle': ['warning', '“的、地、得”用法', 'use of 的, 地, 得'],
  'wording/usage': ['warning', '用词（截至/截止、作出/做出等）', 'usage (截至/截止, 作出/做出 …)'],
  'wording/dated': ['warning', '提法与报告年份不符', 'a formulation that does not fit the report’s year'],
  'wording/unit-forbidden': ['warning', '本单位统一口径不用的表述', 'wording the unit’s list forbids'],
  'wording/unit-required': ['info', '本单位统一口径要求的表述未见', 'wording the unit’s list requires is absent'],
  'repetition/word': ['warning', '字词重复', 'a repeated word'],
  'repetition/sentence': ['warning', '句子或段落重复', 'a duplicated sentence or paragraph'],
  'length/field-limit': ['error', '超出填报框字数限制', 'over the field’s length limit'],
  'length/total': ['info', '全文篇幅超出常见范围', 'the whole text is unusually short or long'],
} as const satisfies Record<string, readonly [Severity, string, string]>;

/**
 * Rules that run only when the writer switches them on: skipping a numbering level (一、 then 1.) is
 * common practice, and GB/T 9704 lists the order of levels without forbidding a skip.
 */
export const OFF_BY_DEFAULT: ReadonlySet<string> = new Set(['numbering/skipped-level']);

/** A rule id such as punctuation/half-width. */
export type RuleId = keyof typeof RULES;

/** The default severity of a rule. */
export function defaultSeverity(rule: RuleId): Severity {
  return RULES[rule][0];
}

/** A user's setting for one rule: off, or on with another severity. */
export const RuleSetting = z.union([
  z.literal('off'),
  z.enum(['error', 'warning', 'info']),
  z.strictObject({ enabled: z.boolean().optional(), severity: z.enum(['error', 'warning', 'info']).optional() }),
]);
export type RuleSetting = z.infer<typeof RuleSetting>;

/** Settings per rule id; rules not named keep their defaults. */
export const RuleSettings = z.record(z.string(), RuleSetting);
export type RuleSettings = z.infer<typeof RuleSettings>;

/** The severity a rule runs at under `settings`, or undefined when it is switched off. */
export function effectiveSeverity(
  rule: string,
  found: Severity,
  settings: RuleSettings | undefined,
): Severity | undefined {
  const setting = settings?.[rule];
  if (setting === undefined) return OFF_BY_DEFAULT.has(rule) ? undefined : found;
  if (setting === 'off') return undefined;
  if (typeof setting === 'string') return setting;
  if (setting.enabled === false) return undefined;
  return setting.severity ?? found;
}
