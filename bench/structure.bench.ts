import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkForm, MAX_ANALYSED_CHARS } from '../lib/analysis/form-check';
import { check } from '../lib/structure/check';
import { BUILTIN_WORDING, buildAutomaton } from '../lib/structure/dictionary';
import { intToCn } from '../lib/structure/text';
import { type Metric, median, round } from './metrics';

// Parse+check time of long reports built from the clean test texts, against one regex pass over the
// same text (the floor for any checker), measured side by side.

const DIR = fileURLToPath(new URL('../tests/fixtures/structure/', import.meta.url));

/** Body paragraphs of every clean text: lines that are prose, not headings or formulas. */
function paragraphs(): string[] {
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) =>
      readFileSync(DIR + name, 'utf8')
        .split('\n')
        .slice(2),
    )
    .filter((line) => line.length > 40 && line.endsWith('。') && !/^[一二三四五六七八九十（]/.test(line));
}

/** A 述职报告 of about `size` characters: numbered sections of about 6,000 characters, each with （一）…. */
export function buildReport(size: number): string {
  const pool = paragraphs();
  const titles = ['主要工作及成效', '存在的问题和不足', '下一步工作打算'];
  const count = Math.max(3, Math.ceil(size / 6_000));
  const sections = Array.from({ length: count }, (_, i) => titles[Math.floor((i * titles.length) / count)] ?? '');
  const perSection = Math.ceil(size / sections.length);
  let out = '县政府办公室主任述职报告\n一年来，在县委、县政府的领导下，我认真履行岗位职责，现将履职情况报告如下。\n';
  let p = 0;
  sections.forEach((title, i) => {
    out += `${intToCn(i + 1)}、${title}\n`;
    const end = out.length + perSection;
    for (let sub = 1; out.length < end && sub < 100; sub++) {
      const text = pool[p++ % pool.length] ?? '';
      out += `（${intToCn(sub)}）${text.split('，')[0]?.slice(0, 12)}\n${text}\n${pool[p++ % pool.length]}\n`;
    }
  });
  return `${out}以上述职，请予评议。\n`.slice(0, Math.max(size, 0));
}

const SCAN = /[，。、；：？！]/g;

function scan(text: string): number {
  let n = 0;
  SCAN.lastIndex = 0;
  while (SCAN.exec(text)) n++;
  return n;
}

function sideBySide(text: string, runs: number): { check: number; scan: number } {
  // Enough untimed rounds for the JIT to settle, so the median measures the engine, not the compiler.
  for (let i = 0; i < 30; i++) {
    check(text);
    scan(text);
  }
  const checks: number[] = [];
  const scans: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    check(text);
    checks.push(performance.now() - t);
    t = performance.now();
    scan(text);
    scans.push(performance.now() - t);
  }
  return { check: median(checks), scan: median(scans) };
}

function timeRuns(run: () => unknown, runs: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** The structure engine's figures for `npm run bench`. */
export default async function run(): Promise<Metric[]> {
  // First, before any check has compiled it: the dictionary's build as a panel pays it, cold.
  const coldStart = performance.now();
  buildAutomaton(BUILTIN_WORDING.map((e) => e.wrong));
  const cold = performance.now() - coldStart;
  const small = buildReport(20_000);
  const large = buildReport(100_000);
  const at20k = sideBySide(small, 61);
  const at100k = sideBySide(large, 21);
  // A million characters: the engine on all of it, and the panel's check, which analyses the first part.
  const million = buildReport(1_000_000);
  const whole = timeRuns(() => check(million), 5);
  const field = { id: 'f', kind: 'textarea' as const, editor: '', label: '述职报告', required: true, visible: true };
  const panel = timeRuns(() => checkForm({ frames: [{ frameId: 0, fields: [{ ...field, text: million }] }] }), 5);
  // What the panel pays once when it first checks: the dictionary's automaton built from its entries.
  const build = timeRuns(() => buildAutomaton(BUILTIN_WORDING.map((e) => e.wrong)), 15);
  return [
    {
      metric: 'wording_build_cold_ms',
      value: round(cold, 1),
      unit: 'ms',
      note: 'the first build of the automaton in this process (cold code), as the panel pays it once',
    },
    {
      metric: 'wording_build_ms',
      value: round(build, 2),
      unit: 'ms',
      note: `median build of the wording dictionary's automaton (${BUILTIN_WORDING.length} entries), paid once per panel`,
    },
    {
      metric: 'check_20k_ms',
      value: round(at20k.check, 3),
      unit: 'ms',
      note: `median parse+check of a ${small.length}-character 述职报告 built from the clean test texts`,
    },
    {
      metric: 'check_20k_vs_scan',
      value: round(at20k.check / at20k.scan, 1),
      unit: 'x',
      note: `check_20k_ms over the median of one regex pass (Chinese punctuation) on the same text: ${round(at20k.scan, 4)} ms`,
    },
    {
      metric: 'check_100k_ms',
      value: round(at100k.check, 3),
      unit: 'ms',
      note: `the same at ${large.length} characters (${round(at100k.check / at20k.check, 1)}× the 20k time for 5× the text)`,
    },
    {
      metric: 'check_1m_ms',
      value: round(whole, 1),
      unit: 'ms',
      note: `median parse+check of a ${million.length}-character 述职报告, all of it (no limit)`,
    },
    {
      metric: 'form_check_1m_ms',
      value: round(panel, 1),
      unit: 'ms',
      note: `the panel's checkForm of a field holding it: the first ${MAX_ANALYSED_CHARS} characters analysed, the length counted whole`,
    },
  ];
}
