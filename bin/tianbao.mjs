#!/usr/bin/env node
// `tianbao` command line: reads the file or standard input, runs lib/structure/cli.ts (through tsx,
// since the engine is TypeScript) and exits with its code. The Word commands (docx, check of .docx
// files) go through lib/word/cli.ts first, which hands everything else back.
import { readFileSync, writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../lib/structure/cli.ts');
const { runWordCli } = await import('../lib/word/cli.ts');
const io = {
  readFile: (path) => readFileSync(path),
  readStdin: () => readFileSync(0),
  writeFile: (path, bytes) => writeFileSync(path, bytes),
};
const args = process.argv.slice(2);
const result = (await runWordCli(args, io)) ?? runCli(args, io);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
