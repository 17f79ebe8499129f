import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../structure/cli';
import { runWordCli, type WordCliIo } from './cli';
import { exportDocx } from './export';
import { readDocx } from './read';

const FIXTURE = readFileSync(fileURLToPath(new URL('../../tests/fixtures/word/wps-report.docx', import.meta.url)));
const encode = (s: string) => new TextEncoder().encode(s);
const CLEAN = `2025年度述职报告
一年来，我在组织的领导下认真履行职责，较好地完成了各项任务，现将有关情况报告如下。
一、主要工作及成效
全年牵头推进重点项目六个，完成投资二点三五亿元，群众满意度达到百分之九十六，认真落实安全生产责任制，全年未发生较大事故，各项工作取得了新的进展，得到了上级的肯定。
二、存在的问题和不足
对新情况新问题研究不够深入，工作方法有时比较单一，推动落实的力度还需要进一步加大。
三、下一步工作打算
针对以上问题，我将加强学习，改进方法，加大推动落实的力度，确保各项工作取得实效，不辜负组织的信任。
`;

function memory(files: Record<string, Uint8Array | string>, stdin = '') {
  const written: Record<string, Uint8Array> = {};
  const io: WordCliIo = {
    readFile(path) {
      const found = files[path] ?? written[path];
      if (found === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return typeof found === 'string' ? encode(found) : found;
    },
    readStdin: () => encode(stdin),
    writeFile(path, bytes) {
      written[path] = bytes;
    },
  };
  return { io, written };
}

describe('tianbao docx', () => {
  it('writes the report as a 公文 .docx next to it, with --title and --date', async () => {
    const { io, written } = memory({ '报告.txt': CLEAN.replace(/^.*\n/, '') });
    const out = await runWordCli(['docx', '报告.txt', '--title', '2025年度个人述职报告', '--date', '2025-12-26'], io);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out?.stdout).toContain('报告.docx');
    const paragraphs = readDocx(written['报告.docx'] as Uint8Array).map((p) => p.text);
    expect(paragraphs[0]).toBe('2025年度个人述职报告');
    expect(paragraphs.at(-1)).toBe('2025年12月26日');
    expect(paragraphs).toContain('一、主要工作及成效');
  });

  it('writes to -o, reads standard input, and re-lays out a .docx', async () => {
    const { io, written } = memory({ 'a.docx': FIXTURE }, CLEAN);
    expect((await runWordCli(['docx', '-', '-o', 'out.docx'], io))?.code).toBe(0);
    expect(readDocx(written['out.docx'] as Uint8Array)[0]?.text).toBe('2025年度述职报告');
    expect((await runWordCli(['docx', 'a.docx', '-o', 'b.docx'], io))?.code).toBe(0);
    const again = readDocx(written['b.docx'] as Uint8Array).map((p) => p.text);
    expect(again).toContain('（一）抓实理论学习');
    expect(again).toContain('2.用好学习平台');
  });

  it('refuses bad usage with a message in Chinese and English, writing nothing', async () => {
    const cases: [string[], string][] = [
      [['docx'], 'missing FILE'],
      [['docx', 'r.txt', '--date', '2025-02-30'], 'not a valid date'],
      [['docx', 'r.txt', '--title'], 'needs a value'],
      [['docx', '-'], 'needs -o'],
      [['docx', 'r.txt', '-o', 'r.pdf'], 'must end in .docx'],
      [['docx', 'gbk.txt'], 'not UTF-8 text'],
      [['docx', 'missing.txt'], 'cannot read missing.txt'],
      [['docx', 'bad.docx', '-o', 'x.docx'], 'not a .docx file'],
      [['docx', 'r.txt', '--colour'], 'unknown option'],
    ];
    for (const [args, message] of cases) {
      const { io, written } = memory({
        'r.txt': CLEAN,
        'gbk.txt': new Uint8Array([0xca, 0xf6, 0xd6, 0xb0]),
        'bad.docx': 'plain text named .docx',
      });
      const out = await runWordCli(args, io);
      expect(out?.code, args.join(' ')).toBe(2);
      expect(out?.stderr).toContain(message);
      expect(written).toEqual({});
    }
  });
});

