/**
 * A Vite plugin for what we put in pages (the page script, entrypoints/page/, and the page-sends
 * script, entrypoints/page-sends.content/): WXT wraps each entrypoint's `main` in a module of its
 * own that also starts WXT's runtime plugins (we register none) and logs a crash through a
 * console logger that a production build never prints, about 0.3 kB in each page script. These
 * two start with their `main` alone: an error still reaches the page's console, thrown. The
 * budget of what we put in a page is 40 KiB in all (docs/fields.md, `page_script_kb`).
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
      const match = /^\0virtual:wxt-(unlisted-script|content-script-main-world)-entrypoint\?(.+)$/.exec(id);
      const path = match?.[2];
      if (!path || !/\/entrypoints\/(page\/index\.ts|page-sends\.content\/index\.ts)$/.test(path)) return null;
      const start = match[1] === 'unlisted-script' ? 'definition.main()' : '(async () => definition.main())()';
      return `import definition from ${JSON.stringify(path)};\nexport default ${start};\n`;
    },
  };
}
