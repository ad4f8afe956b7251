import type { Kysely, Selectable } from 'kysely';
import type { PlanTables } from '../plans.tables.js';
import type { AssessmentIndicatorTable, AssessmentResultTable, AssessmentScoreTable, AssessmentTables } from './assessment.tables.js';

type Conn = Kysely<any>;
const t = (c: Conn) => c as Kysely<AssessmentTables & PlanTables>;

export type IndicatorRow = Selectable<AssessmentIndicatorTable>;
export type ScoreRow = Selectable<AssessmentScoreTable>;
export type ResultRow = Selectable<AssessmentResultTable>;

/** The only SQL of 考核: its own tables, and read-only reads of the ledger's assignments. */
export const assessmentRepository = {
  indicators(c: Conn, orgId: number, year: number) {
    return t(c).selectFrom('assessment_indicators').selectAll().where('org_id', '=', orgId).where('year', '=', year).orderBy('sort_order').orderBy('id').execute();
  },
  async insertIndicator(c: Conn, row: Omit<IndicatorRow, 'id'>): Promise<number> {
    return (await t(c).insertInto('assessment_indicators').values(row).returning('id').executeTakeFirstOrThrow()).id;
  },
  async updateIndicator(c: Conn, id: number, set: Partial<Omit<IndicatorRow, 'id' | 'org_id' | 'year'>>) {
    await t(c).updateTable('assessment_indicators').set(set).where('id', '=', id).execute();
  },
  async deleteIndicators(c: Conn, ids: number[]) {
    if (ids.length === 0) return;
    await t(c).deleteFrom('assessment_scores').where('indicator_id', 'in', ids).execute();
    await t(c).deleteFrom('assessment_indicators').where('id', 'in', ids).execute();
  },

  scores(c: Conn, indicatorIds: number[]) {
    if (indicatorIds.length === 0) return Promise.resolve([] as ScoreRow[]);
    return t(c).selectFrom('assessment_scores').selectAll().where('indicator_id', 'in', indicatorIds).execute();
  },
  /** Deletes scores of an indicator (all, or those above a weight). Returns how many. */
  async deleteScores(c: Conn, indicatorId: number, above?: number): Promise<number> {
    let q = t(c).deleteFrom('assessment_scores').where('indicator_id', '=', indicatorId);
    if (above !== undefined) q = q.where('score', '>', above);
    const r = await q.executeTakeFirst();
    return Number(r.numDeletedRows);
  },
  /** Writes a unit's score on an indicator (replacing the previous one). */
  async putScore(c: Conn, row: Omit<ScoreRow, 'id'>) {
    await t(c).deleteFrom('assessment_scores').where('indicator_id', '=', row.indicator_id).where('org_id', '=', row.org_id).execute();
    await t(c).insertInto('assessment_scores').values(row).execute();
  },

  result(c: Conn, orgId: number, year: number) {
    return t(c).selectFrom('assessment_results').selectAll().where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
  },
  async insertResult(c: Conn, row: Omit<ResultRow, 'id' | 'version'>): Promise<ResultRow> {
    const id = (await t(c).insertInto('assessment_results').values(row).returning('id').executeTakeFirstOrThrow()).id;
    return { ...row, id, version: 1 };
  },
  /** Optimistic update: false when `version` is stale. */
  async updateResult(c: Conn, id: number, version: number, set: Partial<Omit<ResultRow, 'id' | 'version'>>): Promise<boolean> {
    const r = await t(c).updateTable('assessment_results').set({ ...set, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /** Published results (the portal), newest year first. */
  published(c: Conn, q: { orgId?: number; year?: number }) {
    let s = t(c).selectFrom('assessment_results').select(['id', 'org_id', 'year', 'published_at']).where('status', '=', 'published');
    if (q.orgId) s = s.where('org_id', '=', q.orgId);
    if (q.year) s = s.where('year', '=', q.year);
    return s.orderBy('year', 'desc').orderBy('org_id').execute();
  },

  /** Organisations assigned (any role) in the organisation's adopted plans of the year. */
  async assignedOrgIds(c: Conn, orgId: number, year: number): Promise<number[]> {
    const rows = await t(c).selectFrom('plan_task_units as u')
      .innerJoin('plan_tasks as k', 'k.id', 'u.task_id')
      .innerJoin('plans as p', 'p.id', 'k.plan_id')
      .select('u.org_id').distinct()
      .where('p.org_id', '=', orgId).where('p.year', '=', year).where('p.adopted_at', 'is not', null).where('p.status', 'in', ['adopted', 'archived'])
      .where('u.org_id', 'is not', null)
      .execute();
    return rows.map((r) => r.org_id!);
  },

  /** (task, unit) pairs where the unit is 牵头 or 责任, of the organisation's adopted plans of the year (or one plan of them). */
  unitTasks(c: Conn, q: { orgId: number; year: number; planId?: number }) {
    let s = t(c).selectFrom('plan_task_units as u')
      .innerJoin('plan_tasks as k', 'k.id', 'u.task_id')
      .innerJoin('plans as p', 'p.id', 'k.plan_id')
      .select(['u.org_id', 'k.id as task_id', 'k.due_on', 'k.closed_on'])
      .where('p.org_id', '=', q.orgId).where('p.year', '=', q.year).where('p.adopted_at', 'is not', null).where('p.status', 'in', ['adopted', 'archived'])
      .where('u.role', 'in', ['lead', 'responsible']).where('u.org_id', 'is not', null);
    if (q.planId) s = s.where('p.id', '=', q.planId);
    return s.execute();
  },
};
