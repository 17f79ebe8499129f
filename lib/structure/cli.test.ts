import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliInput, lineColumn, runCli } from './cli';

const encode = (s: string) => new TextEncoder().encode(s);
const files = (content: Record<string, string | Uint8Array>, stdin = ''): CliInput => ({
  readFile(path) {
    const found = content[path];
    if (found === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    return typeof found === 'string' ? encode(found) : found;
  },
  readStdin: () => encode(stdin),
});

const REPORT = `2023年述职报告\r
一年来，我在组织的领导下认真履行职责，较好地完成了各项任务，现将有关情况报告如下。\r
一、主要工作及成效\r
全年牵头推进重点项目6个，完成投资2.35亿元，群众满意度达到96%。认真落实安全生产责任制,全年未发生较大事故。\r
二、存在的问题\r
对新情况新问题研究不够深入，工作方法有时比较单一，推动落实的力度还需要进一步加大。\r
`;

describe('tianbao check', () => {
  it('prints the outline and each finding at line:column, and exits 1 on errors', () => {
    const out = runCli(['check', 'r.txt'], files({ 'r.txt': REPORT }));
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('文种：述职报告（shuzhi）');
    expect(out.stdout).toContain('✓ 主要工作及成效  ← 一、主要工作及成效（第3行）');
    expect(out.stdout).toContain('✗ 下一步工作打算  缺少');
    const comma = REPORT.indexOf(',');
    const { line, column } = lineColumn(REPORT, comma);
    expect([line, column]).toEqual([4, REPORT.slice(REPORT.lastIndexOf('\n', comma) + 1).indexOf(',') + 1]);
    expect(out.stdout).toContain(`${line}:${column}  错误  punctuation/half-width`);
  });

  it('prints the JSON shape with UTF-16 offsets of the input', () => {
    const out = runCli(['check', '-', '--json', '--genre', 'shuzhi'], files({}, REPORT));
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json)).toEqual(['genre', 'sections', 'findings']);
    expect(json.genre).toEqual({ id: 'shuzhi', confidence: 1 });
    expect(json.sections[1]).toEqual({
      id: 'results',
      role: 'results',
      heading: '一、主要工作及成效',
      start: REPORT.indexOf('一、'),
      end: REPORT.indexOf('二、'),
      found: true,
    });
    const half = json.findings.find((f: { rule: string }) => f.rule === 'punctuation/half-width');
    expect(half).toEqual({
      rule: 'punctuation/half-width',
      severity: 'error',
      message: { zh: expect.stringContaining('“，”'), en: expect.stringContaining('full-width') },
      start: REPORT.indexOf(','),
      end: REPORT.indexOf(',') + 1,
      fix: { start: REPORT.indexOf(','), end: REPORT.indexOf(',') + 1, text: '，' },
    });
    expect(json.findings.map((f: { rule: string }) => f.rule)).toContain('structure/missing-section');
  });

  it('exits 0 when only warnings remain, and counts the BOM in offsets', () => {
    const clean = `\ufeff${REPORT.replace(',', '，')}三、下一步工作打算\n针对以上问题，我将加强学习，改进方法，加大推动落实的力度，确保各项工作取得实效，不辜负组织的信任。\n`;
    const out = runCli(['check', 'r.txt', '--json'], files({ 'r.txt': clean }));
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(json.sections[1].start).toBe(clean.indexOf('一、'));
  });

  it('reports the field limit with --max-length', () => {
    const out = runCli(['check', 'r.txt', '--json', '--max-length', '50'], files({ 'r.txt': REPORT }));
    const limit = JSON.parse(out.stdout).findings.find((f: { rule: string }) => f.rule === 'length/field-limit');
    expect([limit.start, limit.end]).toEqual([50, REPORT.length]);
  });

  it('checks time-bound wording against --year when the text names none', () => {
    const text = '述职报告\n一年来，我深入学习贯彻二十届三中全会精神，现将有关情况报告如下。\n';
    const rules = (args: string[]) =>
      JSON.parse(runCli(['check', 'r.txt', '--json', ...args], files({ 'r.txt': text })).stdout).findings.map(
        (f: { rule: string }) => f.rule,
      );
    expect(rules(['--year', '2023'])).toContain('wording/dated');
    expect(rules(['--year', '2025'])).not.toContain('wording/dated');
    expect(runCli(['check', 'r.txt', '--year', '25'], files({ 'r.txt': text })).code).toBe(2);
  });

  it('exits 2 with a clear message on bad usage or unreadable input', () => {
    const cases: [string[], string][] = [
      [[], 'missing command'],
      [['check'], 'missing FILE'],
      [['check', 'a', 'b'], 'one file at a time'],
      [['check', 'r.txt', '--genre', 'nope'], 'unknown genre: nope'],
      [['check', 'r.txt', '--max-length', '-3'], 'positive integer'],
      [['check', 'r.txt', '--colour'], 'unknown option: --colour'],
      [['check', 'missing.txt'], 'cannot read missing.txt: ENOENT'],
      [['check', 'bin.txt'], 'not UTF-8, UTF-16, GB18030/GBK text: bin.txt'],
      [['check', 'gbk.txt', '--encoding', 'utf-8'], 'not UTF-8 text: gbk.txt'],
      [['check', 'gbk.txt', '--encoding', 'big5'], 'unknown encoding: big5'],
      [['lint'], 'unknown command: lint'],
    ];
    for (const [args, message] of cases) {
      const out = runCli(
        args,
        files({
          'r.txt': REPORT,
          'gbk.txt': new Uint8Array([0xca, 0xf6, 0xd6, 0xb0]),
          'bin.txt': new Uint8Array([0x01, 0x02, 0x00, 0x80, 0xff]),
        }),
      );
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toContain(message);
    }
  });
});

describe('tianbao templates', () => {
  it('lists every built-in genre with its sections', () => {
    const out = runCli(['templates'], files({}));
    expect(out.code).toBe(0);
    for (const id of [
      'shuzhi',
      'shuze-shulian',
      'dangjian-shuzhi',
      'kaohe-gwy',
      'kaohe-sydw',
      'gongzuo-zongjie',
      'duizhao',
      'diaoyan',
      'zhuanzheng',
    ])
      expect(out.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    expect(out.stdout).toContain('德 → 能 → 勤 → 绩 → 廉');
  });
});

describe('bin/tianbao.mjs', () => {
  const bin = fileURLToPath(new URL('../../bin/tianbao.mjs', import.meta.url));
  it('runs the command line from standard input and sets the exit code', () => {
    const run = spawnSync(process.execPath, [bin, 'check', '-', '--json'], { input: REPORT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).genre.id).toBe('shuzhi');
    expect(execFileSync(process.execPath, [bin, 'templates'], { encoding: 'utf8' })).toContain('述职报告');
  }, 20_000);
});
