import type { Snippet } from '../../lib/db/tianbao';

// Fixtures shared by the snippet tests; imported by tests only.

/** A library that uses every field and the awkward characters: emoji, astral Han, braces, CR/LF. */
export function sampleLibrary(): Snippet[] {
  return [
    {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      title: '述职报告·开头',
      body: '一年来，在{{单位}}党委的坚强领导下……\r\n现将{{年度}}年履职情况报告如下。\\{{字面}}',
      tags: ['开头', '常用'],
      genres: ['shuzhi'],
      sections: ['opening'],
      favorite: 1,
      starter: false,
      createdAt: 1_700_000_000_123,
      updatedAt: 1_760_000_000_456,
      useCount: 17,
      lastUsedAt: 1_764_000_000_789,
    },
    {
      id: 'starter-02',
      title: '  𠀀 结尾 😀 ',
      body: '以上述职，请予评议。\u2028\t"引号"\u0000',
      tags: [],
      genres: [],
      sections: [],
      favorite: 0,
      starter: true,
      createdAt: 0,
      updatedAt: 0,
      useCount: 0,
      lastUsedAt: 0,
    },
  ];
}

let made = 0;

/** A snippet for a test: every field at a plain default, `over` on top; ids s1, s2, … unless given. */
export function makeSnippet(over: Partial<Snippet> = {}): Snippet {
  made++;
  return {
    id: `s${made}`,
    title: '标题',
    body: '正文',
    tags: [],
    genres: [],
    sections: [],
    favorite: 0,
    starter: false,
    createdAt: 0,
    updatedAt: 0,
    useCount: 0,
    lastUsedAt: 0,
    ...over,
  };
}
