import type { Kysely } from 'kysely';
import type { AnnualReportTables } from './annual-reports.tables.js';

type Conn = Kysely<any>;
const t = (c: Conn) => c as Kysely<AnnualReportTables>;

/** The only SQL of the annual-reports module. */
export const annualReportsRepository = {
  find(c: Conn, orgId: number, year: number) {
    return t(c).selectFrom('annual_reports').selectAll().where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
  },
  /** Reports of these organisations for a year (supervision). */
  listForYear(c: Conn, orgIds: number[] | null, year: number) {
    let q = t(c).selectFrom('annual_reports').selectAll().where('year', '=', year);
    if (orgIds) q = orgIds.length ? q.where('org_id', 'in', orgIds) : q.where('org_id', '=', -1);
    return q.execute();
  },
  /** Published reports, newest year first (the portal's 公开年报 column). */
  listPublished(c: Conn, q: { orgId?: number; year?: number }) {
    let s = t(c).selectFrom('annual_reports').select(['id', 'org_id', 'year', 'scope', 'published_version', 'published_at']).where('published_version', '>', 0);
    if (q.orgId) s = s.where('org_id', '=', q.orgId);
    if (q.year) s = s.where('year', '=', q.year);
    return s.orderBy('year', 'desc').orderBy('org_id').execute();
  },
  /** Published snapshots of one organisation (year-over-year comparison). */
  snapshotsOf(c: Conn, orgId: number) {
    return t(c).selectFrom('annual_reports').select(['year', 'snapshot']).where('org_id', '=', orgId).where('published_version', '>', 0).orderBy('year').execute();
  },
  async insert(c: Conn, row: { org_id: number; year: number; scope: string; sections: string; entered: string; overrides: string; created_by: number | null; now: string }) {
    const { now, ...rest } = row;
    const r = await t(c).insertInto('annual_reports').values({ ...rest, updated_by: row.created_by, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },
  /** Optimistic update: 0 rows when `version` is stale. */
  async update(c: Conn, id: number, version: number, set: Partial<{ scope: string; sections: string; entered: string; overrides: string; published_version: number; published_at: string; snapshot: string }> & { updated_by: number | null; updated_at: string }) {
    const r = await t(c).updateTable('annual_reports').set({ ...set, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
  insertVersion(c: Conn, row: { report_id: number; version: number; snapshot: string; note: string | null; published_at: string; published_by: number | null }) {
    return t(c).insertInto('annual_report_versions').values(row).execute();
  },
  versions(c: Conn, reportId: number) {
    return t(c).selectFrom('annual_report_versions').select(['version', 'note', 'published_at', 'published_by']).where('report_id', '=', reportId).orderBy('version', 'desc').execute();
  },
  history(c: Conn, q: { orgIds?: number[] | null; orgId?: number; year?: number }) {
    let s = t(c).selectFrom('annual_report_history').selectAll();
    if (q.orgId) s = s.where('org_id', '=', q.orgId);
    if (q.year) s = s.where('year', '=', q.year);
    if (q.orgIds) s = q.orgIds.length ? s.where('org_id', 'in', q.orgIds) : s.where('org_id', '=', -1);
    return s.orderBy('year', 'desc').orderBy('org_id').execute();
  },
  async upsertHistory(c: Conn, row: { org_id: number; year: number; format: string; data: string; source: string; problem_count: number; by: number | null; now: string }) {
    const existing = await t(c).selectFrom('annual_report_history').select('id').where('org_id', '=', row.org_id).where('year', '=', row.year).executeTakeFirst();
    const values = { format: row.format, data: row.data, source: row.source, problem_count: row.problem_count, updated_by: row.by, updated_at: row.now };
    if (existing) {
      await t(c).updateTable('annual_report_history').set(values).where('id', '=', existing.id).execute();
      return { id: existing.id, replaced: true };
    }
    const r = await t(c).insertInto('annual_report_history').values({ ...values, org_id: row.org_id, year: row.year, created_by: row.by, created_at: row.now }).returning('id').executeTakeFirstOrThrow();
    return { id: r.id, replaced: false };
  },
  historyById(c: Conn, id: number) {
    return t(c).selectFrom('annual_report_history').selectAll().where('id', '=', id).executeTakeFirst();
  },
  deleteHistory(c: Conn, id: number) {
    return t(c).deleteFrom('annual_report_history').where('id', '=', id).execute();
  },
};
