import { type MinifyOptions, minify } from 'terser';

// What we put in pages, as the build names them (the budget, docs/fields.md).
const PAGE_SCRIPTS = new Set(['page.js', 'page-sends.js']);

/**
 * A Vite plugin for what we put in pages (the page script, entrypoints/page/, and the page-sends
 * script, entrypoints/page-sends/): WXT wraps each unlisted script's `main` in a module of its own
 * that also starts WXT's runtime plugins (we register none) and logs a crash through a console
 * logger that a production build never prints, about 0.3 kB in each. These two start with their
 * `main` alone: an error still reaches the page's console, thrown. The budget of what we put in a
 * page is 40 KiB in all (docs/fields.md, `page_script_kb`).
 */
export function barePageEntries(): {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): string | null;
} {
  return {
    name: 'tianbao:bare-page-entries',
    enforce: 'pre',
    transform(_code, id) {
      const path = /^\0virtual:wxt-unlisted-script-entrypoint\?(.+)$/.exec(id)?.[1];
      if (!path || !/\/entrypoints\/(page|page-sends)\/index\.ts$/.test(path)) return null;
      return `import definition from ${JSON.stringify(path)};\nexport default definition.main();\n`;
    },
  };
}

/** The parts of Rollup's output bundle this plugin reads and writes. */
type OutputBundle = Record<string, { type: string; fileName: string; code?: string; map?: unknown }>;

/**
 * A Vite plugin that minifies the page scripts once more with terser, after the bundler's own
 * minifier (Oxc): three compress passes find about 1–2% more (0.5 kB of page.js) than Oxc's one,
 * measured on page.js in December 2026. Only these two files, which every guarded page loads:
 * the rest of the extension keeps the faster build. Not in a build with source maps (`npm run
 * page-bytes`, TIANBAO_SOURCEMAP=1): terser's map over Oxc's loses the sources, and the bytes by
 * source file are what that build is for; its totals are Oxc's, slightly above what ships.
 */
export function smallerPageScripts(): {
  name: string;
  generateBundle(options: unknown, bundle: OutputBundle): Promise<void>;
} {
  return {
    name: 'tianbao:smaller-page-scripts',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !PAGE_SCRIPTS.has(chunk.fileName) || chunk.code === undefined || chunk.map)
          continue;
        const options: MinifyOptions = { ecma: 2020, compress: { passes: 3 }, mangle: true };
        const out = await minify(chunk.code, options);
        if (out.code !== undefined) chunk.code = out.code;
      }
    },
  };
}
