import type { Plugin } from 'vite';

/**
 * A Vite plugin: in each HTML page named in `pages`, preloads the chunks of the modules its entry
 * imports dynamically as soon as it runs (each module's chunk, the chunks it imports and its
 * stylesheets), as a static import would be. The entry can then start work (reads, the database)
 * before those modules are evaluated, while they are fetched and compiled from the page's parse on
 * rather than from the entry's run on. `pages`: the page (its path in the bundle, as Vite names it:
 * the source path) → the modules (suffixes of their ids).
 */
export function preloadStarted(pages: Record<string, string[]>): Plugin {
  return {
    name: 'tianbao:preload-started',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      for (const [page, modules] of Object.entries(pages)) {
        const html = bundle[page];
        if (html?.type !== 'asset') continue;
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (chunk: (typeof chunks)[number]) => {
          if (scripts.has(chunk.fileName)) return;
          scripts.add(chunk.fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const file of chunk.imports) {
            const imported = byFile.get(file);
            if (imported) visit(imported);
          }
        };
        for (const module of modules) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
          if (!chunk) this.error(`${page}: no chunk for ${module}`);
          visit(chunk);
        }
        let source = String(html.source);
        const absent = (file: string) => !source.includes(`"/${file}"`);
        const links = [
          ...[...scripts].filter(absent).map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
          ...[...styles].filter(absent).map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
        ];
        source = source.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
        html.source = source;
      }
    },
  };
}
