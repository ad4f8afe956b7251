#!/usr/bin/env node
// Runs the compiled CLI (npm start or npm run build:server compiles it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const compiled = fileURLToPath(new URL('../dist/src/cli.js', import.meta.url));
if (!existsSync(compiled)) {
  console.error('尚未编译：请先运行 npm run build:server（或使用 npm run gongkai -- <命令>）');
  process.exit(2);
}
const { runCli } = await import(compiled);
process.exit(await runCli(process.argv.slice(2)));
