import { group } from './group';
import type { WordingEntry } from './schema';

// Look-alike characters inside words (己/已/巳, 戍/戌/戊, 候/侯, 帐/账 …). A wrong form that can also be
// the end of one word and the start of the next (来自已经, 自己经常) carries the characters that, just
// before it, make it so.
const WORDS = `
巳经=已经 早己=早已 严以律已=严以律己 利已主义=利己主义 排除异已=排除异己 感慨不己=感慨不已 赞叹不己=赞叹不已
兴奋不己=兴奋不已 激动不己=激动不已 惊叹不己=惊叹不已 后悔不己=后悔不已 知已好友=知己好友 红颜知已=红颜知己
引为知已=引为知己 人生知已=人生知己 知已朋友=知己朋友 戊边=戍边 戌边=戍边 卫戊=卫戍 卫戌=卫戍 戌守=戍守 戊守=戍守
戊戍=戊戌 戌戌=戊戌 时侯=时候 气侯=气候 等侯=等候 问侯=问候 侯选人=候选人 侯补=候补 火侯=火候 诸候=诸侯 侯鸟=候鸟
症侯群=症候群 伺侯=伺候 守侯=守候 恭侯=恭候 侯审=候审 侯诊=候诊 拼博=拼搏 博斗=搏斗 博击=搏击 奔弛=奔驰
风弛电掣=风驰电掣 弛名=驰名 新颍=新颖 聪颍=聪颖 暇疵=瑕疵 无瑕顾及=无暇顾及 漫骂=谩骂 散慢=散漫 浪慢=浪漫
制肘=掣肘 针炙=针灸 格守=恪守 冲峰=冲锋 先峰=先锋 和霭=和蔼 更叠=更迭 管瞎=管辖
`;

// 账 is for accounts, 帐 for tents and curtains (通用规范汉字表).
const ZHANG = `
台帐=台账 帐户=账户 帐目=账目 帐号=账号 记帐=记账 报帐=报账 查帐=查账 结帐=结账 算帐=算账 帐簿=账簿 帐款=账款
欠帐=欠账 转帐=转账 销帐=销账 赖帐=赖账 帐单=账单 流水帐=流水账 糊涂帐=糊涂账 挂帐=挂账 坏帐=坏账 呆帐=呆账
`;

/** Look-alike characters in words. */
export const LOOK_ALIKES: WordingEntry[] = [
  ...group('look-alike', 'error', 'look-alike', WORDS),
  ...group('look-alike', 'warning', 'tongyong', ZHANG, '账目、账户用“账”'),
  // 己经 inside 自己经常 and 自已 inside 来自已经 are two words meeting: the characters before rule them out.
  {
    wrong: '己经',
    correct: '已经',
    kind: 'look-alike',
    severity: 'error',
    source: 'look-alike',
    notAfter: '自利异克律舍为一知',
  },
  {
    wrong: '自已',
    correct: '自己',
    kind: 'look-alike',
    severity: 'error',
    source: 'look-alike',
    notAfter: '来出源发亲各独擅暗径私兀本',
  },
];
