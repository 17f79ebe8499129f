import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { fuzzTimeout, runFuzz, timed } from '../tests/support/fuzz';
import { FromContent, FromPanel, ToContent } from './calls';
import {
  FieldContext,
  FormScan,
  InsertFailure,
  InsertResult,
  MAX_INSERT_CHARS,
  PanelLayout,
  PendingSnippet,
  parseMessage,
  ScannedField,
} from './messages';

// Every schema a message crossing a context boundary is parsed with, and a valid sample of each:
// the fuzzer sends anything at all, and valid messages with one part replaced.
const field = {
  id: 'f1',
  kind: 'textarea',
  editor: 'tinymce',
  label: '个人总结',
  text: '一、基本情况',
  maxLength: 800,
  required: true,
  visible: true,
};
const context = { label: '总结', text: '正文', caret: 2, selection: '', fieldId: 'f1', frameId: 0 };
const SCHEMAS: Record<string, { schema: z.ZodMiniType<unknown>; samples: unknown[] }> = {
  PanelLayout: { schema: PanelLayout, samples: ['expanded', 'closed'] },
  InsertFailure: { schema: InsertFailure, samples: ['no-field', 'frame-blocked'] },
  InsertResult: {
    schema: InsertResult,
    samples: [
      { ok: true, inserted: 3, joined: true },
      { ok: false, reason: 'too-long', limit: 800, over: 12, origin: 'example.cn' },
    ],
  },
  ScannedField: { schema: ScannedField, samples: [field] },
  FieldContext: { schema: FieldContext, samples: [context] },
  PendingSnippet: { schema: PendingSnippet, samples: [{ text: '选中的文字', field: context, pageTitle: '考核系统' }] },
  FormScan: { schema: FormScan, samples: [{ frames: [{ frameId: 0, fields: [field] }] }] },
  ToContent: {
    schema: ToContent,
    samples: [
      { type: 'panel:toggle' },
      { type: 'panel:layout', layout: 'collapsed' },
      { type: 'field:insert', text: '插入', caret: 1 },
      { type: 'field:insert', text: '第一段\n第二段', html: '<p>第一段</p><p>第二段</p>' },
    ],
  },
  FromPanel: {
    schema: FromPanel,
    samples: [
      { type: 'field:insert', text: '插入', caret: 0, frameId: 2 },
      { type: 'field:context' },
      { type: 'form:scan' },
      { type: 'check:errors', count: 3 },
      { type: 'field:locate', frameId: 0, fieldId: 'f1', start: 0, end: 4 },
    ],
  },
  FromContent: { schema: FromContent, samples: [{ type: 'field:active' }] },
};

const KEYS = [
  'type',
  'text',
  'ok',
  'reason',
  'frames',
  'fields',
  'caret',
  'layout',
  '__proto__',
  'constructor',
  'then',
];
const anyValue = fc.anything({
  key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })),
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  maxDepth: 4,
});

// A valid message with one property, at any depth, replaced by anything (or removed).
function mutate(sample: unknown, path: number[], replacement: unknown): unknown {
  if (typeof sample !== 'object' || sample === null || path.length === 0) return replacement;
  const copy: Record<string, unknown> = Array.isArray(sample) ? ([...sample] as never) : { ...sample };
  const keys = Object.keys(copy);
  if (keys.length === 0) return replacement;
  const key = keys[(path[0] ?? 0) % keys.length] as string;
  if (path.length === 1 && replacement === undefined) delete copy[key];
  else copy[key] = mutate(copy[key], path.slice(1), replacement);
  return copy;
}

const schemaName = fc.constantFrom(...Object.keys(SCHEMAS));
const message = fc.oneof(
  anyValue,
  fc
    .tuple(schemaName, fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.option(anyValue))
    .map(([name, i, path, value]) => {
      const samples = SCHEMAS[name]?.samples ?? [];
      return mutate(samples[i % samples.length], path, value ?? undefined);
    }),
);

describe('message validation', () => {
  it('accepts every valid sample', () => {
    for (const { schema, samples } of Object.values(SCHEMAS)) {
      for (const sample of samples) expect(parseMessage(schema, sample)).toEqual(sample);
    }
  });

  it('never throws on anything, and what it accepts is valid again and carries no prototype keys', {
    timeout: fuzzTimeout(3000),
  }, () => {
    runFuzz(
      'messages: parseMessage with every schema on anything',
      fc.property(
        schemaName,
        message,
        timed((name, value) => {
          const schema = SCHEMAS[name]?.schema as z.ZodMiniType<unknown>;
          const parsed = parseMessage(schema, value);
          if (parsed !== undefined) expect(parseMessage(schema, structuredClone(parsed))).toEqual(parsed);
          if (typeof parsed === 'object' && parsed !== null) {
            expect(Object.hasOwn(parsed, '__proto__')).toBe(false);
            expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
      ),
      { quick: 3000 },
    );
  });

  it('refuses text over the insertion limit', () => {
    const text = 'x'.repeat(MAX_INSERT_CHARS + 1);
    expect(parseMessage(FromPanel, { type: 'field:insert', text })).toBeUndefined();
    expect(parseMessage(ToContent, { type: 'field:insert', text })).toBeUndefined();
    expect(parseMessage(ToContent, { type: 'field:insert', text: text.slice(1) })).toBeDefined();
  });
});
