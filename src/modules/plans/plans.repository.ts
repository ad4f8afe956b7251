import { type ExpressionBuilder, type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { PlanTable, PlanTables, PlanTaskEventTable, PlanTaskTable, PlanTaskUnitTable } from './plans.tables.js';

export type PlanRow = Selectable<PlanTable>;
export type TaskRow = Selectable<PlanTaskTable>;
export type UnitRow = Selectable<PlanTaskUnitTable>;
export type EventRow = Selectable<PlanTaskEventTable>;

/**
 * Read-only view of the identity module's users, declared here for one join: the mailboxes of an
 * organisation's staff (reminders). Nothing else of another module's tables is read.
 */
interface UserMailboxTables {
  users: { id: number; org_id: number; display_name: string; email: string | null; status: string };
}

type Conn = Kysely<any>;
type Db = Kysely<PlanTables>;
const t = (c: Conn) => c as Db;
type TaskEb = ExpressionBuilder<PlanTables & { t: PlanTaskTable; p: PlanTable }, 't' | 'p'>;

/** Which tasks a caller sees: null = everything (sysadmin); else the ids of the organisations in their scope. */
export interface TaskVisibility {
  scopeIds: number[] | null;
}

export interface TaskFilter extends TaskVisibility {
  planId?: number;
  /** Only plans in these states (the cross-plan ledger: adopted). */
  planStatus?: string[];
  status?: string[];
  /** Assigned to this organisation (any role). */
  orgId?: number;
  /** 'mine': assigned to one of these organisations. */
  assignedTo?: number[];
  /** Open and due before this day. */
  overdueOn?: string;
  /** Open and due in [from, to]. */
  dueBetween?: [string, string];
}

const NONE = sql<boolean>`1 = 0`;

/** Tasks the caller sees: the plan's owner is in scope, or (adopted/archived plans) one of the task's units is. */
function visible(eb: TaskEb, scopeIds: number[] | null) {
  if (!scopeIds) return sql<boolean>`1 = 1`;
  if (!scopeIds.length) return NONE;
  return eb.or([
    eb('p.org_id', 'in', scopeIds),
    eb.and([
      eb('p.status', '<>', 'draft'),
      eb.exists(eb.selectFrom('plan_task_units as u').select(sql`1`.as('one')).whereRef('u.task_id', '=', 't.id').where('u.org_id', 'in', scopeIds)),
    ]),
  ]);
}

/** The only SQL of the plans module. */
export const plansRepository = {
  findPlan(c: Conn, id: number): Promise<PlanRow | undefined> {
    return t(c).selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async insertPlan(c: Conn, row: Insertable<PlanTable>): Promise<PlanRow> {
    return t(c).insertInto('plans').values(row).returningAll().executeTakeFirstOrThrow();
  },
  /** Optimistic update: 0 rows when `version` is stale. */
  async updatePlan(c: Conn, id: number, version: number, set: Updateable<PlanTable>): Promise<number> {
    const r = await t(c).updateTable('plans').set({ ...set, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
  /** Deletes a plan with its tasks, units and events. */
  async deletePlan(c: Conn, id: number): Promise<void> {
    await this.deleteTasks(c, id);
    await t(c).deleteFrom('plans').where('id', '=', id).execute();
  },
  async deleteTasks(c: Conn, planId: number): Promise<void> {
    const ids = t(c).selectFrom('plan_tasks').select('id').where('plan_id', '=', planId);
    await t(c).deleteFrom('plan_task_events').where('task_id', 'in', ids).execute();
    await t(c).deleteFrom('plan_task_units').where('task_id', 'in', ids).execute();
    await t(c).deleteFrom('plan_tasks').where('plan_id', '=', planId).execute();
  },
  /** Plans the caller sees (owned in scope, or with a task assigned in scope once adopted), newest first. */
  listPlans(c: Conn, f: TaskVisibility & { status?: string; year?: number }) {
    let q = t(c).selectFrom('plans as p').selectAll('p');
    if (f.status) q = q.where('p.status', '=', f.status);
    if (f.year) q = q.where('p.year', '=', f.year);
    if (f.scopeIds) {
      const ids = f.scopeIds;
      q = ids.length
        ? q.where((eb) => eb.or([
          eb('p.org_id', 'in', ids),
          eb.and([
            eb('p.status', '<>', 'draft'),
            eb.exists(eb.selectFrom('plan_tasks as t').innerJoin('plan_task_units as u', 'u.task_id', 't.id').select(sql`1`.as('one'))
              .whereRef('t.plan_id', '=', 'p.id').where('u.org_id', 'in', ids)),
          ]),
        ]))
        : q.where(NONE);
    }
    return q.orderBy('p.year', 'desc').orderBy('p.id', 'desc').execute();
  },
  /** Task counts per plan and status (visible tasks only), with overdue and due-soon counts. */
  async countTasks(c: Conn, planIds: number[], vis: TaskVisibility, today: string, soonBy: string) {
    if (!planIds.length) return [];
    const rows = await t(c).selectFrom('plan_tasks as t').innerJoin('plans as p', 'p.id', 't.plan_id')
      .select((eb) => [
        't.plan_id', 't.status',
        eb.fn.countAll<number>().as('n'),
        sql<number>`sum(case when t.status <> 'closed' and t.due_on < ${today} then 1 else 0 end)`.as('overdue'),
        sql<number>`sum(case when t.status <> 'closed' and t.due_on >= ${today} and t.due_on <= ${soonBy} then 1 else 0 end)`.as('due_soon'),
      ])
      .where('t.plan_id', 'in', planIds).where((eb) => visible(eb, vis.scopeIds))
      .groupBy(['t.plan_id', 't.status']).execute();
    return rows.map((r) => ({ planId: r.plan_id, status: r.status, n: Number(r.n), overdue: Number(r.overdue ?? 0), dueSoon: Number(r.due_soon ?? 0) }));
  },
  /** Tasks matching a filter (visibility applied), in plan and outline order; `total` for paging. */
  async tasks(c: Conn, f: TaskFilter, page?: { offset: number; limit: number }): Promise<{ items: (TaskRow & { plan_title: string; plan_org_id: number; plan_status: string })[]; total: number }> {
    let q = t(c).selectFrom('plan_tasks as t').innerJoin('plans as p', 'p.id', 't.plan_id').where((eb) => visible(eb, f.scopeIds));
    if (f.planId) q = q.where('t.plan_id', '=', f.planId);
    if (f.planStatus) q = q.where('p.status', 'in', f.planStatus);
    if (f.status?.length) q = q.where('t.status', 'in', f.status);
    if (f.overdueOn) q = q.where('t.status', '<>', 'closed').where('t.due_on', '<', f.overdueOn);
    if (f.dueBetween) q = q.where('t.status', '<>', 'closed').where('t.due_on', '>=', f.dueBetween[0]).where('t.due_on', '<=', f.dueBetween[1]);
    const orgs = f.orgId ? [f.orgId] : f.assignedTo;
    if (orgs) {
      q = orgs.length
        ? q.where((eb) => eb.exists(eb.selectFrom('plan_task_units as u2').select(sql`1`.as('one')).whereRef('u2.task_id', '=', 't.id').where('u2.org_id', 'in', orgs)))
        : q.where(NONE);
    }
    const rows = q.selectAll('t').select(['p.title as plan_title', 'p.org_id as plan_org_id', 'p.status as plan_status']);
    // One plan in outline order; across plans the nearest deadline first (no deadline last).
    const ordered = f.planId
      ? rows.orderBy('t.seq')
      : rows.orderBy(sql`case when t.due_on is null then 1 else 0 end`).orderBy('t.due_on').orderBy('t.plan_id').orderBy('t.seq');
    if (!page) {
      const items = await ordered.execute();
      return { items, total: items.length };
    }
    const [items, total] = await Promise.all([
      ordered.offset(page.offset).limit(page.limit).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items, total: Number(total.n) };
  },
  findTask(c: Conn, id: number): Promise<TaskRow | undefined> {
    return t(c).selectFrom('plan_tasks').selectAll().where('id', '=', id).executeTakeFirst();
  },
  tasksOfPlan(c: Conn, planId: number): Promise<TaskRow[]> {
    return t(c).selectFrom('plan_tasks').selectAll().where('plan_id', '=', planId).orderBy('seq').execute();
  },
  async insertTask(c: Conn, row: Insertable<PlanTaskTable>): Promise<TaskRow> {
    return t(c).insertInto('plan_tasks').values(row).returningAll().executeTakeFirstOrThrow();
  },
  async updateTask(c: Conn, id: number, version: number, set: Updateable<PlanTaskTable>): Promise<number> {
    const r = await t(c).updateTable('plan_tasks').set({ ...set, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
  async units(c: Conn, taskIds: number[]): Promise<UnitRow[]> {
    if (!taskIds.length) return [];
    const out: UnitRow[] = [];
    for (let i = 0; i < taskIds.length; i += 2000) {
      out.push(...await t(c).selectFrom('plan_task_units').selectAll().where('task_id', 'in', taskIds.slice(i, i + 2000)).orderBy('task_id').orderBy('sort_order').orderBy('id').execute());
    }
    return out;
  },
  async insertUnits(c: Conn, rows: Insertable<PlanTaskUnitTable>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await t(c).insertInto('plan_task_units').values(rows.slice(i, i + 500)).execute();
  },
  async deleteUnits(c: Conn, taskId: number): Promise<void> {
    await t(c).deleteFrom('plan_task_units').where('task_id', '=', taskId).execute();
  },
  events(c: Conn, taskId: number): Promise<EventRow[]> {
    return t(c).selectFrom('plan_task_events').selectAll().where('task_id', '=', taskId).orderBy('id').execute();
  },
  async addEvent(c: Conn, e: Insertable<PlanTaskEventTable>): Promise<EventRow> {
    return t(c).insertInto('plan_task_events').values(e).returningAll().executeTakeFirstOrThrow();
  },
  /** The newest progress report (进展 or 提交验收) of each task. */
  async latestProgress(c: Conn, taskIds: number[]): Promise<Map<number, EventRow>> {
    const out = new Map<number, EventRow>();
    for (let i = 0; i < taskIds.length; i += 2000) {
      const ids = taskIds.slice(i, i + 2000);
      const rows = await t(c).selectFrom('plan_task_events as e').selectAll('e')
        .where('e.id', 'in', (eb) => eb.selectFrom('plan_task_events').select((x) => x.fn.max('id').as('id'))
          .where('task_id', 'in', ids).where('type', 'in', ['progress', 'submitted']).groupBy('task_id'))
        .execute();
      for (const r of rows) out.set(r.task_id, r);
    }
    return out;
  },
  /** Open tasks of adopted plans due on or before `by` (reminders), with their plan. */
  reminderCandidates(c: Conn, by: string) {
    return t(c).selectFrom('plan_tasks as t').innerJoin('plans as p', 'p.id', 't.plan_id')
      .selectAll('t').select(['p.title as plan_title', 'p.org_id as plan_org_id'])
      .where('p.status', '=', 'adopted').where('t.status', 'in', ['not_started', 'in_progress'])
      .where('t.due_on', 'is not', null).where('t.due_on', '<=', by)
      .orderBy('t.due_on').orderBy('t.id').execute();
  },
  /** The reminders already sent for these tasks: "taskId:kind:dueOn". */
  async remindedKeys(c: Conn, taskIds: number[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (let i = 0; i < taskIds.length; i += 2000) {
      const rows = await t(c).selectFrom('plan_task_events').select(['task_id', 'data']).where('type', '=', 'reminded').where('task_id', 'in', taskIds.slice(i, i + 2000)).execute();
      for (const r of rows) {
        const d = JSON.parse(r.data) as { kind?: string; dueOn?: string };
        out.add(`${r.task_id}:${d.kind}:${d.dueOn}`);
      }
    }
    return out;
  },
  /** Active staff with an e-mail address in these organisations (read-only join on the identity module's users). */
  async mailboxes(c: Conn, orgIds: number[]): Promise<{ id: number; org_id: number; display_name: string; email: string }[]> {
    if (!orgIds.length) return [];
    const rows = await (c as Kysely<UserMailboxTables>).selectFrom('users').select(['id', 'org_id', 'display_name', 'email'])
      .where('org_id', 'in', orgIds).where('status', '=', 'active').where('email', 'is not', null).where('email', '<>', '').orderBy('id').execute();
    return rows.map((r) => ({ ...r, email: r.email! }));
  },
};
