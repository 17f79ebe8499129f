import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from './export';
import { GRID_LINES } from './layout';
import { readDocx } from './read';

// Renders with LibreOffice (Debian's libreoffice-writer-nogui) and reads the PDF back with poppler:
// what a printout shows, not what the XML claims. One soffice run converts both files (soffice starts
// slowly on this 2-CPU machine). Without soffice the tests are skipped with a warning, except in CI
// (CI=true), where that is a failure.

const found = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const tools = found('soffice') && found('pdftotext') && found('pdfinfo');
const inCi = process.env.CI === 'true';
const skipped = tools
  ? ''
  : ' — SKIPPED: soffice/pdftotext not found (apt-get install libreoffice-writer-nogui poppler-utils)';
if (!tools && !inCi) console.warn(`lib/word/render.test.ts${skipped}`);

const FIXTURE = fileURLToPath(new URL('../../tests/fixtures/word/wps-report.docx', import.meta.url));
// Body paragraphs short enough to take one line in any rendering, so lines are countable.
const LINES = Array.from({ length: 30 }, (_, i) => `第${i + 1}行正文，按规定格式排版。`);

let dir = '';
const pdf = (name: string) => join(dir, `${name}.pdf`);
const pageText = (name: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf(name), '-'], { encoding: 'utf8' });
const pages = (name: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' }))?.[1]);
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe(`LibreOffice renders the exported .docx${skipped}`, () => {
  it.runIf(inCi)('has soffice and poppler in CI', () => {
    expect(tools, 'CI must install libreoffice-writer-nogui and poppler-utils (.ci/run)').toBe(true);
  });

  beforeAll(async () => {
    if (!tools) return;
    dir = mkdtempSync(join(tmpdir(), 'tianbao-render-'));
    writeFileSync(join(dir, 'grid.docx'), await exportDocx(LINES.join('\n')));
    writeFileSync(join(dir, 'wps.docx'), readFileSync(FIXTURE));
    // A profile of its own: a soffice already running for someone else would otherwise take the job.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'grid.docx'),
        join(dir, 'wps.docx'),
      ],
      { stdio: 'ignore', timeout: 150_000 },
    );
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!tools)(`puts ${GRID_LINES} lines of body text on a page, A4, numbered — 1 — right and — 2 — left`, () => {
    expect(pages('grid')).toBe(Math.ceil(LINES.length / GRID_LINES));
    const info = execFileSync('pdfinfo', [pdf('grid')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const first = pageText('grid', 1)
      .split('\n')
      .filter((l) => l.trim());
    const body = first.filter((l) => !/—\s*\d+\s*—/.test(l));
    expect(body.map(squeeze)).toEqual(LINES.slice(0, GRID_LINES));
    // The page numbers: their position on the page, from poppler's word boxes.
    const bbox = execFileSync('pdftotext', ['-bbox', pdf('grid'), '-'], { encoding: 'utf8' });
    const numberX = bbox
      .split('<page')
      .slice(1)
      .map((page) => {
        // The footer's number: a word of digits below the text block (which ends 35 mm above the edge).
        const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>[—\s]*(\d+)[—\s]*<\/word>/g)];
        const footer = words.find((w) => Number(w[2]) > 842 - (35 * 72) / 25.4);
        return footer ? Number(footer[1]) : Number.NaN;
      });
    expect(numberX[0], 'page 1 number on the right').toBeGreaterThan(595 / 2);
    expect(numberX[1], 'page 2 number on the left').toBeLessThan(595 / 2);
    expect(squeeze(pageText('grid', 1))).toContain('—1—');
    expect(squeeze(pageText('grid', 2))).toContain('—2—');
  });

  it.skipIf(!tools)('draws a WPS user’s automatic numbering as our reader resolves it', () => {
    const rendered = squeeze(Array.from({ length: pages('wps') }, (_, i) => pageText('wps', i + 1)).join(''));
    let from = 0;
    for (const p of readDocx(readFileSync(FIXTURE))) {
      const marker = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+\.)/.exec(p.text)?.[0];
      if (!marker) continue;
      const at = rendered.indexOf(squeeze(p.text.slice(0, marker.length + 4)), from);
      expect(at, p.text).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });
});
