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
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildApp } from '../src/app.js';
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

async function wrk(url: string): Promise<number> {
  const r = await run('wrk', ['-t1', '-c50', `-d${DURATION}s`, url], { encoding: 'utf8' });
  const m = /Requests\/sec:\s+([\d.]+)/.exec(r.stdout);
  if (!m || /Non-2xx/.test(r.stdout)) throw new Error(`wrk ${url}:\n${r.stdout}`);
  return Number(m[1]);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-docbench-'));
  const config = loadConfig({ GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL });
  const c = await createContainer(config);
  await seedDemo(c);
  const orgs = (await c.orgs.listPublic()).map((o) => o.code);

  const started = Date.now();
  async function* lines() {
    for (let i = 0; i < N; i++) yield line(i, orgs);
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

  const bare = http.createServer((_req, res) => res.end('hello'));
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  const { app } = await buildApp(c, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  const mid = Math.max(1, Math.floor(summary.imported / 2));
  const baseline = await wrk(`http://127.0.0.1:${(bare.address() as { port: number }).port}/`);
  const page = await wrk(`http://127.0.0.1:${port}/xxgk/documents/${mid}`);
  const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);

  console.log(`\n${c.handle.engine}, N=${N}, ${os.cpus().length} cores, node ${process.version}`);
  console.log(`import: ${summary.imported} documents in ${importSeconds.toFixed(0)} s = ${Math.round(summary.imported / importSeconds)} docs/s (skipped ${summary.skipped}); optimize ${optimizeSeconds.toFixed(1)} s`);
  console.log('\n| query | p50 ms | p95 ms | total |\n|---|---|---|---|');
  for (const [name, p50, p95, total] of latency) console.log(`| ${name} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${total} |`);
  console.log(`\n| path | req/s | ratio |\n|---|---|---|\n| bare node:http hello (baseline) | ${Math.round(baseline)} | 1.00 |\n| GET /xxgk/documents/${mid} | ${Math.round(page)} | ${(page / baseline).toFixed(2)} |`);
  console.log(`\nRSS after the run (server and harness in one process): ${rss} MiB`);

  await app.close();
  bare.close();
  await c.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
