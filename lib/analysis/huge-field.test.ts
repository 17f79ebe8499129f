import { describe, expect, it } from 'vitest';
import { buildReport } from '../../bench/structure.bench';
import { ToContent } from '../calls';
import type { ScannedField } from '../messages';
import { MAX_INSERT_CHARS, parseMessage } from '../messages';
import { check } from '../structure';
import { BUILTIN_TEMPLATES } from '../structure/templates';
import { checkForm, MAX_ANALYSED_CHARS } from './form-check';
import { outlineOf } from './outline';

// A field of a million characters (a whole document pasted by mistake, or a page that fills a field
// with a log): the check and the outline finish in bounded time, on its first part, and say so; the
// field's length is still counted whole; insertion of such text is refused.

const MILLION = 1_000_000;
// Generous for a shared, loaded machine; without the cap a heading-heavy million takes several seconds a call.
const LIMIT_MS = 5_000;
const TEXTS: Record<string, string> = {
  'a 述职报告': buildReport(MILLION),
  'one line of Han': '啊'.repeat(MILLION),
  'heading lines': '一、基本情况\n'.repeat(MILLION / 7),
};

function field(text: string, over: Partial<ScannedField> = {}): ScannedField {
  return { id: 'f', kind: 'textarea', editor: '', label: '述职报告', text, required: true, visible: true, ...over };
}

describe('a 1,000,000-character field', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`${name}: checkForm and the outline finish in bounded time, on the first part`, { timeout: 20_000 }, () => {
      let start = performance.now();
      const [report] = checkForm({ frames: [{ frameId: 0, fields: [field(text)] }] });
      expect(performance.now() - start).toBeLessThan(LIMIT_MS);
      expect(report?.analysed).toBe(MAX_ANALYSED_CHARS);
      for (const f of report?.findings ?? []) expect(f.end).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
      start = performance.now();
      const outline = outlineOf('述职报告', text, BUILTIN_TEMPLATES);
      expect(performance.now() - start).toBeLessThan(LIMIT_MS);
      if (outline) expect(outline.analysed).toBe(MAX_ANALYSED_CHARS);
    });
  }

  it('the check of the whole text, without a limit, never throws (a million headings once overflowed the stack)', {
    timeout: 60_000,
  }, () => {
    expect(check(TEXTS['heading lines'] ?? '').findings.length).toBeGreaterThan(100_000);
  });

  it('counts the length of the whole field, not of the part analysed', () => {
    const text = '啊'.repeat(MILLION);
    const [report] = checkForm({ frames: [{ frameId: 0, fields: [field(text, { maxLength: 800 })] }] });
    const limit = report?.findings.find((f) => f.rule === 'length/field-limit');
    expect(limit?.message.zh).toBe(`超出填报框字数限制${MILLION - 800}字（限800字）`);
    expect(limit?.start).toBe(800);
    expect(limit?.end).toBe(MAX_ANALYSED_CHARS);
  });

  it('a field under the limit is analysed whole and says nothing of it', () => {
    const [report] = checkForm({ frames: [{ frameId: 0, fields: [field('一、基本情况\n工作,很好。')] }] });
    expect(report?.analysed).toBeUndefined();
  });

  it('insertion of text over MAX_INSERT_CHARS is refused by the message schema', () => {
    expect(parseMessage(ToContent, { type: 'field:insert', text: 'x'.repeat(MAX_INSERT_CHARS + 1) })).toBeUndefined();
  });
});