describe('tianbao check FILE.docx', () => {
  it('checks a WPS user’s report with automatic numbering: every section found, line = paragraph', async () => {
    const { io } = memory({ '述职.docx': FIXTURE });
    const out = await runWordCli(['check', '述职.docx'], io);
    expect(out?.code).toBe(1);
    expect(out?.stdout).toContain('== 述职.docx（31 段，行号即段落号）');
    expect(out?.stdout).toContain('✓ 主要工作及成效  ← 一、主要工作及成效（第4行）');
    expect(out?.stdout).toContain('✓ 存在的问题和不足  ← 二、存在的问题和不足（第18行）');
    expect(out?.stdout).toContain('✓ 下一步工作打算  ← 三、下一步工作打算（第23行）');
    // The half-width comma typed in paragraph 20.
    expect(out?.stdout).toMatch(/ {2}20:\d+ {2}错误 {2}punctuation\/half-width/);
    expect(out?.stdout).not.toContain('汇总');
  });

  it('round-trips: the fixture exported again by us checks the same', async () => {
    const { io } = memory({ 'a.docx': FIXTURE });
    const first = JSON.parse((await runWordCli(['check', 'a.docx', '--json'], io))?.stdout ?? '');
    const text = readDocx(FIXTURE)
      .map((p) => p.text)
      .join('\n');
    const { io: io2 } = memory({ 'b.docx': await exportDocx(text) });
    const second = JSON.parse((await runWordCli(['check', 'b.docx', '--json'], io2))?.stdout ?? '');
    const shape = (json: {
      files: { genre: unknown; sections: { id: string; found: boolean }[]; findings: { rule: string }[] }[];
    }) => ({
      genre: json.files[0]?.genre,
      sections: json.files[0]?.sections.map((s) => [s.id, s.found]),
      rules: json.files[0]?.findings.map((f) => f.rule),
    });
    expect(shape(second)).toEqual(shape(first));
  });

  // The real report in ../shared/seed/, exported and read back: the checker finds what it finds in the text.
  const SEED = fileURLToPath(new URL('../../../shared/seed/township-secretary-2022-report.txt', import.meta.url));
  const seeded = existsSync(SEED);
  it.skipIf(!seeded)(
    `round-trips the seed report: the same genre, sections and rules as its text${seeded ? '' : ' — skipped: ../shared/seed/township-secretary-2022-report.txt is absent'}`,
    async () => {
      const text = readFileSync(SEED, 'utf8');
      const { io } = memory({ 'seed.txt': text, 'seed.docx': await exportDocx(text) });
      const fromText = JSON.parse(runCli(['check', 'seed.txt', '--json', '--marker', '*'], io).stdout);
      const fromWord = JSON.parse(
        (await runWordCli(['check', 'seed.docx', '--json', '--marker', '*'], io))?.stdout ?? '',
      );
      const file = fromWord.files[0];
      expect(file.genre).toEqual(fromText.genre);
      const found = (sections: { id: string; found: boolean; heading: string | null }[]) =>
        sections.map((s) => [s.id, s.found, s.heading]);
      expect(found(file.sections)).toEqual(found(fromText.sections));
      const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule).sort();
      expect(rules(file.findings)).toEqual(rules(fromText.findings));
    },
  );

  it('checks many files: one JSON result each, a summary, exit 1 when any has errors', async () => {
    const clean = await exportDocx(CLEAN);
    const { io } = memory({ 'a.docx': FIXTURE, 'b.docx': clean, 'c.txt': CLEAN });
    const out = await runWordCli(['check', 'a.docx', 'b.docx', 'c.txt', '--json', '--genre', 'shuzhi'], io);
    expect(out?.code).toBe(1);
    const json = JSON.parse(out?.stdout ?? '');
    expect(json.files.map((f: { file: string }) => f.file)).toEqual(['a.docx', 'b.docx', 'c.txt']);
    expect(json.files.map((f: { counts: { error: number } }) => f.counts.error > 0)).toEqual([true, false, false]);
    expect(json.files[0]).toMatchObject({ paragraphs: 31, genre: { id: 'shuzhi', confidence: 1 } });
    expect(json.files[0].findings.find((f: { rule: string }) => f.rule === 'punctuation/half-width').line).toBe(20);
    expect(json.summary).toEqual({ files: 3, withErrors: 1, unreadable: 0 });

    const onlyClean = await runWordCli(['check', 'b.docx', 'c.txt'], io);
    expect(onlyClean?.code).toBe(0);
    expect(onlyClean?.stdout).toMatch(/汇总 \/ summary:\n文件 file +文种 genre +错误 +警告 +提示 +结论 verdict\n/);
    expect(onlyClean?.stdout).toMatch(/\nb\.docx +shuzhi +0 +\d+ +\d+ +通过 ok\n/);
    expect(onlyClean?.stdout).toContain('共 2 个文件，0 个有错误，0 个无法读取。');
  });

  it('lists an unreadable file in the summary and exits 2; a bad option is said once', async () => {
    const old = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]);
    const gbk = new Uint8Array([0xca, 0xf6, 0xd6, 0xb0]);
    const { io } = memory({ 'a.docx': FIXTURE, 'old.docx': old, 'gbk.txt': gbk });
    const out = await runWordCli(['check', 'a.docx', 'old.docx', 'gone.docx', 'gbk.txt'], io);
    expect(out?.code).toBe(2);
    expect(out?.stdout).toMatch(/\ngbk\.txt +— +— +— +— +无法读取 unreadable\n/);
    expect(out?.stdout).toContain('old.docx：这是旧版 Word（.doc）文件');
    expect(out?.stdout).toMatch(/\nold\.docx +— +— +— +— +无法读取 unreadable\n/);
    expect(out?.stdout).toContain('共 4 个文件，1 个有错误，3 个无法读取。');
    const bad = await runWordCli(['check', 'a.docx', 'old.docx', '--genre', 'nope'], io);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad?.stderr.match(/unknown genre/g)).toHaveLength(1);
  });

  it('leaves a single text file and other commands to the text command line', async () => {
    const { io } = memory({ 'r.txt': CLEAN });
    expect(await runWordCli(['check', 'r.txt'], io)).toBeUndefined();
    expect(await runWordCli(['templates'], io)).toBeUndefined();
    expect((await runWordCli(['--help'], io))?.stdout).toMatch(/tianbao check FILE[\s\S]*tianbao docx FILE/);
  });
});

describe('bin/tianbao.mjs with Word files', () => {
  const bin = fileURLToPath(new URL('../../bin/tianbao.mjs', import.meta.url));
  it('writes a .docx and checks .docx files from the shell', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tianbao-cli-'));
    try {
      writeFileSync(join(dir, '报告.txt'), CLEAN);
      writeFileSync(join(dir, 'wps.docx'), FIXTURE);
      const made = spawnSync(process.execPath, [bin, 'docx', '报告.txt', '-o', '报告.docx', '--date', '2025-12-26'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(made.stderr).toBe('');
      expect(made.status).toBe(0);
      const checked = spawnSync(process.execPath, [bin, 'check', '报告.docx', 'wps.docx', '--json'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(checked.status).toBe(1);
      expect(JSON.parse(checked.stdout).summary).toEqual({ files: 2, withErrors: 1, unreadable: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
