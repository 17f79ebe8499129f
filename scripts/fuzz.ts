import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run fuzz`: every test file that runs properties through tests/support/fuzz.ts, with FUZZ_RUNS cases per
// property (12,000 unless set; `FUZZ_RUNS=50000 npm run fuzz` for a longer run). Prints the cases each
// property ran and the total, and fails when a property fails or the total is under 100,000.

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MINIMUM = 100_000;

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : testFiles(path);
    return name.endsWith('.test.ts') && /\brunFuzz(Async)?\(/.test(readFileSync(path, 'utf8')) ? [path] : [];
  });
}

const files = ['lib', 'components', 'entrypoints'].flatMap((dir) => testFiles(join(ROOT, dir)));
const counts = join(mkdtempSync(join(tmpdir(), 'tianbao-fuzz-')), 'counts.jsonl');
const run = spawnSync('npx', ['vitest', 'run', ...files.map((f) => relative(ROOT, f))], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '12000', FUZZ_COUNTS: counts },
});

let lines: { name: string; runs: number }[] = [];
try {
  lines = readFileSync(counts, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
} catch {
  // No property finished.
}
const total = lines.reduce((sum, { runs }) => sum + runs, 0);
console.log('\ncases  property');
for (const { name, runs } of lines) console.log(`${String(runs).padStart(6)}  ${name}`);
console.log(
  `${String(total).padStart(6)}  in total, ${lines.length} properties, every one passed: ${run.status === 0}`,
);
if (run.status !== 0) process.exit(run.status ?? 1);
if (total < MINIMUM) {
  console.error(`fewer than ${MINIMUM} cases ran`);
  process.exit(1);
}
