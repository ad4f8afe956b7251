/**
 * Search at scale: fills N synthetic government documents (sentences of the real plans in
 * /work/shared/fixtures/plans recombined, 1–4 KB each, random orgs/categories/kinds/years)
 * through SearchIndex.upsertMany, then measures p50/p95 of 1-, 2- and 3-term queries with
 * and without a filter (facets included, as the portal asks for them).
 *
 *   node --import tsx bench/search-scale.ts                       # SQLite, N=100000
 *   SEARCH_BENCH_N=1000000 node --import tsx bench/search-scale.ts
 *   DATABASE_URL=postgres://…/empty_db node --import tsx bench/search-scale.ts
 *   SEARCH_BENCH_DB=/tmp/s.db SEARCH_BENCH_REUSE=1 …              # query an existing file again
 *   SEARCH_BENCH_OPTIMIZE=0 …                                      # skip optimize() and its second table
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateToLatest, openDatabase } from '../src/platform/db/index.js';
import { createSearchIndex, type SearchEntry, type SearchFilters, type SearchQuery } from '../src/platform/search/index.js';
import { segmentForDisplay } from '../src/platform/text/index.js';
import { seededRandom } from './support/random.js';

const N = Number(process.env.SEARCH_BENCH_N ?? 100_000);
const RUNS = Number(process.env.SEARCH_BENCH_RUNS ?? 60);
const FIXTURES = process.env.SEARCH_BENCH_FIXTURES ?? '/work/shared/fixtures/plans';
const REUSE = process.env.SEARCH_BENCH_REUSE === '1';
const NOW = '2026-06-30T00:00:00.000Z';

const { rand, pick } = seededRandom(Number(process.env.SEARCH_BENCH_SEED ?? 42));

function loadSentences(): string[] {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
  const text = files.map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8')).join('\n');
  return text
    .split(/(?<=[。！？；])|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);
}

const TOPS = ['综合政务', '国民经济管理', '财政金融', '城乡建设', '农业农村', '科技教育', '卫生健康', '社会保障', '市场监管', '生态环境'];
const SUBS = ['政务公开', '规划计划', '统计', '其他', '政策解读'];
const KINDS = ['通知', '意见', '办法', '方案', '报告', '公告', '决定', '批复', '规定', '通报'];
const STATUSES = ['现行有效', '现行有效', '现行有效', '已废止', '已修改'];
const PREFIXES = ['菏政发', '菏政办发', '菏政办字', '鲁政办字', '菏政字'];

/** 1 city government (1) → 9 counties (2…10) → 4 departments each (11…46). */
function orgs(): { id: number; path: string }[] {
  const out = [{ id: 1, path: '/1/' }];
  for (let c = 0; c < 9; c++) {
    const county = 2 + c;
    out.push({ id: county, path: `/1/${county}/` });
    for (let d = 0; d < 4; d++) {
      const dept = 11 + c * 4 + d;
      out.push({ id: dept, path: `/1/${county}/${dept}/` });
    }
  }
  return out;
}

