import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Metric } from '../bench/metrics';

// `npm run bench`: runs every bench/*.bench.ts (each exports `default async () => Metric[]`),
// prints one table, and writes .bench/results.json as {"metric": {"value": n, "unit": "..."}}.
// Pass names to run only some: `npm run bench -- structure`.

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const only = process.argv.slice(2);
const files = readdirSync(join(ROOT, 'bench'))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((o) => name.startsWith(o)))
  .sort();

const metrics: Metric[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(join(ROOT, 'bench', file)).href)) as { default: () => Promise<Metric[]> };
  process.stderr.write(`running ${file}…\n`);
  metrics.push(...(await module.default()));
}

const rows = metrics.map((m) => [m.metric, String(m.value), m.unit, m.note ?? '']);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length), 6));
for (const row of [['metric', 'value', 'unit', 'note'], ...rows]) {
  console.log(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  '));
}

mkdirSync(join(ROOT, '.bench'), { recursive: true });
const results = Object.fromEntries(metrics.map((m) => [m.metric, { value: m.value, unit: m.unit }]));
writeFileSync(join(ROOT, '.bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten to .bench/results.json');
