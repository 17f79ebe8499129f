import { evaluate } from '../tests/fixtures/eval/run';

// npm run eval: precision and recall of the check per category over the corpus of correct texts
// and their single-defect variants, and every finding on a correct text (false alarms).

const result = evaluate();
const pct = (n: number, d: number) => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
console.log('category      variants  found  recall  false findings  precision');
let variants = 0;
for (const r of result.rows) {
  variants += r.variants;
  console.log(
    `${r.category.padEnd(13)} ${String(r.variants).padStart(8)} ${String(r.found).padStart(6)}  ${pct(r.found, r.variants)} ${String(r.falseFindings).padStart(15)}  ${pct(r.found, r.found + r.falseFindings)}`,
  );
}
const by = (mode: string, severity: string) =>
  result.falseOnCorrect.filter((f) => f.mode === mode && f.finding.severity === severity).length;
console.log(`\n${variants} single-defect variants of ${result.correctTexts} correct texts`);
for (const mode of ['genre', 'label'] as const)
  console.log(
    `correct texts, ${mode === 'genre' ? 'genre set by the site ' : 'genre from the label  '}: false errors ${by(mode, 'error')}, false warnings ${by(mode, 'warning')}, false infos ${by(mode, 'info')}`,
  );
for (const f of result.falseOnCorrect)
  console.log(`  ${f.file} (${f.mode}) ${f.finding.severity} ${f.finding.rule} “${f.text}” ${f.finding.message.zh}`);
if (process.argv.includes('--missed'))
  for (const m of result.missed) console.log(`  missed ${m.file} ${m.defect.category}: ${m.defect.name}`);
