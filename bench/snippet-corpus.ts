import type { Snippet } from '../lib/db/tianbao';

// Original phrases written for this benchmark (not taken from any report), combined by a seeded
// generator into titles and 100–500 character bodies in the register of a 述职报告.
const TOPICS = [
  '理论学习',
  '党风廉政建设',
  '基层党建',
  '意识形态工作',
  '乡村振兴',
  '安全生产',
  '营商环境',
  '信访维稳',
  '生态环境保护',
  '民生保障',
  '作风建设',
  '干部队伍建设',
  '疫情防控',
  '财务管理',
  '项目建设',
  '招商引资',
  '公文处理',
  '档案管理',
  '重点工作',
  '银行业务',
];

const SECTIONS = ['开头', '主要工作及成效', '存在问题', '原因剖析', '下步打算', '结尾', '经验做法', '整改措施'];

const SENTENCES = [
  '坚持把{t}摆在突出位置，年初制定工作计划，细化任务分工，明确完成时限。',
  '围绕{t}，组织开展专题学习十二次，撰写心得体会四篇，学习笔记两万余字。',
  '在{t}方面，深入一线调研走访，摸清底数，建立问题清单和责任清单。',
  '对照上级要求，{t}还存在标准不高、措施不实、效果不够明显等问题。',
  '下一步，将进一步健全{t}长效机制，加强督促检查，确保各项任务落地见效。',
  '全年牵头完成{t}相关文件起草工作，做到了文稿规范、数据准确、按时报送。',
  '主动协调有关部门，推动解决{t}中群众反映强烈的突出问题二十余件。',
  '认真落实“一岗双责”，把{t}与业务工作同部署、同落实、同检查、同考核。',
  '存在的主要问题是：对{t}的研究还不够深入，创新办法不多，工作推进不平衡。',
  '究其原因，主要是理论学习不够系统，对{t}的重要性认识还不到位。',
  '今后，我将以更高的标准、更实的作风推进{t}，努力取得新的更大成绩。',
  '通过扎实推进{t}，本单位各项指标均较上年有所提升，得到了上级部门的肯定。',
  '坚持问题导向，聚焦{t}中的薄弱环节，逐项研究整改措施，建立整改台账。',
  '严格执行请示报告制度，{t}中的重大事项均按程序及时请示报告。',
  '加强与兄弟单位的交流学习，借鉴先进经验，不断提高{t}的质量和水平。',
  '本人在{t}中始终做到亲自部署、亲自过问、亲自协调、亲自督办。',
];

const GENRES = ['shuzhi', 'kaohe-gwy', 'duizhao', 'zongjie'];
const SECTION_IDS = ['opening', 'results', 'problems', 'causes', 'plans', 'closing', 'integrity'];
const TAGS = ['开头', '结尾', '过渡', '存在问题', '下步打算', '廉', '党建', '业务', '常用', '规范表述'];

/** A small seeded PRNG (mulberry32), so every run generates the same library. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function some<T>(random: () => number, items: readonly T[], max: number): T[] {
  const out = new Set<T>();
  const n = Math.floor(random() * (max + 1));
  for (let i = 0; i < n; i++) out.add(pick(random, items));
  return [...out];
}

/** `count` deterministic snippets with bodies of 100–500 Chinese characters. */
export function generateSnippets(count: number, seed = 20261129): Snippet[] {
  const random = seededRandom(seed);
  const base = Date.UTC(2026, 0, 1);
  const out: Snippet[] = [];
  for (let i = 0; i < count; i++) {
    const topic = pick(random, TOPICS);
    const target = 100 + Math.floor(random() * 400);
    let body = '';
    while (body.length < target)
      body += pick(random, SENTENCES).replaceAll('{t}', random() < 0.7 ? topic : pick(random, TOPICS));
    const createdAt = base + Math.floor(random() * 300) * 86_400_000;
    const used = random() < 0.3;
    out.push({
      id: `bench-${i.toString(36).padStart(4, '0')}`,
      title: `${topic}·${pick(random, SECTIONS)}${i % 7 === 0 ? `（${i}）` : ''}`,
      body: body.slice(0, target),
      tags: some(random, TAGS, 3),
      genres: some(random, GENRES, 1),
      sections: some(random, SECTION_IDS, 2),
      favorite: random() < 0.05 ? 1 : 0,
      starter: false,
      createdAt,
      updatedAt: createdAt,
      useCount: used ? Math.floor(random() * 40) : 0,
      lastUsedAt: used ? createdAt + 86_400_000 : 0,
    });
  }
  return out;
}

/** Realistic queries: Chinese substrings, two-term queries, pinyin initials, full and mixed pinyin. */
export const BENCH_QUERIES: readonly string[] = [
  '存在问题',
  '廉政',
  '长效机制',
  '整改台账',
  '群众反映强烈',
  '一岗双责',
  '理论学习 不够系统',
  '乡村振兴 调研',
  '安全生产 整改',
  '文件 起草',
  '作风 督促检查',
  'czwt',
  'llxx',
  'xcqx',
  'aqsc',
  'dfl',
  'cunzai',
  'lilunxuexi',
  'yinhang',
  'xiabu',
  'cun在',
  'dang建',
  '问题 czwt',
  '新的更大成绩',
  '数据准确',
];
