/**
 * npm run bench: throughput of the platform's hot paths, each as a ratio to a bare
 * node:http JSON server measured in the same run on the same machine (wrk on loopback).
 * Prints a Markdown table; paste it into docs/PERFORMANCE.md with the date and machine.
 */
import { execFile } from 'node:child_process';
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
  const config = loadConfig({ GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL });
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

  const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(`\n${c.handle.engine}, ${os.cpus().length} cores, wrk -t1 -c${CONNECTIONS} -d${DURATION}s, node ${process.version}, RSS after run ${rss} MiB\n`);
  console.log('| path | req/s | ratio to baseline |\n|---|---|---|');
  for (const [name, rps] of rows) console.log(`| ${name} | ${Math.round(rps)} | ${(rps / baseline).toFixed(2)} |`);

  await app.close();
  await c.close();
  bare.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
