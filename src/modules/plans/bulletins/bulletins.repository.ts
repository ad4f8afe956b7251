import type { Kysely, Selectable } from 'kysely';
import type { PlanTables } from '../plans.tables.js';
import type { BulletinTables, PlanBulletinTable } from './bulletins.tables.js';

type Conn = Kysely<any>;
const t = (c: Conn) => c as Kysely<BulletinTables & PlanTables>;

export type BulletinRow = Selectable<PlanBulletinTable>;

/** Ids in groups small enough for one `IN (…)` list on both engines. */
function chunks(ids: readonly number[], size = 2000): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}

/** The event types that change a task's state or due date (the rest — created, reminded — do not matter here). */
const STATE_EVENTS = ['progress', 'submitted', 'returned', 'accepted', 'edited'];

/** The only SQL of 季通报: its own table, and read-only reads of the ledger (plans, tasks, units, logs). */
export const bulletinsRepository = {
  /** Adopted (or since archived) plans of an organisation and year, or one plan of it. */
  adoptedPlans(c: Conn, q: { orgId: number; year: number; planId?: number }) {
    let s = t(c).selectFrom('plans').select(['id', 'org_id', 'title', 'doc_number', 'year', 'status', 'adopted_at'])
      .where('org_id', '=', q.orgId).where('adopted_at', 'is not', null).where('status', 'in', ['adopted', 'archived']);
    s = q.planId ? s.where('id', '=', q.planId) : s.where('year', '=', q.year);
    return s.orderBy('adopted_at').orderBy('id').execute();
  },
  /** Any plan by id (to tell a missing plan from one of another organisation or not adopted). */
  findPlan(c: Conn, id: number) {
    return t(c).selectFrom('plans').select(['id', 'org_id', 'title', 'year', 'status', 'adopted_at']).where('id', '=', id).executeTakeFirst();
  },
  async tasks(c: Conn, planIds: number[]) {
    const out = [];
    for (const ids of chunks(planIds)) {
      out.push(...(await t(c).selectFrom('plan_tasks')
        .select(['id', 'plan_id', 'seq', 'path_label', 'heading', 'text', 'deadline_raw', 'due_on', 'closed_on'])
        .where('plan_id', 'in', ids).orderBy('plan_id').orderBy('seq').execute()));
    }
    return out;
  },
  async units(c: Conn, taskIds: number[]) {
    const out = [];
    for (const ids of chunks(taskIds)) {
      out.push(...(await t(c).selectFrom('plan_task_units').select(['task_id', 'role', 'org_id', 'name', 'sort_order'])
        .where('task_id', 'in', ids).orderBy('task_id').orderBy('sort_order').execute()));
    }
    return out;
  },
  async events(c: Conn, taskIds: number[]) {
    const out = [];
    for (const ids of chunks(taskIds)) {
      out.push(...(await t(c).selectFrom('plan_task_events').select(['id', 'task_id', 'type', 'on_date', 'percent', 'data'])
        .where('task_id', 'in', ids).where('type', 'in', STATE_EVENTS).orderBy('id').execute()));
    }
    return out.sort((a, b) => a.id - b.id);
  },

  find(c: Conn, id: number) {
    return t(c).selectFrom('plan_bulletins').selectAll().where('id', '=', id).executeTakeFirst();
  },
  findByScope(c: Conn, q: { orgId: number; year: number; quarter: number; scopeKey: string }) {
    return t(c).selectFrom('plan_bulletins').select(['id', 'status']).where('org_id', '=', q.orgId).where('year', '=', q.year)
      .where('quarter', '=', q.quarter).where('scope_key', '=', q.scopeKey).executeTakeFirst();
  },
  /** Bulletins of some organisations (null: all), newest quarter first. */
  list(c: Conn, q: { orgIds: number[] | null; year?: number; status?: string; planId?: number }) {
    let s = t(c).selectFrom('plan_bulletins').select(['id', 'org_id', 'plan_id', 'year', 'quarter', 'title', 'number', 'issuer', 'as_of', 'status', 'published_at', 'generated_at', 'version', 'created_at', 'updated_at']);
    if (q.orgIds) s = q.orgIds.length ? s.where('org_id', 'in', q.orgIds) : s.where('org_id', '=', -1);
    if (q.year) s = s.where('year', '=', q.year);
    if (q.status) s = s.where('status', '=', q.status);
    if (q.planId) s = s.where('plan_id', '=', q.planId);
    return s.orderBy('year', 'desc').orderBy('quarter', 'desc').orderBy('id', 'desc').execute();
  },
  async insert(c: Conn, row: Omit<BulletinRow, 'id' | 'version'>): Promise<number> {
    const r = await t(c).insertInto('plan_bulletins').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },
  /** Optimistic update: false when `version` is stale. */
  async update(c: Conn, id: number, version: number, set: Partial<Omit<BulletinRow, 'id' | 'version'>>): Promise<boolean> {
    const r = await t(c).updateTable('plan_bulletins').set({ ...set, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
