#!/usr/bin/env node
// Runs the test suite with node:test (CI reads its closing "# pass / # fail" lines).
//   npm test              unit + API tests on SQLite, then browser tests (Debian chromium)
//   npm run test:pg       unit + API tests on PostgreSQL (TEST_PG_URL=postgres://… of a user that may create databases)
//   npm run test:browser  browser tests only
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const pg = args.includes('--pg');
const browserOnly = args.includes('--browser');
const filters = args.filter((a) => !a.startsWith('--'));

function walk(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p, out); }
    else if (/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

const all = [...walk('src'), ...walk('test'), ...walk('migrations')].sort();
const browser = all.filter((f) => f.includes('.browser.test.'));
const rest = all.filter((f) => !f.includes('.browser.test.'));
const pick = (files) => (filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files);

function run(files, env) {
  if (files.length === 0) return 0;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'America/New_York', ...env },
  });
  return r.status ?? 1;
}

let status = 0;
if (!browserOnly) {
  if (pg && !process.env.TEST_PG_URL) {
    console.error('npm run test:pg 需要环境变量 TEST_PG_URL（例如 postgres://postgres:postgres@127.0.0.1:5432/postgres）');
    process.exit(2);
  }
  console.log(`\n== unit + API tests on ${pg ? 'PostgreSQL' : 'SQLite'} ==`);
  status ||= run(pick(rest), { DB: pg ? 'postgres' : 'sqlite' });
}
if (!pg && pick(browser).length) {
  console.log('\n== browser tests (Debian chromium) ==');
  const build = spawnSync('npm', ['run', '--silent', 'build:admin'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  status = run(pick(browser), { DB: 'sqlite' }) || status;
}
process.exit(status);
