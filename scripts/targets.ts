import { readFileSync } from 'node:fs';

/** A browser the extension supports, as browser-compat data names it. */
export type TargetBrowser = 'chrome' | 'edge' | 'firefox';

/**
 * The oldest browsers the extension supports, stated once as the browserslist in package.json
 * ("chrome >= 109", …); the manifest (`minimum_chrome_version`, Firefox's `strict_min_version`), the
 * bundler's syntax target and the compatibility lint (`scripts/compat.ts`) all read it from here.
 * Chrome 109 is the last Chrome on Windows 7/8.1; Firefox 140 is the oldest Firefox ESR we support and
 * the first to read `data_collection_permissions`.
 */
export const TARGETS: Record<TargetBrowser, string> = readTargets();

function readTargets(): Record<TargetBrowser, string> {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    browserslist?: string[];
  };
  const found: Partial<Record<TargetBrowser, string>> = {};
  for (const query of pkg.browserslist ?? []) {
    const match = /^(chrome|edge|firefox) >= (\d+)$/.exec(query.trim());
    if (!match) throw new Error(`package.json browserslist: "${query}" is not of the form "chrome >= 109"`);
    found[match[1] as TargetBrowser] = match[2];
  }
  const { chrome, edge, firefox } = found;
  if (!chrome || !edge || !firefox) throw new Error('package.json browserslist must name chrome, edge and firefox');
  return { chrome, edge, firefox };
}
