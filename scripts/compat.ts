/**
 * The compatibility lint (part of `npm run check`): every web API, JavaScript built-in and
 * extension API the shipped code uses, and every manifest key it ships, looked up in MDN's
 * browser-compat data and compared with the oldest browsers we support (package.json's browserslist,
 * read by scripts/targets.ts). TypeScript's checker says what each name is (which interface declares
 * `replaceChildren`, that `browser.storage.session` is an extension API), so no list of names is kept
 * here. A use guarded by a fallback is marked on its line, or the line above, with
 * `compat-ok: <why>`.
 *
 * Usage: tsx scripts/compat.ts  (exit 1 on any use the targets lack)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import ts from 'typescript';
import { TARGETS, type TargetBrowser } from './targets';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

interface Statement {
  version_added?: string | boolean | null;
  version_removed?: string | boolean | null;
  flags?: unknown;
  prefix?: string;
  alternative_name?: string;
  partial_implementation?: boolean;
}
interface Node {
  __compat?: { support: Partial<Record<string, Statement | Statement[]>> };
  [key: string]: unknown;
}

/** The lowest version of `browser` that supports `node` unflagged and unprefixed; null when none does. */
export function supportedSince(node: Node, browser: TargetBrowser): number | null {
  const raw = node.__compat?.support[browser];
  const statements = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  let best: number | null = null;
  for (const s of statements) {
    if (s.flags || s.prefix || s.alternative_name || s.version_removed) continue;
    if (typeof s.version_added !== 'string') continue;
    const version = Number.parseFloat(s.version_added.replace('≤', ''));
    if (!Number.isNaN(version) && (best === null || version < best)) best = version;
  }
  return best;
}

/** The browser-compat entry at `path` (e.g. ['api', 'Element', 'replaceChildren']), if there is one. */
function entry(path: string[]): Node | undefined {
  let node: unknown = bcd;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return (node as Node | undefined)?.__compat ? (node as Node) : undefined;
}

/** A use that some target lacks. */
export interface Finding {
  where: string;
  feature: string;
  lacking: string[];
}

function lacking(node: Node, browsers: TargetBrowser[]): string[] {
  return browsers.flatMap((b) => {
    const since = supportedSince(node, b);
    if (since === null) return [`${b} (none)`];
    return since > Number(TARGETS[b]) ? [`${b} ${since} (target ${TARGETS[b]})`] : [];
  });
}

const ALL: TargetBrowser[] = ['chrome', 'edge', 'firefox'];

/** The shipped code: every source file the entrypoints reach, never tests or Node scripts. */
function entrypointFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
    }
  };
  walk(join(ROOT, 'entrypoints'));
  return out;
}

/** The BCD key of a declaring interface: `ArrayConstructor` is `Array`'s static side. */
const interfaceKey = (name: string) => name.replace(/Constructor$/, '');

