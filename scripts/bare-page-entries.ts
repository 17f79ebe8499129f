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
