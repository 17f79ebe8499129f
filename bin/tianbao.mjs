#!/usr/bin/env node
// `tianbao` command line: reads the file or standard input, runs lib/structure/cli.ts (through tsx,
// since the engine is TypeScript) and exits with its code.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../lib/structure/cli.ts');
const result = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  readStdin: () => readFileSync(0),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