function makeDoc(i: number, sentences: string[], orgList: { id: number; path: string }[]): SearchEntry {
  const targetBytes = 1024 + Math.floor(rand() * 3072);
  let text = '';
  while (Buffer.byteLength(text) < targetBytes) text += pick(sentences);
  const words = segmentForDisplay(pick(sentences)).filter((w) => w.length >= 2 && /\p{Script=Han}/u.test(w));
  const subject = words.slice(0, 2 + Math.floor(rand() * 3)).join('');
  const kind = pick(KINDS);
  const org = pick(orgList);
  const year = 2012 + Math.floor(rand() * 15);
  const start = Date.UTC(year, 0, 1);
  const end = year === 2026 ? Date.parse(NOW) + 30 * 86_400_000 : Date.UTC(year + 1, 0, 1); // some scheduled
  const publishedAt = new Date(start + Math.floor(rand() * (end - start))).toISOString();
  const top = pick(TOPS);
  return {
    type: 'document',
    id: i,
    title: `关于${subject}的${kind}`,
    text,
    extraTerms: [`${pick(PREFIXES)}〔${year}〕${1 + Math.floor(rand() * 200)}号`],
    orgId: org.id,
    orgPath: org.path,
    category: rand() < 0.9 ? `${top}/${pick(SUBS)}` : top,
    kind,
    status: pick(STATUSES),
    year,
    publishedAt,
  };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function queryWords(sentences: string[], k: number): string {
  for (;;) {
    const words = [...new Set(segmentForDisplay(pick(sentences)).filter((w) => w.length >= 2 && /\p{Script=Han}/u.test(w)))];
    if (words.length < k) continue;
    const chosen: string[] = [];
    while (chosen.length < k) {
      const w = pick(words);
      if (!chosen.includes(w)) chosen.push(w);
    }
    return chosen.join(' ');
  }
}

function randomFilter(orgList: { id: number; path: string }[]): SearchFilters {
  switch (Math.floor(rand() * 4)) {
    case 0:
      return { orgPath: pick(orgList.slice(1, 10)).path };
    case 1:
      return { category: pick(TOPS) };
    case 2:
      return { year: 2012 + Math.floor(rand() * 15) };
    default:
      return { kind: pick(KINDS) };
  }
}

async function main() {
  const url = process.env.DATABASE_URL ?? `sqlite:${process.env.SEARCH_BENCH_DB ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gk-search-')), 'search.db')}`;
  const h = openDatabase<any>(url);
  await migrateToLatest(h.db, h.engine);
  const index = createSearchIndex(h.db, h.engine);
  const sentences = loadSentences();
  const orgList = orgs();
  console.log(`engine=${h.engine} N=${N} sentences=${sentences.length} url=${url}`);

  if (!REUSE) {
    const started = performance.now();
    let bytes = 0;
    const chunk = 2000;
    for (let i = 0; i < N; i += chunk) {
      const docs: SearchEntry[] = [];
      for (let j = i; j < Math.min(N, i + chunk); j++) docs.push(makeDoc(j + 1, sentences, orgList));
      for (const d of docs) bytes += Buffer.byteLength(d.text);
      await index.upsertMany(h.db, docs);
      if ((i / chunk) % 25 === 0 || i + chunk >= N) {
        const s = (performance.now() - started) / 1000;
        console.log(`  inserted ${Math.min(N, i + chunk)} in ${s.toFixed(0)} s (${(Math.min(N, i + chunk) / s).toFixed(0)} docs/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s text)`);
      }
    }
    const s = (performance.now() - started) / 1000;
    console.log(`insert: ${N} docs, ${(bytes / 1e6).toFixed(0)} MB text, ${s.toFixed(0)} s, ${(N / s).toFixed(0)} docs/s`);
  }
  if (h.engine === 'sqlite') {
    const file = url.slice('sqlite:'.length);
    console.log(`database file: ${(fs.statSync(file).size / 1e9).toFixed(2)} GB`);
  }

  const cases: { name: string; make: () => SearchQuery }[] = [];
  for (const k of [1, 2, 3]) {
    cases.push({ name: `${k}-term`, make: () => ({ text: queryWords(sentences, k), now: NOW }) });
    cases.push({ name: `${k}-term + filter`, make: () => ({ text: queryWords(sentences, k), filters: randomFilter(orgList), now: NOW }) });
  }
  cases.push({ name: 'common 政府 (1 term)', make: () => ({ text: '政府', now: NOW }) });
  cases.push({ name: 'common 政府 工作 + org filter', make: () => ({ text: '政府 工作', filters: { orgPath: pick(orgList.slice(1, 10)).path }, now: NOW }) });
  cases.push({ name: 'rare: 发文字号', make: () => ({ text: `${pick(PREFIXES)}(${2012 + Math.floor(rand() * 15)})${1 + Math.floor(rand() * 200)}号`, now: NOW }) });
  cases.push({ name: 'empty text + filter', make: () => ({ text: '', filters: randomFilter(orgList), now: NOW }) });
  cases.push({ name: 'date sort, 2 terms', make: () => ({ text: queryWords(sentences, 2), sort: 'date', now: NOW }) });

  if (h.engine === 'sqlite') warmPageCache(url.slice('sqlite:'.length));
  await measure(index, cases, 'as imported, app connection settings');
  if (process.env.SEARCH_BENCH_OPTIMIZE !== '0') {
    const t0 = performance.now();
    await index.optimize();
    console.log(`\noptimize(): ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    await measure(index, cases, 'after optimize(), app connection settings');
  }
  if (h.engine === 'sqlite') {
    // What openDatabase could set: a 64 MB page cache instead of SQLite's 2 MB default.
    h.sqlite!.pragma('cache_size = -65536');
    await measure(index, cases, 'cache_size = 64 MB');
  }
  await h.close();
}

/** Reads the file once so the OS page cache holds it: the steady state of a busy server. */
function warmPageCache(file: string): void {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(8 << 20);
  while (fs.readSync(fd, buf, 0, buf.length, null) > 0);
  fs.closeSync(fd);
}

async function measure(index: ReturnType<typeof createSearchIndex>, cases: { name: string; make: () => SearchQuery }[], label: string) {
  for (let w = 0; w < 30; w++) await index.search(pick(cases).make()); // warm-up: jieba, converter, page cache
  // CPU time of this process next to wall time: on a shared machine (load > cores) wall time
  // also measures the neighbours; with a synchronous SQLite driver, CPU time is the query's cost.
  console.log(`\n${label} (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)\n`);
  console.log('| query | p50 ms | p95 ms | max ms | p50 CPU ms | p95 CPU ms | avg total | estimated |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const c of cases) {
    const times: number[] = [];
    const cpu: number[] = [];
    let totals = 0;
    let estimated = 0;
    for (let r = 0; r < RUNS; r++) {
      const q = c.make();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const res = await index.search(q);
      times.push(performance.now() - t0);
      const dc = process.cpuUsage(c0);
      cpu.push((dc.user + dc.system) / 1000);
      totals += res.total;
      if (res.totalIsEstimate) estimated++;
    }
    const f = (x: number) => x.toFixed(1);
    console.log(`| ${c.name} | ${f(percentile(times, 50))} | ${f(percentile(times, 95))} | ${f(Math.max(...times))} | ${f(percentile(cpu, 50))} | ${f(percentile(cpu, 95))} | ${Math.round(totals / RUNS)} | ${estimated}/${RUNS} |`);
  }
}

await main();
