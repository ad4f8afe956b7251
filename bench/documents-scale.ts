/**
 * 主动公开 at scale, through the full publications path (issue #3 benchmark):
 *   1. N documents (sentences of the fixture work plans recombined, 0.5–3 K characters, random
 *      organisations, topics, genres and dates) imported with `importLines` — the same code as
 *      `gongkai import documents` (sanitise, privacy scan, 索引号, audit, search index);
 *   2. search latency p50/p95 through the public service (exact-number lookup, row fetch, facets)
 *      for 1-, 2- and 3-term queries with a filter;
 *   3. document-page throughput with wrk on loopback as a ratio to a bare node:http hello-world
 *      measured in the same run, and the process RSS after it.
 *
 *   node --import tsx bench/documents-scale.ts                 # SQLite, DOC_BENCH_N=100000
 *   DOC_BENCH_N=1000000 node --import tsx bench/documents-scale.ts
 *   DATABASE_URL=postgres://…/empty_db node --import tsx bench/documents-scale.ts
 *
 * DOC_BENCH_DIR=/path keeps the data (and, on SQLite, the database) there: a later run with the same
 * directory (and DATABASE_URL) imports only the documents still missing and measures again — a 1M
 * import takes most of an hour. The server under wrk runs as its own process (the compiled
 * `dist/src/server.js`, built first), so its RSS is the server's alone.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../src/config/config.js';
import { createContainer } from '../src/container.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { seedDemo } from '../src/seed/demo-seed.js';
import { seededRandom } from './support/random.js';

const N = Number(process.env.DOC_BENCH_N ?? 100_000);
const RUNS = Number(process.env.DOC_BENCH_RUNS ?? 40);
const DURATION = process.env.BENCH_SECONDS ?? '8';
const run = promisify(execFile);

const { rand, pick } = seededRandom(7);

const sentences = fs.readdirSync('test/fixtures/plans').filter((f) => f.endsWith('.txt'))
  .flatMap((f) => fs.readFileSync(path.join('test/fixtures/plans', f), 'utf8').split(/(?<=[。；])|\n/))
  .map((s) => s.trim()).filter((s) => s.length >= 8 && s.length < 400);
const TOPICS = ['综合政务/政务公开', '财政、金融、审计/财政', '城乡建设、环境保护/城乡建设（含住房）', '科技、教育/教育', '卫生、体育/卫生', '农业、林业、水利/农业', '劳动、人事、监察/社会保障'];
const GENRES = ['通知', '意见', '办法', '方案', '报告', '公告', '决定', '批复'];
const AGENCIES = ['菏政发', '菏政办发', '菏政办字', '菏财字', '菏教发'];

function line(i: number, orgs: string[]): string {
  const body: string[] = [];
  const target = 500 + Math.floor(rand() * 2500);
  let len = 0;
  while (len < target) {
    const s = pick(sentences);
    body.push(s);
    len += s.length;
  }
  // 2019-01 … 2026-10: every date before the (real) clock, so no line is refused as scheduled.
  const year = 2019 + Math.floor(rand() * 8);
  const month = 1 + Math.floor(rand() * (year === 2026 ? 10 : 12));
  const day = 1 + Math.floor(rand() * 27);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const head = pick(sentences).replace(/[，。；：、（）()]/g, '').slice(0, 24);
  return JSON.stringify({
    title: `关于${head}的${pick(GENRES)}（${i}）`,
    docNumber: rand() < 0.6 ? `${pick(AGENCIES)}〔${year}〕${1 + (i % 300)}号` : undefined,
    org: pick(orgs), writtenAt: date, publishedAt: date, topic: pick(TOPICS), genre: pick(GENRES),
    body: body.map((p) => `<p>${p}</p>`).join(''),
  });
}

async function wrk(url: string, headers: string[] = []): Promise<number> {
  const r = await run('wrk', ['-t1', '-c50', `-d${DURATION}s`, ...headers.flatMap((h) => ['-H', h]), url], { encoding: 'utf8' });
  const m = /Requests\/sec:\s+([\d.]+)/.exec(r.stdout);
  if (!m || /Non-2xx/.test(r.stdout)) throw new Error(`wrk ${url}:\n${r.stdout}`);
  return Number(m[1]);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function main() {
  const keep = process.env.DOC_BENCH_DIR;
  const dataDir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-docbench-'));
  fs.mkdirSync(dataDir, { recursive: true });
  const env = { GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL };
  const config = loadConfig(env);
  const c = await createContainer(config);
  await seedDemo(c);
  const orgs = (await c.orgs.listPublic()).map((o) => o.code);
  const have = Number((await sql<{ n: number }>`select count(*) as n from documents`.execute(c.handle.db)).rows[0].n);
  if (have < N) for (let i = 0; i < have; i++) line(i, orgs); // keep the random sequence where the last run left it
  if (have) console.error(`  ${have} documents already in ${dataDir}; importing ${Math.max(0, N - have)} more`);

  const started = Date.now();
  async function* lines() {
    for (let i = have; i < N; i++) yield line(i, orgs);
  }
  let lastReport = 0;
  const summary = await c.publications.imports.importLines({ ...SYSTEM_ACTOR, name: '基准测试' }, lines(), {
    baseDir: dataDir,
    batchSize: 200,
    onProgress: (done) => {
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        console.error(`  imported ${done} (${Math.round(done / ((Date.now() - started) / 1000))} docs/s)`);
      }
    },
  });
  const importSeconds = (Date.now() - started) / 1000;
  const optStart = Date.now();
  await c.search.optimize();
  const optimizeSeconds = (Date.now() - optStart) / 1000;

  const queries: [string, { q: string; org?: string; year?: number }][] = [
    ['1 term + org filter', { q: '公开', org: 'hz-czj' }],
    ['2 terms + year filter', { q: '政策 解读', year: 2024 }],
    ['3 terms + org filter', { q: '政务 公开 平台', org: 'heze' }],
    ['发文字号', { q: '菏政办字[2022]35号' }],
    ['list by date + org filter', { q: '', org: 'caoxian' }],
  ];
  const latency: [string, number, number, number][] = [];
  for (const [name, q] of queries) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const r = await c.publications.public.search({ ...q, pageSize: 10 });
      times.push(performance.now() - t0);
      total = r.total;
    }
    latency.push([name, percentile(times, 50), percentile(times, 95), total]);
  }

  await c.close();

  // The server in its own process, as `npm start` runs it; the bare hello server in another.
  const built = spawnSync('npm', ['run', '--silent', 'build:server'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build:server failed');
  const bare = await child([process.execPath, '-e', "require('http').createServer((q,s)=>s.end('hello')).listen(+process.env.PORT,'127.0.0.1',()=>console.log('政务公开平台已启动'))"], env);
  // As `npm start` runs it (scripts/start.mjs): the same bounded old space.
  const server = await child([process.execPath, `--max-old-space-size=${Number(process.env.GONGKAI_HEAP_MB) || 256}`, 'dist/src/server.js'], env);
  const mid = Math.max(1, Math.floor((have + summary.imported) / 2));
  const baseline = await wrk(`http://127.0.0.1:${bare.port}/`);
  const pageUrl = `http://127.0.0.1:${server.port}/xxgk/documents/${mid}`;
  const page = await wrk(pageUrl);
  // What a browser sends: the cached page goes out gzipped (compressed once, when it is stored).
  const pageGzip = await wrk(pageUrl, ['Accept-Encoding: gzip, deflate, br']);
  // Context for the ratio: a bare node:http server sending exactly these bytes and headers. A cached page
  // carries ~1 KB of headers (security headers, CSP) and a body; wrk's single thread pays per byte too.
  const sample = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get(pageUrl, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) })).on('error', reject);
    }).on('error', reject);
  });
  const copyFile = path.join(os.tmpdir(), `gongkai-page-copy-${process.pid}.json`);
  fs.writeFileSync(copyFile, JSON.stringify({ headers: sample.headers, body: sample.body.toString('base64') }));
  const copy = await child([process.execPath, '-e', `const f=JSON.parse(require('fs').readFileSync(${JSON.stringify(copyFile)}));const b=Buffer.from(f.body,'base64');delete f.headers.date;delete f.headers.connection;delete f.headers['keep-alive'];require('http').createServer((q,s)=>{s.writeHead(200,f.headers);s.end(b)}).listen(+process.env.PORT,'127.0.0.1',()=>console.log('政务公开平台已启动'))`], env);
  const sameBytes = await wrk(`http://127.0.0.1:${copy.port}/`);
  copy.proc.kill('SIGTERM');
  fs.rmSync(copyFile, { force: true });
  // Many different documents: the render cache holds 1,000 pages, so most requests here render.
  const spread = await wrkScript(pageUrl.replace(/\/\d+$/, '/'), have + summary.imported);
  const search = await wrk(`http://127.0.0.1:${server.port}/search?q=${encodeURIComponent('政务公开')}&org=hz-czj`);
  const rss = memory(server.pid);

  console.log(`\n${c.handle.engine}, N=${N}, ${os.cpus().length} cores, node ${process.version}`);
  console.log(`import: ${summary.imported} documents in ${importSeconds.toFixed(0)} s = ${Math.round(summary.imported / importSeconds)} docs/s (skipped ${summary.skipped}); optimize ${optimizeSeconds.toFixed(1)} s`);
  console.log('\n| query | p50 ms | p95 ms | total |\n|---|---|---|---|');
  for (const [name, p50, p95, total] of latency) console.log(`| ${name} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${total} |`);
  const ratio = (x: number) => (x / baseline).toFixed(3);
  console.log(`\n| path | req/s | ratio |\n|---|---|---|\n| bare node:http hello (baseline) | ${Math.round(baseline)} | 1.00 |`);
  console.log(`| GET /xxgk/documents/${mid} (one document, from the page cache) | ${Math.round(page)} | ${ratio(page)} |`);
  console.log(`| the same with Accept-Encoding: gzip (as browsers ask) | ${Math.round(pageGzip)} | ${ratio(pageGzip)} |`);
  console.log(`| (context) bare node:http sending the same page bytes and headers | ${Math.round(sameBytes)} | ${ratio(sameBytes)} |`);
  console.log(`| GET /xxgk/documents/:id (random among all ${have + summary.imported}) | ${Math.round(spread)} | ${ratio(spread)} |`);
  console.log(`| GET /search?q=政务公开&org=hz-czj | ${Math.round(search)} | ${ratio(search)} |`);
  console.log(`\nServer RSS after the run: ${rss.rss} MiB (peak ${rss.peak} MiB)`);

  server.proc.kill('SIGTERM');
  bare.proc.kill('SIGTERM');
  if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Starts a server process on a free port and waits for its start line. */
