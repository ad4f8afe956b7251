#!/usr/bin/env node
// npm start: build what is missing or stale, then run the compiled server
// (migrates, seeds demo data into an empty database, listens on PORT).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newest(dir) {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? (e.name === 'node_modules' || e.name === 'dist' ? 0 : newest(p)) : fs.statSync(p).mtimeMs);
  }
  return t;
}
const mtime = (f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0);

function step(script, stale) {
  if (!stale) return;
  console.log(`> npm run ${script}`);
  const r = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

step('build:server', mtime('dist/src/server.js') < Math.max(newest('src'), newest('migrations')));
step('build:admin', mtime('web/admin/dist/index.html') < newest('web/admin'));

// A bounded old space: V8 otherwise lets the heap grow with traffic before collecting it (RSS 417 MiB
// after a burst of uncached pages at 1,000,000 documents, 328 MiB with 256 MiB here, same throughput;
// docs/PERFORMANCE.md). GONGKAI_HEAP_MB raises it for very large imports or reports.
const heap = Number(process.env.GONGKAI_HEAP_MB) || 256;
const r = spawnSync(process.execPath, [`--max-old-space-size=${heap}`, 'dist/src/server.js'], { stdio: 'inherit' });
process.exit(r.status ?? 0);