/** Web and JavaScript uses in `file`: members and globals declared in TypeScript's lib files. */
function webFindings(
  checker: ts.TypeChecker,
  file: ts.SourceFile,
  report: (n: ts.Node, f: string, l: string[]) => void,
) {
  const visit = (node: ts.Node) => {
    const name = ts.isPropertyAccessExpression(node) ? node.name : ts.isIdentifier(node) ? node : undefined;
    if (name && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
      const symbol = checker.getSymbolAtLocation(name);
      const declaration = symbol?.declarations?.[0];
      const libFile = declaration?.getSourceFile().fileName ?? '';
      const lib = /typescript\/lib\/lib\.(.+)\.d\.ts$/.exec(libFile)?.[1];
      if (declaration && lib) {
        const isWeb = /^(dom|webworker)/.test(lib);
        const root = isWeb ? ['api'] : ['javascript', 'builtins'];
        const owner = declaration.parent;
        const member = name.text;
        let node: Node | undefined;
        if (ts.isInterfaceDeclaration(owner) && ts.isPropertyAccessExpression(name.parent)) {
          // The declaring interface, else the receiver's type and its bases (mixins such as
          // ParentNode are filed under Element and Document).
          const candidates = [interfaceKey(owner.name.text)];
          const receiver = checker.getTypeAtLocation(name.parent.expression);
          const queue: ts.Type[] = [receiver];
          while (queue.length > 0 && candidates.length < 20) {
            const type = queue.shift() as ts.Type;
            const typeName = type.getSymbol()?.getName();
            if (typeName) candidates.push(interfaceKey(typeName));
            if (type.isClassOrInterface()) queue.push(...(checker.getBaseTypes(type) ?? []));
          }
          for (const c of candidates) {
            node = entry([...root, c, member]) ?? entry(['api', c, member]);
            if (node) break;
          }
          if (node) {
            const missing = lacking(node, ALL);
            if (missing.length > 0) report(name, `${candidates[0]}.${member}`, missing);
          }
        } else if (
          ts.isSourceFile(owner) ||
          ts.isVariableDeclarationList(owner) ||
          ts.isFunctionDeclaration(declaration)
        ) {
          // A global: `structuredClone`, `new ResizeObserver`, `Array`.
          node = entry([...root, member]);
          if (node) {
            const missing = lacking(node, ALL);
            if (missing.length > 0) report(name, member, missing);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** Extension API uses in `file`: chains from WXT's `browser` (`browser.storage.session.get`). */
function extensionFindings(file: ts.SourceFile, report: (n: ts.Node, f: string, l: string[]) => void) {
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) && !ts.isPropertyAccessExpression(node.parent)) {
      const chain: string[] = [];
      let expression: ts.Expression = node;
      while (ts.isPropertyAccessExpression(expression)) {
        chain.unshift(expression.name.text);
        expression = expression.expression;
      }
      if (ts.isIdentifier(expression) && expression.text === 'browser') {
        // Each step that browser-compat data knows: `storage`, `storage.session`, …
        for (let i = 1; i <= chain.length; i++) {
          const node = entry(['webextensions', 'api', ...chain.slice(0, i)]);
          if (!node) break;
          const missing = lacking(node, ALL);
          if (missing.length > 0) report(expression, `browser.${chain.slice(0, i).join('.')}`, missing);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** Manifest keys of the built packages, each checked against the browsers it is built for. */
function manifestFindings(): Finding[] {
  const findings: Finding[] = [];
  const builds: [string, TargetBrowser[]][] = [
    ['.output/chrome-mv3/manifest.json', ['chrome', 'edge']],
    ['.output/firefox-mv3/manifest.json', ['firefox']],
  ];
  for (const [path, browsers] of builds) {
    let manifest: Record<string, unknown>;
    try {
      manifest = JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
    } catch {
      continue; // Not built yet: `npm test` builds before the e2e tests; run the lint again after a build.
    }
    for (const [key, value] of Object.entries(manifest)) {
      const paths = [
        [key],
        ...Object.keys(typeof value === 'object' && value && !Array.isArray(value) ? value : {}).map((k) => [key, k]),
      ];
      for (const p of paths) {
        const node = entry(['webextensions', 'manifest', ...p]);
        const missing = node ? lacking(node, browsers) : [];
        if (missing.length > 0) findings.push({ where: path, feature: `manifest ${p.join('.')}`, lacking: missing });
      }
    }
  }
  return findings;
}

/**
 * Runs the lint over the code `roots` reach (the entrypoints: the shipped code) and the built
 * manifests; the findings not marked compat-ok.
 */
export function lint(roots = entrypointFiles(), { manifests = true } = {}): Finding[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram(roots, config.options);
  const checker = program.getTypeChecker();
  const findings: Finding[] = [];
  for (const file of program.getSourceFiles()) {
    const path = relative(ROOT, file.fileName);
    if (path.startsWith('..') || path.includes('node_modules') || /\.test\.tsx?$/.test(path)) continue;
    const lines = file.text.split('\n');
    const report = (node: ts.Node, feature: string, missing: string[]) => {
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      if (/compat-ok:/.test(lines[line] ?? '') || /compat-ok:/.test(lines[line - 1] ?? '')) return;
      findings.push({ where: `${path}:${line + 1}`, feature, lacking: missing });
    };
    webFindings(checker, file, report);
    extensionFindings(file, report);
  }
  return manifests ? [...findings, ...manifestFindings()] : findings;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const findings = lint();
  const targets = ALL.map((b) => `${b} ${TARGETS[b]}`).join(', ');
  const seen = new Set<string>();
  for (const f of findings) {
    const line = `${f.where}: ${f.feature} needs ${f.lacking.join('; ')}`;
    if (!seen.has(line)) console.error(line);
    seen.add(line);
  }
  console.log(`compat: ${findings.length === 0 ? 'no' : findings.length} uses beyond the targets (${targets})`);
  process.exit(findings.length === 0 ? 0 : 1);
}
