import type { Snippet } from '../db/tianbao';

type StarterText = Pick<Snippet, 'title' | 'body' | 'tags' | 'genres' | 'sections'>;

// Written by the team for this product. Generic wording, no real names or facts; the user edits
// or removes them. Genre and section ids follow lib/structure's templates.
const STARTER: readonly StarterText[] = [
  {
    title: '述职报告·开头',
    body: '一年来，在上级党委的坚强领导下，我认真履行岗位职责，团结带领班子成员，围绕年初确定的目标任务扎实开展工作。现将本人一年来的履职情况报告如下。',
    tags: ['开头'],
    genres: ['shuzhi'],
    sections: ['opening'],
  },
  {
    title: '述职报告·结尾',
    body: '以上是我一年来的履职情况，不妥之处，请各位领导和同志们批评指正。',
    tags: ['结尾'],
    genres: ['shuzhi'],
    sections: ['closing'],
  },
  {
    title: '存在问题·引语',
    body: '回顾一年来的工作，虽然取得了一定成绩，但对照上级要求和群众期盼，还存在一些差距和不足，主要表现在：',
    tags: ['过渡', '存在问题'],
    genres: [],
    sections: ['problems'],
  },
  {
    title: '下步打算·引语',
    body: '针对以上问题，下一步我将从以下几个方面加以改进：',
    tags: ['过渡', '下步打算'],
    genres: [],
    sections: ['plans'],
  },
  {
    title: '个人总结·开头（德能勤绩廉）',
    body: '本年度，我在单位领导的关心指导和同事们的支持帮助下，坚持以习近平新时代中国特色社会主义思想为指导，认真学习业务知识，较好地完成了各项工作任务。现从德、能、勤、绩、廉五个方面总结如下。',
    tags: ['开头', '德能勤绩廉'],
    genres: ['kaohe-gwy'],
    sections: ['opening'],
  },
  {
    title: '廉洁自律·表述',
    body: '严格遵守中央八项规定及其实施细则精神，自觉接受组织和群众监督，管住自己、管好身边人，始终保持清正廉洁的良好形象。',
    tags: ['廉'],
    genres: [],
    sections: ['integrity'],
  },
  {
    title: '对照检查·开头',
    body: '按照本次民主生活会的部署要求，我认真学习了规定篇目，广泛征求了意见建议，并对照上年度整改情况进行了回头看。现将个人对照检查情况报告如下。',
    tags: ['开头', '对照检查'],
    genres: ['duizhao'],
    sections: ['opening'],
  },
  {
    title: '结尾·请予评议',
    body: '以上述职，请予评议。',
    tags: ['结尾'],
    genres: [],
    sections: ['closing'],
  },
];

/** The starter pack as fresh snippets, stamped with `now`. */
export function starterSnippets(now: number): Snippet[] {
  return STARTER.map((text, index) => ({
    ...text,
    // Stable ids, so the pack can be found and removed even after the user edits a snippet.
    id: `starter-${String(index + 1).padStart(2, '0')}`,
    favorite: 0,
    starter: true,
    createdAt: now,
    updatedAt: now,
    useCount: 0,
    lastUsedAt: 0,
  }));
}
