import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './browser';

// `npx tsx scripts/ui-compare.ts BEFORE AFTER`: compares two folders written by
// tests/e2e/ui-snapshot.spec.ts (UI_SNAPSHOT_DIR), each PNG pixel by pixel and each element's
// computed style property by property, and prints every difference. Exit code 1 when any.

const [before, after] = process.argv.slice(2);
if (!before || !after) throw new Error('usage: tsx scripts/ui-compare.ts BEFORE AFTER');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

type Styles = Record<string, Record<string, string>>;

/**
 * The styles of `<html>` and of `<body>` and everything in it, each keyed by its position from
 * `<body>`: the `<head>` holds the stylesheet links, which differ by design when CSS moves between files.
 */
function fromBody(all: Styles): Styles {
  const keys = Object.keys(all);
  const body = Number(keys.find((k) => / body$/.test(k))?.split(' ')[0] ?? 0);
  const out: Styles = {};
  for (const key of keys) {
    const [index, ...rest] = key.split(' ');
    const i = Number(index);
    if (i === 0) out[key] = all[key] ?? {};
    else if (i >= body) out[[i - body, ...rest].join(' ')] = all[key] ?? {};
  }
  return out;
}

const names = files(before).map((f) => relative(before, f));
const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
// tsx names the functions it compiles (`__name(...)`): give the page that helper.
await page.evaluate('globalThis.__name = (f) => f');
let differences = 0;
for (const name of names.sort()) {
  const a = readFileSync(join(before, name));
  let b: Buffer;
  try {
    b = readFileSync(join(after, name));
  } catch {
    console.log(`${name}: missing after`);
    differences++;
    continue;
  }
  if (name.endsWith('.json')) {
    const x = fromBody(JSON.parse(a.toString()));
    const y = fromBody(JSON.parse(b.toString()));
    const lines: string[] = [];
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
      const p = x[key];
      const q = y[key];
      if (!p || !q) {
        lines.push(`  ${key}: only ${p ? 'before' : 'after'}`);
        continue;
      }
      for (const prop of new Set([...Object.keys(p), ...Object.keys(q)]))
        if (p[prop] !== q[prop]) lines.push(`  ${key} ${prop}: ${p[prop]} → ${q[prop]}`);
    }
    console.log(`${name}: ${Object.keys(x).length} elements, ${lines.length} style differences`);
    for (const line of lines.slice(0, 40)) console.log(line);
    differences += lines.length;
  } else if (name.endsWith('.png')) {
    const diff = await page.evaluate(
      async ([p, q]) => {
        const load = async (b64: string) => {
          const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d');
          if (!ctx) throw new Error('no 2d context');
          ctx.drawImage(img, 0, 0);
          return { w: img.width, h: img.height, data: ctx.getImageData(0, 0, img.width, img.height).data };
        };
        const [i, j] = [await load(p as string), await load(q as string)];
        if (i.w !== j.w || i.h !== j.h) return { size: `${i.w}×${i.h} → ${j.w}×${j.h}`, pixels: -1 };
        let pixels = 0;
        const box = { x0: i.w, y0: i.h, x1: -1, y1: -1 };
        for (let k = 0; k < i.data.length; k += 4)
          if (
            i.data[k] !== j.data[k] ||
            i.data[k + 1] !== j.data[k + 1] ||
            i.data[k + 2] !== j.data[k + 2] ||
            i.data[k + 3] !== j.data[k + 3]
          ) {
            pixels++;
            const [x, y] = [(k / 4) % i.w, Math.floor(k / 4 / i.w)];
            Object.assign(box, {
              x0: Math.min(box.x0, x),
              y0: Math.min(box.y0, y),
              x1: Math.max(box.x1, x),
              y1: Math.max(box.y1, y),
            });
          }
        const where = pixels ? ` in x ${box.x0}–${box.x1}, y ${box.y0}–${box.y1}` : '';
        return { size: `${i.w}×${i.h}${where}`, pixels };
      },
      [a.toString('base64'), b.toString('base64')],
    );
    console.log(`${name}: ${diff.size}, ${diff.pixels === -1 ? 'sizes differ' : `${diff.pixels} pixels differ`}`);
    if (diff.pixels !== 0) differences++;
  }
}
await browser.close();
console.log(differences ? `${differences} differences` : 'identical');
process.exitCode = differences ? 1 : 0;
