/**
 * npm run bench: throughput of the platform's hot paths, each as a ratio to a bare
 * node:http JSON server measured in the same run on the same machine (wrk on loopback).
 * Prints a Markdown table; paste it into docs/PERFORMANCE.md with the date and machine.
 * Then the annual report at scale (bench/annual-report-scale.ts in its own process: ANNUAL_BENCH_N requests,
 * default 1,000,000; ANNUAL_BENCH_N=0 skips it), timed against a plain GROUP BY over the same rows.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createContainer } from '../src/container.js';
import { seedDemo } from '../src/seed/demo-seed.js';

const DURATION = process.env.BENCH_SECONDS ?? '8';
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? '50';

const run = promisify(execFile);

// wrk runs as a child process asynchronously: the servers under test live in this process's event loop.
async function wrk(url: string, headers: Record<string, string> = {}): Promise<number> {
  const args = ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}s`, ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
  const r = await run('wrk', args, { encoding: 'utf8' }).catch((e: Error) => {
    throw new Error(`需要 wrk（apt-get install wrk）：${e.message}`);
  });
  const m = /Requests\/sec:\s+([\d.]+)/.exec(r.stdout);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(r.stdout);
  if (!m) throw new Error(`wrk output not understood:\n${r.stdout}\n${r.stderr}`);
  if (non2xx) throw new Error(`${url}: ${non2xx[1]} non-2xx responses`);
  return Number(m[1]);
}

async function main() {
  const bare = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  const barePort = (bare.address() as { port: number }).port;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'));
  const config = loadConfig({ GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL, GONGKAI_REQUEST_SUBMITS_PER_HOUR: '1000000' });
  const c = await createContainer(config);
  const seeded = await seedDemo(c);
  const { app } = await buildApp(c, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const base = `http://127.0.0.1:${port}`;

  const login = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'gkb', password: seeded!.passwords.gkb } });
  const cookie = `gk_session=${login.cookies.find((k) => k.name === 'gk_session')!.value}`;

  const rows: [string, number][] = [];
  const baseline = await wrk(`http://127.0.0.1:${barePort}/`);
  rows.push(['bare node:http JSON (baseline)', baseline]);
  rows.push(['GET /healthz (DB round trip)', await wrk(`${base}/healthz`)]);
  rows.push(['GET /api/v1/public/orgs (28 orgs)', await wrk(`${base}/api/v1/public/orgs`)]);
  rows.push(['GET / portal home (SSR React)', await wrk(`${base}/`)]);
  rows.push(['GET /api/v1/session (cookie session lookup)', await wrk(`${base}/api/v1/session`, { cookie })]);
  rows.push(['GET /api/v1/users (office admin, page of 20)', await wrk(`${base}/api/v1/users`, { cookie })]);

  // 依申请公开: online applications, each a distinct applicant (valid ID check digit computed in Lua),
  // each acknowledged only after its durable commit (SQLite synchronous=FULL, PostgreSQL synchronous_commit=on).
  const before = await countRequests(c);
  const script = path.join(dataDir, 'submit.lua');
  fs.writeFileSync(script, SUBMIT_LUA);
  const submitted = await wrkScript(`${base}/api/v1/public/requests`, script);
  const stored = (await countRequests(c)) - before;
  rows.push([`POST /api/v1/public/requests (durable commit; ${stored} stored, ${submitted.non2xx} refused)`, submitted.rps]);

  const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(`\n${c.handle.engine}, ${os.cpus().length} cores, wrk -t1 -c${CONNECTIONS} -d${DURATION}s, node ${process.version}, RSS after run ${rss} MiB\n`);
  console.log('| path | req/s | ratio to baseline |\n|---|---|---|');
  for (const [name, rps] of rows) console.log(`| ${name} | ${Math.round(rps)} | ${(rps / baseline).toFixed(2)} |`);

  await app.close();
  await c.close();
  bare.close();
  fs.rmSync(dataDir, { recursive: true, force: true });

  if (process.env.ANNUAL_BENCH_N !== '0') {
    console.log('\n## 年度报告 at scale (bench/annual-report-scale.ts)');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'annual-report-scale.ts')], { stdio: 'inherit', env: process.env });
    const code = await new Promise<number>((r) => child.on('exit', (c) => r(c ?? 1)));
    if (code !== 0) throw new Error(`bench/annual-report-scale.ts exited with ${code}`);
  }
}

async function countRequests(c: Awaited<ReturnType<typeof createContainer>>): Promise<number> {
  const r = await c.db.selectFrom('info_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** wrk with a Lua script; returns the rate and how many answers were not 2xx (they must be 0). */
async function wrkScript(url: string, script: string): Promise<{ rps: number; non2xx: number }> {
  const r = await run('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}s`, '-s', script, url], { encoding: 'utf8' });
  const m = /Requests\/sec:\s+([\d.]+)/.exec(r.stdout);
  if (!m) throw new Error(`wrk output not understood:\n${r.stdout}`);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(r.stdout)?.[1] ?? 0);
  if (non2xx) throw new Error(`${url}: ${non2xx} non-2xx responses`);
  return { rps: Number(m[1]), non2xx };
}

/** A new applicant per request: 17 digits from a counter, the GB 11643 check character computed here. */
const SUBMIT_LUA = `
local weights = {7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2}
local checks = {"1","0","X","9","8","7","6","5","4","3","2"}
local n = 0
request = function()
  n = n + 1
  local day = string.format("%02d", (n % 28) + 1)
  local month = string.format("%02d", (math.floor(n / 28) % 12) + 1)
  local year = 1950 + (math.floor(n / 336) % 50)
  local seq = string.format("%03d", math.floor(n / 16800) % 1000)
  local first17 = "371702" .. year .. month .. day .. seq
  local sum = 0
  for i = 1, 17 do sum = sum + tonumber(first17:sub(i, i)) * weights[i] end
  local id = first17 .. checks[(sum % 11) + 1]
  local body = '{"to":"hz-czj","delivery":"electronic","description":"基准测试申请' .. n .. '：2025年度部门决算说明","applicant":{"type":"natural","name":"测试申请人","idType":"resident_id","idNumber":"' .. id .. '","phone":"13905300009"}}'
  return wrk.format("POST", nil, {["content-type"] = "application/json"}, body)
end
`;

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
