import { describe, expect, it } from 'vitest';
import { sampleLibrary } from '../../tests/support/snippets';
import type { Snippet } from '../db/tianbao';
import { MAX_IMPORT_BYTES } from './import-decode';
import { exportFileName, exportLibrary, parseExportFile, serializeExport } from './transfer';

const utf8 = (text: string) => new TextEncoder().encode(text);
const now = Date.UTC(2026, 10, 29, 6, 0);

function validFile(): Record<string, unknown> {
  return JSON.parse(serializeExport(exportLibrary(sampleLibrary(), { now })));
}

function refusal(content: string | Uint8Array) {
  const result = parseExportFile(content);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('export and import round trip', () => {
  it('brings back every field of every snippet exactly, and the profile', () => {
    const profile = { 姓名: '张三', 单位: '某县农业农村局' };
    const text = serializeExport(exportLibrary(sampleLibrary(), { now, profile }));
    const result = parseExportFile(utf8(text));
    expect(result.ok && result.file.snippets).toEqual(sampleLibrary());
    expect(result.ok && result.file.profile).toEqual(profile);
    expect(result.ok && result.file.exportedAt).toBe('2026-11-29T06:00:00.000Z');
  });

  it('writes a versioned file that names its format', () => {
    const file = exportLibrary([], { now });
    expect(file).toEqual({
      format: 'tianbao-snippets',
      version: 1,
      exportedAt: '2026-11-29T06:00:00.000Z',
      snippets: [],
    });
    expect(exportFileName(now)).toBe('tianbao-snippets-2026-11-29.json');
  });

  it('does not export fields that are not part of a snippet', () => {
    const [first] = sampleLibrary();
    const file = exportLibrary([{ ...(first as Snippet), extra: 'x' } as Snippet], { now });
    expect(Object.keys(file.snippets[0] ?? {})).not.toContain('extra');
  });

  it('accepts a file saved with a UTF-8 byte order mark', () => {
    const bytes = utf8(`\uFEFF${serializeExport(exportLibrary(sampleLibrary(), { now }))}`);
    expect(parseExportFile(bytes).ok).toBe(true);
  });
});

describe('refused files', () => {
  it('a truncated file', () => {
    const text = serializeExport(exportLibrary(sampleLibrary(), { now }));
    const [p] = refusal(text.slice(0, text.length / 2));
    expect(p?.code).toBe('truncated');
    expect(p?.zh).toContain('被截断');
  });

  it('text that is not JSON, with where it goes wrong', () => {
    const [p] = refusal('{"format": tianbao}');
    expect(p?.code).toBe('not-json');
    expect(p?.en).toMatch(/not valid JSON/);
  });

  it('bytes that are text in no encoding we read', () => {
    const [p] = refusal(new Uint8Array([0x01, 0x02, 0x00, 0x80, 0xff, 0x03]));
    expect(p?.code).toBe('binary');
    expect(p?.zh).toContain('二进制');
  });

  it('an empty file, and a huge one before reading it', () => {
    expect(refusal(utf8('  \n'))[0]?.code).toBe('empty');
    expect(refusal(new Uint8Array(MAX_IMPORT_BYTES + 1))[0]?.code).toBe('too-large');
  });

  it('another format, and a newer or unknown version', () => {
    expect(refusal('{"format":"other","version":1}')[0]).toMatchObject({ code: 'wrong-format', path: 'format' });
    expect(refusal('[]')[0]?.code).toBe('wrong-format');
    expect(refusal(JSON.stringify({ ...validFile(), version: 2 }))[0]?.zh).toContain('升级');
    expect(refusal(JSON.stringify({ ...validFile(), version: '1' }))[0]?.code).toBe('wrong-version');
  });

  it('fields of the wrong type or size, naming the snippet and the field', () => {
    const file = validFile() as { snippets: Record<string, unknown>[] };
    const [first, second] = file.snippets;
    Object.assign(first ?? {}, { title: '  ' });
    Object.assign(second ?? {}, { favorite: true, tags: ['a', 5], useCount: -1, note: 'x' });
    const problems = refusal(JSON.stringify(file));
    expect(problems.map((p) => p.path)).toEqual([
      'snippets[0].title',
      'snippets[1].tags[1]',
      'snippets[1].favorite',
      'snippets[1].useCount',
      'snippets[1]',
    ]);
    expect(problems[2]?.zh).toBe('第2条素材的“favorite”只能是 0 或 1。');
    expect(problems[2]?.en).toBe('snippet 2, field "favorite": must be 0 or 1.');
    expect(problems[4]?.zh).toContain('note');
  });

  it('two snippets with the same id', () => {
    const file = validFile() as { snippets: Record<string, unknown>[] };
    file.snippets.push({ ...file.snippets[0] });
    expect(refusal(JSON.stringify(file))[0]).toMatchObject({ code: 'duplicate-id', path: 'snippets[2].id' });
  });

  it('absurdly deep nesting, without exhausting the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(refusal(deep)[0]?.code).toBe('too-deep');
  });

  it('__proto__, constructor and prototype keys anywhere', () => {
    const text = serializeExport(exportLibrary(sampleLibrary(), { now }));
    const proto = text.replace('"title"', '"__proto__": {"polluted": 1}, "title"');
    expect(refusal(proto)[0]).toMatchObject({ code: 'forbidden-key', path: 'snippets[0].__proto__' });
    expect(refusal('{"constructor": {"prototype": 1}}')[0]?.code).toBe('forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists at most 20 field problems and says how many more there are', () => {
    const file = validFile() as { snippets: Record<string, unknown>[] };
    const base = file.snippets[0] ?? {};
    file.snippets = Array.from({ length: 30 }, (_, i) => ({ ...base, id: `x${i}`, favorite: 2 }));
    const problems = refusal(JSON.stringify(file));
    expect(problems).toHaveLength(21);
    expect(problems[20]?.zh).toBe('另有10处问题未列出。');
  });
});

describe('profile in an export file', () => {
  it('is refused when a value would put braces into inserted text', () => {
    const file = { ...validFile(), profile: { 单位: '{{x}}' } };
    expect(refusal(JSON.stringify(file))[0]).toMatchObject({ code: 'invalid-field', path: 'profile.单位' });
  });
});
