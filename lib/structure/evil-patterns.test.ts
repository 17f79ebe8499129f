import { describe, expect, it } from 'vitest';
import { check } from './check';
import { parseRuleData } from './data/schema';
import { parseTemplate } from './template-schema';
import { BUILTIN_TEMPLATES } from './templates';

// No text a user supplies runs as an unbounded regular expression. Template aliases and keywords
// are matched as literal text (String.includes); rule data (formulations, ordered lists) is compiled
// to patterns whose text is escaped and whose quote marks become bounded classes, and list items
// are matched atomically (checks/formulation.ts). Each evil input below runs on 100,000 characters.

const LIMIT_MS = 1_500;
const N = 100_000;

function timedCheck(text: string, options: Parameters<typeof check>[1]) {
  const start = performance.now();
  const result = check(text, options);
  return { result, ms: performance.now() - start };
}

function ruleData(input: unknown) {
  const parsed = parseRuleData(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

const QUOTES = '"'.repeat(59);
const evilData: Record<string, { data: unknown; text: string }> = {
  'classic (a+)+$ as a formulation': {
    data: { formulations: [{ correct: '(a+)+$', wrong: ['(a|a)*b'] }] },
    text: 'a'.repeat(N),
  },
  '59 quote marks then a character': {
    data: { formulations: [{ correct: '正确', wrong: [`${QUOTES}x`] }] },
    text: '"'.repeat(N),
  },
  'quote marks between every character': {
    data: { formulations: [{ correct: '正确', wrong: [`"a"a"a"a"a"a"a"a"a"a"a"a"b`] }] },
    text: '"a'.repeat(N / 2),
  },
  'an ordered list of 12 identical items': {
    data: { orders: [{ name: '重复', items: Array.from({ length: 12 }, () => '意识') }] },
    text: `${'意识、'.repeat(N / 3 - 1)}x`,
  },
  'an ordered list whose items overlap': {
    data: { orders: [{ name: '重叠', items: ['a', 'a、a', 'a、a、a', '"a', 'a"', '"a"'] }] },
    text: 'a、'.repeat(N / 2),
  },
};

describe('user-supplied patterns run in bounded time', () => {
  for (const [name, { data, text }] of Object.entries(evilData)) {
    it(`rule data: ${name}`, () => {
      const { ms } = timedCheck(text, { data: ruleData(data) });
      expect(ms).toBeLessThan(LIMIT_MS);
    });
  }

  it('template aliases and keywords that look like patterns are literal text', () => {
    const base = structuredClone(BUILTIN_TEMPLATES[0]) as Record<string, unknown> & {
      sections: { aliases: string[] }[];
    };
    base.id = 'evil';
    base.keywords = ['(a+)+$', '(.*a){20}'];
    for (const section of base.sections) section.aliases = ['(a+)+$', '([a-z]+)*x', '^(a|aa)+$', ...section.aliases];
    const parsed = parseTemplate(base);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const text = `一、(a+)+$\n${'a'.repeat(N)}`;
    const { result, ms } = timedCheck(text, { templates: [parsed.template], genre: 'evil' });
    expect(ms).toBeLessThan(LIMIT_MS);
    // The heading `(a+)+$` is the section whose alias it is, matched as the characters written.
    const matched = result.sections.find(
      (s) => s.heading && text.slice(s.heading.title.start, s.heading.title.end) === '(a+)+$',
    );
    expect(matched?.found).toBe(true);
  });

  it('formulations still match curly, straight or no quotes after the rewrite', () => {
    const data = ruleData({ formulations: [{ correct: '坚定拥护“两个确立”', wrong: ['拥护“两个确立”'] }] });
    for (const written of ['拥护“两个确立”', '拥护"两个确立"', '拥护两个确立']) {
      const { result } = timedCheck(`我们要${written}。`, { data });
      expect(result.findings.some((f) => f.rule === 'formulation/wrong-form')).toBe(true);
    }
    expect(
      timedCheck('我们要坚定拥护“两个确立”。', { data }).result.findings.filter(
        (f) => f.rule === 'formulation/wrong-form',
      ),
    ).toEqual([]);
  });

  it('an ordered list still finds its items out of order', () => {
    const data = ruleData({ orders: [{ name: '四个意识', items: ['政治意识', '大局意识', '核心意识', '看齐意识'] }] });
    const { result } = timedCheck('增强大局意识、政治意识、核心意识、看齐意识。', { data });
    expect(result.findings.find((f) => f.rule === 'formulation/order')?.fix?.text).toBe(
      '政治意识、大局意识、核心意识、看齐意识',
    );
  });

  it('a phrase of quote marks alone is refused with a message', () => {
    const parsed = parseRuleData({ formulations: [{ correct: '"', wrong: ['“”'] }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.zh).toContain('只有引号');
  });
});
