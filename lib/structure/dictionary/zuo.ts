import { group } from './group';

// 作出 with abstract objects (决定、贡献、部署、指示): the dictionary's preference, which writers and
// editors follow in official text; 做出 is not wrong everywhere, so these are hints.
const PAIRS = `
做出贡献=作出贡献 做出决定=作出决定 做出部署=作出部署 做出决策=作出决策 做出安排=作出安排 做出重要指示=作出重要指示
做出重要批示=作出重要批示 做出承诺=作出承诺 做出规定=作出规定 做出判断=作出判断 做出评价=作出评价 做出结论=作出结论
做出处理决定=作出处理决定 做出处分=作出处分 做出说明=作出说明 做出解释=作出解释 做出回应=作出回应 做出批示=作出批示
`;

/** 作出 before abstract objects, at info. */
export const ZUO = group('usage', 'info', 'zuo-zuo', PAIRS, '抽象事物多用“作出”');
