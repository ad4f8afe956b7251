/**
 * The annual report's figures at scale: tables 三 and 四 (依申请公开) and table 二 第二十条第（一）项 (规章,
 * 规范性文件) for a government and its ~40 departments with ANNUAL_BENCH_N requests (default 1,000,000).
 *
 *   node --import tsx bench/annual-report-scale.ts                        # SQLite in a temp dir
 *   ANNUAL_BENCH_N=200000 ANNUAL_BENCH_DOCS=0 node --import tsx bench/annual-report-scale.ts
 *   DATABASE_URL=postgres://…/empty_db node --import tsx bench/annual-report-scale.ts
 *
 * The rows go straight into the tables (multi-row INSERTs, one transaction per 20,000 rows): the point is
 * the counting queries, not the handling steps. Requests are received over 2024–2026 (the report is for
 * the middle year, 2025, so it has requests carried over and forward), 90 % closed 1–60 days later with
 * a result from every row of table 三, 1 % online applications never confirmed. Then ~5,000 行政复议/诉讼
 * records and ANNUAL_BENCH_DOCS documents (default 100,000; 3 % 规范性文件, 0.5 % 规章). Timed: the three
 * statistics together, 1 warm-up then 5 runs; then the first page of the biggest drill-down cell.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { loadConfig } from '../src/config/config.js';
import { createContainer } from '../src/container.js';
import { requestTable } from '../src/modules/info-requests/index.js';
import { documentStatistics } from '../src/modules/publications/index.js';
import { APPLICANT_TYPES, RESULT_CODES } from '../src/modules/info-requests/vocabulary.js';
import { SYSTEM_ACTOR } from '../src/platform/audit/index.js';
import { SYSTEM_PRINCIPAL } from '../src/platform/auth/index.js';
import { addCalendarDays } from '../src/platform/calendar/index.js';
import { seededRandom } from './support/random.js';
import { renderReportFile } from '../src/modules/annual-reports/index.js';

const N = Number(process.env.ANNUAL_BENCH_N ?? 1_000_000);
const DOCS = Number(process.env.ANNUAL_BENCH_DOCS ?? 100_000);
const APPEALS = Number(process.env.ANNUAL_BENCH_APPEALS ?? 5_000);
const RUNS = 5;
const YEAR = 2025;
const { rand, pick } = seededRandom(11);

/** A value drawn with the given weights. */
function weighted<T>(pairs: readonly (readonly [T, number])[]): () => T {
  const total = pairs.reduce((n, [, w]) => n + w, 0);
  return () => {
    let x = rand() * total;
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  };
}
const applicantType = weighted(APPLICANT_TYPES.map((t, i) => [t, [80, 8, 2, 2, 5, 3][i]] as const));
// Roughly the shares of published reports: 予以公开 and 无法提供 lead; every row gets some.
const result = weighted(RESULT_CODES.map((r) => [r, r === 'disclosed' ? 30 : r === 'unable.notHeld' ? 25 : r === 'partiallyDisclosed' ? 8 : r === 'other.other' ? 8 : 1.5] as const));
const DAY0 = Date.UTC(2024, 0, 1);
const dayIn3Years = () => new Date(DAY0 + Math.floor(rand() * 1096) * 86_400_000).toISOString().slice(0, 10);
const ms = (t0: number) => performance.now() - t0;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-annualbench-'));
  const config = loadConfig({ GONGKAI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: process.env.DATABASE_URL });
  const c = await createContainer(config);
  const db = c.db as Kysely<any>;

  // A government and 40 departments.
  const root = await c.orgs.bootstrapRoot(SYSTEM_ACTOR, { code: 'bench', name: '基准市人民政府', shortName: '基准市政府', kind: 'region', level: 'city' });
  const orgIds = [root.id];
  for (let i = 1; i <= 40; i++) {
    const o = await c.orgs.create(SYSTEM_PRINCIPAL, SYSTEM_ACTOR, { parentId: root.id, code: `bench-d${i}`, name: `基准市第${i}局`, kind: 'department', level: 'city', sortOrder: i });
    orgIds.push(o.id);
  }
  // Busier departments first: organisation k gets weight 1/(k+1).
  const orgOf = weighted(orgIds.map((id, k) => [id, 1 / (k + 1)] as const));

  const t0 = performance.now();
  const now = new Date().toISOString();
  const requestIds: number[] = [];
  const BATCH = 500; // × 27 columns: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters
  for (let done = 0; done < N;) {
    await db.transaction().execute(async (trx) => {
      for (let b = 0; b < 40 && done < N; b++) {
        const rows = [];
        for (let k = 0; k < BATCH && done < N; k++, done++) {
          const received = dayIn3Years();
          const unconfirmed = rand() < 0.01;
          const closed = !unconfirmed && rand() < 0.9;
          const closedOn = closed ? addCalendarDays(received, 1 + Math.floor(rand() * 60)) : null;
          const org = orgOf();
          rows.push({
            tracking_code: `B${String(done).padStart(8, '0')}`, secret_digest: 'bench', org_id: org, handling_org_id: org,
            register_no: unconfirmed ? null : `${received.slice(0, 4)}-${done}`, channel: unconfirmed ? 'online' : 'letter', source: unconfirmed ? 'public' : 'staff',
            applicant_type: applicantType(), applicant_display: '张**', applicant_enc: 'bench', applicant_digest: `a${done % 50_000}`,
            description: '基准测试申请：某年度部门预算说明', description_digest: `d${done}`, purpose: null, delivery: 'paper',
            status: unconfirmed ? 'awaiting_confirmation' : closed ? 'closed' : 'in_progress', submitted_at: `${received}T01:00:00.000Z`,
            received_on: unconfirmed ? null : received, due_on: unconfirmed ? null : addCalendarDays(received, 28), closed_on: closedOn,
            result: closed ? result() : null, on_time: closed ? 1 : null, event_count: 2, version: 3, created_at: now, updated_at: now,
          });
        }
        const ids = await trx.insertInto('info_requests').values(rows).returning('id').execute();
        for (const r of ids) if (rand() < APPEALS / N) requestIds.push(r.id as number);
      }
    });
    if (done % 200_000 === 0 || done === N) console.error(`  ${done} requests (${Math.round(done / (ms(t0) / 1000))}/s)`);
  }
  const insertSeconds = ms(t0) / 1000;

  const kinds = weighted([['review', 70], ['litigationDirect', 20], ['litigationAfterReview', 10]] as const);
  const outcomes = weighted([['upheld', 50], ['corrected', 10], ['other', 20], ['pending', 20]] as const);
  for (let i = 0; i < requestIds.length; i += BATCH) {
    await db.insertInto('info_request_appeals').values(requestIds.slice(i, i + BATCH).map((requestId) => {
      const filed = dayIn3Years();
      const outcome = outcomes();
      return {
        request_id: requestId, org_id: orgOf(), kind: kinds(), filed_on: filed, body_name: '基准市人民政府', case_number: null, outcome,
        decided_on: outcome === 'pending' ? null : addCalendarDays(filed, 10 + Math.floor(rand() * 200)), note: null, version: 1, created_at: now, updated_at: now,
      };
    })).execute();
  }

  for (let done = 0; done < DOCS;) {
    await db.transaction().execute(async (trx) => {
      for (let b = 0; b < 20 && done < DOCS; b++) {
        const rows = [];
        for (let k = 0; k < 500 && done < DOCS; k++, done++) {
          const written = dayIn3Years();
          const x = rand();
          const normative = x < 0.03;
          const ended = normative && rand() < 0.15;
          rows.push({
            org_id: orgOf(), status: rand() < 0.97 ? 'published' : 'withdrawn', version: 1, index_number: `bench-${done}`, title: `基准文件${done}`, written_at: written,
            published_at: `${addCalendarDays(written, Math.floor(rand() * 10))}T02:00:00.000Z`, genre: x > 0.995 ? '规章' : normative ? '规范性文件' : pick(['通知', '公告', '意见']),
            disclosure: 'active', is_normative: normative ? 1 : 0, validity: normative ? (ended ? 'repealed' : 'effective') : null,
            ended_on: ended ? addCalendarDays(written, 100 + Math.floor(rand() * 400)) : null, valid_to: normative && rand() < 0.2 ? addCalendarDays(written, 730) : null,
            source: 'import', created_at: now, updated_at: now,
          });
        }
        await trx.insertInto('documents').values(rows).execute();
      }
    });
  }
  if (c.handle.engine === 'postgres') await sql`analyze`.execute(db); // fresh statistics, as autovacuum would give

  const q = { orgIds, year: YEAR };
  const report = () => Promise.all([c.infoRequests.statistics.requestTable(q), c.infoRequests.statistics.appealTable(q), c.publications.statistics.documents(q)]);
  const timed: Record<'report' | 'requestTable' | 'appealTable' | 'documents' | 'baseline' | 'workspace', number[]> = { report: [], requestTable: [], appealTable: [], documents: [], baseline: [], workspace: [] };
  let figures = await report(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    figures = await report();
    timed.report.push(ms(t));
    t = performance.now();
    await c.infoRequests.statistics.requestTable(q);
    timed.requestTable.push(ms(t));
    t = performance.now();
    await c.infoRequests.statistics.appealTable(q);
    timed.appealTable.push(ms(t));
    t = performance.now();
    await c.publications.statistics.documents(q);
    timed.documents.push(ms(t));
  }
  const [requests, appeals, documents] = figures;

  // Baseline in the same run: the simplest aggregate over the same rows (one GROUP BY, no filter).
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await sql`select applicant_type, count(*) from info_requests group by applicant_type`.execute(db);
    timed.baseline.push(ms(t));
  }
  // The whole report as the admin console asks for it (service: scope, statistics, last year's report, checks).
  await c.annualReports.reports.workspace(SYSTEM_PRINCIPAL, 'bench', YEAR);
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await c.annualReports.reports.workspace(SYSTEM_PRINCIPAL, 'bench', YEAR);
    timed.workspace.push(ms(t));
  }
  // Publishing: the report again, plus every row's 总计 compared with its drill-down count.
  await c.annualReports.reports.save(SYSTEM_PRINCIPAL, SYSTEM_ACTOR, 'bench', YEAR, {
    version: 0, scope: 'subtree', sections: { overview: '基准测试', problems: '基准测试', other: '' },
    entered: { licensing: 0, punishment: 0, enforcement: 0, feesTenThousandYuan: 0 }, overrides: {},
  });
  let tp = performance.now();
  await c.annualReports.reports.publish(SYSTEM_PRINCIPAL, SYSTEM_ACTOR, 'bench', YEAR, { version: 1 });
  const publishMs = ms(tp);
  const { report: published } = await c.annualReports.reports.forExport(SYSTEM_PRINCIPAL, 'bench', YEAR, 'published');
  tp = performance.now();
  const docx = await renderReportFile(published, 'docx');
  const docxMs = ms(tp);
  // The biggest cell: 自然人 新收 of the year.
  let t = performance.now();
  const cell = await c.infoRequests.statistics.countedRequests({ ...q, row: 'newReceived', applicantType: 'natural', offset: 0, limit: 20 });
  const drill = ms(t);
  const middle = Math.floor(cell.total / 2);
  t = performance.now();
  await c.infoRequests.statistics.countedRequests({ ...q, row: 'newReceived', applicantType: 'natural', offset: middle, limit: 20 });
  const drillDeep = ms(t);

  let plan = '';
  if (c.handle.sqlite) {
    // The statement requestTable runs, captured from a logging Kysely over the same connection.
    const seen: { sql: string; parameters: readonly unknown[] }[] = [];
    const spy = new Kysely<any>({ dialect: new SqliteDialect({ database: c.handle.sqlite }), log: (e) => { seen.push(e.query); } });
    await requestTable(spy, q);
    await documentStatistics(spy, q);
    plan = seen.map((s) => c.handle.sqlite!.prepare(`explain query plan ${s.sql}`).all(...(s.parameters as unknown[])).map((r) => (r as { detail: string }).detail).join('; ')).join('\n  ');
  }

  const sum = (per: Record<string, number>) => Object.values(per).reduce((n, v) => n + v, 0);
  const closedInYear = Object.values(requests.results).reduce((n, per) => n + sum(per), 0);
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `${s[0].toFixed(0)} | ${s[Math.floor(s.length / 2)].toFixed(0)} | ${s[s.length - 1].toFixed(0)}`;
  };
  const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(`\n${c.handle.engine}, N=${N} requests (${orgIds.length} organisations), ${requestIds.length} appeals, ${DOCS} documents, ${os.cpus().length} cores, node ${process.version}`);
  console.log(`insert: ${N} requests in ${insertSeconds.toFixed(0)} s; report year ${YEAR}: 新收 ${sum(requests.newReceived)}, 上年结转 ${sum(requests.carriedOver)}, 办结 ${closedInYear}, 结转下年度 ${sum(requests.carriedForward)}, unclassified ${requests.unclassified}`);
  console.log(`table 四 total ${Object.values(appeals).reduce((n, x) => n + x.total, 0)}; table 二 ${JSON.stringify(documents)}`);
  if (plan) console.log(`query plans (SQLite; table 三, table 二):\n  ${plan}`);
  console.log(`\n| figures for the whole subtree, ${YEAR} | min ms | median ms | max ms |\n|---|---|---|---|`);
  console.log(`| requestTable + appealTable + documentStatistics (concurrently, as the report asks) | ${stat(timed.report)} |`);
  console.log(`| requestTable (table 三) | ${stat(timed.requestTable)} |`);
  console.log(`| appealTable (table 四) | ${stat(timed.appealTable)} |`);
  console.log(`| documentStatistics (table 二 第二十条第（一）项) | ${stat(timed.documents)} |`);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`| **baseline**: select applicant_type, count(*) … group by applicant_type (${N} rows) | ${stat(timed.baseline)} |`);
  console.log(`| **the report through the service** (workspace: scope, statistics, last year, checks) | ${stat(timed.workspace)} |`);
  console.log(`| publish (report + 25 drill-down counts + write, once) | ${publishMs.toFixed(0)} | | |`);
  console.log(`| DOCX of the published report (once, ${docx.body.length} bytes) | ${docxMs.toFixed(0)} | | |`);
  console.log(`| countedRequests 自然人 新收, first page of ${cell.total} (once) | ${drill.toFixed(0)} | | |`);
  console.log(`| countedRequests 自然人 新收, a page at offset ${middle} (once) | ${drillDeep.toFixed(0)} | | |`);
  console.log(`\nreport (median) / baseline (median): ${(median(timed.workspace) / median(timed.baseline)).toFixed(1)}×; target ≤ 2,000 ms on SQLite: ${median(timed.workspace) <= 2000 ? 'met' : 'NOT met'}`);
  console.log(`RSS after the run: ${rss} MiB`);

  await c.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