async function child(argv: string[], env: Record<string, string | undefined>) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const proc = spawn(argv[0], argv.slice(1), { env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    proc.stdout.on('data', (d: Buffer) => d.toString().includes('已启动') && resolve());
    proc.once('exit', (code) => reject(new Error(`${argv.join(' ')} exited with ${code}`)));
  });
  return { proc, port, pid: proc.pid! };
}

function memory(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** wrk with a Lua script requesting random ids 1…n under `base`. */
async function wrkScript(base: string, n: number): Promise<number> {
  const script = path.join(os.tmpdir(), `gongkai-wrk-${process.pid}.lua`);
  const u = new URL(base);
  fs.writeFileSync(script, `math.randomseed(7)\nrequest = function() return wrk.format("GET", "${u.pathname}" .. math.random(1, ${n})) end\n`);
  try {
    const r = await run('wrk', ['-t1', '-c50', `-d${DURATION}s`, '-s', script, `${u.origin}/`], { encoding: 'utf8' });
    const m = /Requests\/sec:\s+([\d.]+)/.exec(r.stdout);
    if (!m || /Non-2xx/.test(r.stdout)) throw new Error(`wrk ${base}:\n${r.stdout}`);
    return Number(m[1]);
  } finally {
    fs.rmSync(script, { force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
