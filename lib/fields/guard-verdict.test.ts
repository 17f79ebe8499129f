import { describe, expect, it } from 'vitest';
import type { FieldRead, FormRead, GuardVerdict } from '../messages';
import { digestsOf, sameDigests, textHash, VerdictCache } from './guard-verdict';

const field = (over: Partial<FieldRead>): FieldRead => ({
  id: 'f',
  kind: 'textarea',
  editor: 'text',
  label: '个人总结',
  text: '',
  required: false,
  visible: true,
  ...over,
});
const scan = (...fields: Partial<FieldRead>[]): FormRead => ({
  frames: [{ frameId: 0, fields: fields.map(field), page: { title: '年度考核登记表', heading: '' } }],
});
const verdict = (n: number): GuardVerdict => ({
  items: Array.from({ length: n }, (_, i) => ({
    frameId: 0,
    fieldId: 'f',
    field: '个人总结',
    message: `错误 ${i}`,
    excerpt: '',
    start: 0,
    end: 0,
    severity: 'error' as const,
  })),
  words: {
    title: '',
    intro: '',
    back: '',
    submit: '',
    more: '',
    confirmHint: '',
    alreadySent: '',
    pressAgain: '',
    unreachable: '',
  },
});

describe('text hashes', () => {
  it('tells texts apart by every character, and is the same for the same text', () => {
    expect(textHash('认真釆取措施')).toBe(textHash('认真釆取措施'));
    expect(textHash('认真釆取措施')).not.toBe(textHash('认真采取措施'));
    expect(textHash('ab')).not.toBe(textHash('ba'));
    expect(textHash('')).not.toBe(textHash(' '));
    // Unsigned 32 bits, whatever the length.
    const long = textHash('一'.repeat(1_000_000));
    expect(long).toBeGreaterThanOrEqual(0);
    expect(long).toBeLessThan(2 ** 32);
  });
});

describe('digests of a scan', () => {
  it('change with a field’s text, its label, whether it is shown or required, what may state its limit, and a field added', () => {
    const base = digestsOf(scan({ id: 'a', text: '一年来' }, { id: 'b', kind: 'input', label: '*姓名' }));
    expect(
      sameDigests(base, digestsOf(scan({ id: 'a', text: '一年来' }, { id: 'b', kind: 'input', label: '*姓名' }))),
    ).toBe(true);
    const changed = [
      scan({ id: 'a', text: '一年来，' }, { id: 'b', kind: 'input', label: '*姓名' }),
      scan({ id: 'a', text: '一年来' }, { id: 'b', kind: 'input', label: '姓名' }),
      scan({ id: 'a', text: '一年来', visible: false }, { id: 'b', kind: 'input', label: '*姓名' }),
      scan({ id: 'a', text: '一年来' }, { id: 'b', kind: 'input', label: '*姓名', required: true }),
      scan({ id: 'a', text: '一年来', maxlength: 800 }, { id: 'b', kind: 'input', label: '*姓名' }),
      scan({ id: 'a', text: '一年来', near: '限800字' }, { id: 'b', kind: 'input', label: '*姓名' }),
      scan({ id: 'a', text: '一年来' }, { id: 'b', kind: 'input', label: '*姓名' }, { id: 'c' }),
      scan({ id: 'a', text: '一年来' }),
    ];
    for (const other of changed) expect(sameDigests(base, digestsOf(other))).toBe(false);
  });

  it('keep the same field id in two frames apart', () => {
    const one: FormRead = {
      frames: [
        { frameId: 0, fields: [field({ id: 'a', text: '甲' })] },
        { frameId: 1, fields: [field({ id: 'a', text: '乙' })] },
      ],
    };
    const swapped: FormRead = {
      frames: [
        { frameId: 0, fields: [field({ id: 'a', text: '乙' })] },
        { frameId: 1, fields: [field({ id: 'a', text: '甲' })] },
      ],
    };
    expect(sameDigests(digestsOf(one), digestsOf(swapped))).toBe(false);
  });
});

describe('the verdict cache', () => {
  it('answers only while every text is as judged', () => {
    const cache = new VerdictCache();
    const judged = digestsOf(scan({ id: 'a', text: '一年来' }));
    expect(cache.current(judged)).toBeNull();
    cache.keep(cache.ask(), judged, verdict(2));
    expect(cache.current(digestsOf(scan({ id: 'a', text: '一年来' })))?.items).toHaveLength(2);
    expect(cache.current(digestsOf(scan({ id: 'a', text: '一年来。' })))).toBeNull();
    // The last verdict is still there for its words.
    expect(cache.last?.items).toHaveLength(2);
  });

  it('keeps the verdict asked for last when answers come back out of order', () => {
    const cache = new VerdictCache();
    const older = digestsOf(scan({ id: 'a', text: '一' }));
    const newer = digestsOf(scan({ id: 'a', text: '一二' }));
    const first = cache.ask();
    const second = cache.ask();
    cache.keep(second, newer, verdict(0));
    cache.keep(first, older, verdict(3));
    expect(cache.current(newer)?.items).toHaveLength(0);
    expect(cache.current(older)).toBeNull();
  });
});
