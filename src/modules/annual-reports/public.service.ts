import { shanghaiDate } from '../../platform/time/index.js';
import { annualReportsRepository as repo } from './annual-reports.repository.js';
import { type LegacyReport, legacyAsCurrent } from './legacy.js';
import type { ReportContext } from './report-context.js';
import type { AnnualReport } from './report-shape.js';
import { snapshotOf } from './report-row.js';
import { type YearFigures, yearFiguresOf } from './render/index.js';

export interface PublicReportEntry {
  org: { code: string; name: string };
  year: number;
  source: 'platform' | 'history';
  format: '2019' | '2021';
  publishedAt: string | null;
  /** The publication day in Asia/Shanghai. */
  publishedOn: string | null;
  version: number;
}

const dayOf = (iso: string | null) => (iso ? shanghaiDate(new Date(iso)) : null);

export interface PublicReport extends PublicReportEntry {
  report: AnnualReport;
  legacy: LegacyReport | null;
  versions: { version: number; note: string | null; publishedAt: string; publishedOn: string }[];
  /** This organisation's figures year by year up to this report's year (the comparison chart). */
  series: YearFigures[];
}

/**
 * The 公开年报 column (第四十九条: reports are published): every published report, and the reports of
 * earlier years imported for history, of active organisations. No principal: everything here is public.
 */
export function createPublicReportReads(ctx: ReportContext) {
  const { db } = ctx;
  const activeOrgs = async () => (await ctx.allOrgs()).filter((o) => o.status === 'active');

  return {
    async list(q: { org?: string; year?: number } = {}): Promise<PublicReportEntry[]> {
      const orgs = await activeOrgs();
      const org = q.org ? orgs.find((o) => o.code === q.org) : undefined;
      if (q.org && !org) return [];
      const byId = new Map(orgs.map((o) => [o.id, o]));
      const [published, history] = await Promise.all([repo.listPublished(db, { orgId: org?.id, year: q.year }), repo.history(db, { orgId: org?.id, year: q.year })]);
      const seen = new Set(published.map((r) => `${r.org_id}:${r.year}`));
      const out: PublicReportEntry[] = [];
      for (const r of published) {
        const o = byId.get(r.org_id);
        if (o) out.push({ org: { code: o.code, name: o.name }, year: r.year, source: 'platform', format: '2021', publishedAt: r.published_at, publishedOn: dayOf(r.published_at), version: r.published_version });
      }
      for (const h of history) {
        const o = byId.get(h.org_id);
        if (o && !seen.has(`${h.org_id}:${h.year}`)) out.push({ org: { code: o.code, name: o.name }, year: h.year, source: 'history', format: h.format === '2019' ? '2019' : '2021', publishedAt: null, publishedOn: null, version: 0 });
      }
      const order = new Map(orgs.map((o) => [o.id, o.path]));
      const pathOf = (code: string) => order.get(orgs.find((o) => o.code === code)!.id)!;
      return out.sort((a, b) => b.year - a.year || pathOf(a.org.code).localeCompare(pathOf(b.org.code)));
    },

    /** One organisation's report of one year, or null when there is none to show. */
    async get(code: string, year: number): Promise<PublicReport | null> {
      const org = (await activeOrgs()).find((o) => o.code === code);
      if (!org) return null;
      const row = await ctx.rowOf(org.id, year);
      const snap = row ? snapshotOf(row) : null;
      const series = await seriesOf(org.id, year);
      if (snap && row) {
        const versions = (await repo.versions(db, row.id)).map((v) => ({ version: v.version, note: v.note, publishedAt: v.published_at, publishedOn: dayOf(v.published_at)! }));
        return { org: { code: org.code, name: org.name }, year, source: 'platform', format: '2021', publishedAt: row.published_at, publishedOn: dayOf(row.published_at), version: row.published_version, report: snap, legacy: null, versions, series };
      }
      const [h] = await repo.history(db, { orgId: org.id, year });
      if (!h) return null;
      const data = JSON.parse(h.data);
      const legacy = h.format === '2019' ? (data as LegacyReport) : null;
      return {
        org: { code: org.code, name: org.name }, year, source: 'history', format: legacy ? '2019' : '2021', publishedAt: null, publishedOn: null, version: 0,
        report: legacy ? legacyAsCurrent(legacy) : (data as AnnualReport), legacy, versions: [], series,
      };
    },
  };

  async function seriesOf(orgId: number, upTo: number): Promise<YearFigures[]> {
    const [snaps, history] = await Promise.all([repo.snapshotsOf(db, orgId), repo.history(db, { orgId })]);
    const byYear = new Map<number, YearFigures>();
    for (const h of history) {
      const data = JSON.parse(h.data);
      byYear.set(h.year, yearFiguresOf(h.format === '2019' ? legacyAsCurrent(data as LegacyReport) : (data as AnnualReport)));
    }
    for (const s of snaps) {
      const r = snapshotOf(s);
      if (r) byYear.set(s.year, yearFiguresOf(r)); // the platform's own report wins over an import
    }
    return [...byYear.values()].filter((f) => f.year <= upTo).sort((a, b) => a.year - b.year);
  }
}

export type PublicReportReads = ReturnType<typeof createPublicReportReads>;
