import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The test and demo pages: sources, and where `buildSite` writes them. */
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SOURCE = join(ROOT, 'tests/fixtures/site');
export const SITE_DIR = join(ROOT, 'tests/.site');

/** Page names under tests/fixtures/site, built as separate HTML entries. */
export const PAGES = [
  'demo-form',
  'sections-form',
  'ten-fields',
  'react-textarea',
  'hostile-css',
  'framed-form',
  'inner-form',
  'tinymce',
  'ckeditor5',
  'quill',
  'wangeditor',
  'vue-element',
  'late-tinymce',
  'cross-origin-form',
  'frameset',
  'menu',
  'fields-2000',
  'unreachable-form',
  'hostile-globals',
  'hostile-csp',
  'hostile-messages',
  'hostile-reader',
  'hostile-mutations',
  'hostile-frame',
  'notes-form',
  'session-expired',
  'drafts-form',
  'kindeditor',
  'kindeditor-csp',
  'ckeditor4',
  'ueditor',
  'ueditor-plus',
  'designmode-frame',
  'wrong-field',
  'legacy-frameset',
  'gbk-form',
  'attack-focus',
  'attack-focus-frame',
  'attack-restore',
  'attack-restore-frame',
  'attack-submit',
  'attack-secrets',
  'fields-10000',
  'fields-10000-frame',
  'attack-popover',
  'guard-frameset',
  'guard-toolbar',
  'guard-report',
  'attack-sent',
] as const;
export type PageName = (typeof PAGES)[number];

/** Bundles the fixture pages with the real frameworks from node_modules into tests/.site. */
export async function buildSite(): Promise<void> {
  await build({
    root: SOURCE,
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: SITE_DIR,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { input: Object.fromEntries(PAGES.map((page) => [page, join(SOURCE, `${page}.html`)])) },
    },
  });
  // The old editors are not modules: they load their own plugins, skins and languages from their
  // folder at run time, so their packages are served as published, under vendor/.
  for (const [from, to] of VENDOR) {
    const source = join(ROOT, 'node_modules', from);
    await cp(source, join(SITE_DIR, 'vendor', to), {
      recursive: true,
      // Their server-side parts, samples and tests are never loaded by a page.
      filter: (path) =>
        !/[/\\](samples|test|docs|php|jsp|asp|asp\.net|nodejs|node_modules)([/\\]|$)/.test(path.slice(source.length)),
    });
  }
  for (const [from, to] of VENDORED) await cp(join(ROOT, from), join(SITE_DIR, 'vendor', to), { recursive: true });
  // A page in GBK, as old systems serve them (the server names the charset for gbk-* pages): its
  // text as character references, so that its bytes are ASCII, which GBK shares.
  const gbk = await readFile(join(SITE_DIR, 'gbk-form.html'), 'utf8');
  await writeFile(
    join(SITE_DIR, 'gbk-form.html'),
    gbk.replace(/[\u0080-\u{10ffff}]/gu, (c) => `&#${c.codePointAt(0)};`),
  );
}

/** Editor packages served as published: npm folder, and its folder under vendor/. */
const VENDOR: [string, string][] = [
  ['kindeditor', 'kindeditor'],
  ['ckeditor4', 'ckeditor4'],
  // npm `ueditor` ships Baidu's UEditor 1.4.3 build inside its example.
  ['ueditor/example/public/ueditor', 'ueditor'],
];

/**
 * Editors not on npm, kept as released under tests/vendor/<name>/<version>/ (each with its licence
 * and a README naming its source): folder, and its folder under vendor/. Test pages only.
 */
const VENDORED: [string, string][] = [
  // UEditor Plus (modstart-lib/ueditor-plus, Apache-2.0): no npm package; its dist-min at tag v4.4.0.
  ['tests/vendor/ueditor-plus/4.4.0', 'ueditor-plus'],
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** How long the test server takes to answer a POST to /slow-post. */
export const SLOW_POST_MS = 4_000;

/** A running static server for tests/.site, on 127.0.0.1 only. */
export interface Site {
  origin: string;
  url(page: PageName): string;
  close(): Promise<void>;
}

/** Serves tests/.site on 127.0.0.1 (`port` 0 picks a free one). */
export async function serveSite(port = 0): Promise<Site> {
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path === '/slow-post') {
      // A slow server's answer to a submission (attack-sent.html): the page's request is still
      // under way, with no entry in the resource timeline, while the check before 提交 decides.
      request.resume();
      setTimeout(
        () => response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('ok'),
        SLOW_POST_MS,
      );
      return;
    }
    const file = join(SITE_DIR, path === '/' ? 'demo-form.html' : path);
    if (!file.startsWith(SITE_DIR)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gbk = /[/\\]gbk-[^/\\]*\.html$/.test(file);
      response.writeHead(200, { 'content-type': gbk ? 'text/html; charset=gbk' : type }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ready);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}/${page}.html`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
