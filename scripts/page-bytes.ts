import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run page-bytes`: which source files the bytes of the shipped page script (page.js, and the
 * page-sends script) come from, largest first, read from the build's source maps (the build it runs
 * writes them: TIANBAO_SOURCEMAP=1). For the page budget (#16, `page_script_kb` in `npm run bench`):
 * what is worth moving out of the page. (These are Oxc's bytes: what ships is minified once more
 * with terser, about 1% less, which a source-mapped build leaves out: scripts/page-script-plugins.ts.)
 */
const OUT = join(resolve(fileURLToPath(new URL('..', import.meta.url))), '.output/chrome-mv3');
const FILES = ['page.js', 'page-sends.js'];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The bytes of `file` by source, from its source map (generated columns up to the next mapping). */
function bytesBySource(file: string): Map<string, number> {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const sizes = new Map<string, number>();
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((mapped, index) => {
    const line = lines[index] ?? '';
    let column = 0;
    const segments: [number, number][] = [];
    for (const segment of mapped.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0] ?? 0;
      if (values.length > 1) source += values[1] ?? 0;
      segments.push([column, values.length > 1 ? source : -1]);
    }
    segments.forEach(([start, from], i) => {
      const end = segments[i + 1]?.[0] ?? line.length;
      const name = from >= 0 ? (map.sources[from] ?? '?').replace(/^(\.\.\/)+/, '') : '(unmapped)';
      sizes.set(name, (sizes.get(name) ?? 0) + Buffer.byteLength(line.slice(start, end)));
    });
  });
  return sizes;
}

for (const name of FILES) {
  const file = join(OUT, name);
  if (!existsSync(`${file}.map`)) throw new Error(`${file}.map is missing: build with TIANBAO_SOURCEMAP=1`);
  const sizes = [...bytesBySource(file)].sort((a, b) => b[1] - a[1]);
  console.log(`${name}: ${readFileSync(file).length} bytes`);
  for (const [source, bytes] of sizes) console.log(`${String(bytes).padStart(8)}  ${source}`);
}
