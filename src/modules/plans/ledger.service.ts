import type { Kysely } from 'kysely';
import { type Principal, hasRole, inScope } from '../../platform/auth/index.js';
import { NotFoundError } from '../../platform/errors/index.js';
import type { OrgRow } from '../orgs/index.js';
import type { PlanContext } from './plan-context.js';
import { PLAN_WRITERS, PROGRESS_REPORTERS } from './plans.policy.js';
import { type TaskFilter, type TaskRow, type UnitRow, plansRepository as repo } from './plans.repository.js';
import type { CrossTasksQuery } from './plans.schemas.js';
import { type TaskContext, presentEvent, presentTask, presentUnit } from './presenter.js';
import { renderLedgerXlsx } from './ledger-xlsx.js';
import { OVERDUE_LABEL, PLAN_STATUS_LABELS, type PlanStatus, TASK_STATUS_LABELS, type TaskStatus } from './vocabulary.js';

/**
 * 台账 reads: one plan's tasks (all of them for the owning side, its own for an assigned unit), tasks
 * across plans by unit, overdue and due soon, and one task with its units, log and evidence.
 */
export function createLedgerUseCases(ctx: PlanContext) {
  const { db } = ctx;

  /** An organisation named in a filter (unknown codes are a 404, not an empty list). */
  function orgByCode(all: OrgRow[], code: string): OrgRow {
    const org = all.find((o) => o.code === code);
    if (!org) throw new NotFoundError('组织机构', 'ORG_NOT_FOUND');
    return org;
  }

  /** The view's date filter: overdue (open, due before today) or due soon (open, due within N working days). */
  function viewFilter(view: string | undefined, today: string): Partial<TaskFilter> {
    if (view === 'overdue') return { overdueOn: today };
    if (view === 'dueSoon') return { dueBetween: [today, ctx.soonBy(today)] };
    return {};
  }

  /** Units and latest progress of a page of tasks, for presenting them. */
  async function taskContext(tasks: TaskRow[], all: OrgRow[], conn: Kysely<any> = db): Promise<TaskContext> {
    const ids = tasks.map((t) => t.id);
    const [units, latest] = await Promise.all([repo.units(conn, ids), repo.latestProgress(conn, ids)]);
    const byTask = new Map<number, UnitRow[]>();
    for (const u of units) byTask.set(u.task_id, [...(byTask.get(u.task_id) ?? []), u]);
    const today = ctx.today();
    return { today, soonBy: ctx.soonBy(today), orgs: ctx.orgById(all), units: byTask, latest };
  }

  /**
   * One plan's tasks (per-plan view), filtered by status, unit and view.
   * `status: 'overdue'` (export) is the same as `view: 'overdue'`.
   */
  async function planTasks(p: Principal, planId: number, q: { status?: string; org?: string; view?: 'overdue' | 'dueSoon' }) {
      const { plan, owner, all, access, scope } = await ctx.planFor(p, planId);
      const today = ctx.today();
      const overdue = q.status === 'overdue';
      const filter: TaskFilter = {
        planId: plan.id, scopeIds: access === 'owner' ? null : scope,
        ...(q.status && !overdue ? { status: [q.status] } : {}),
        ...(q.org ? { orgId: orgByCode(all, q.org).id } : {}),
        ...viewFilter(overdue ? 'overdue' : q.view, today),
      };
      const { items } = await repo.tasks(db, filter);
      const tc = await taskContext(items, all);
      return { plan: { id: plan.id, title: plan.title, status: plan.status, org: { code: owner.code, name: owner.name } }, access, items: items.map((t) => presentTask(t, tc)) };
  }

  return {
    taskContext,
    planTasks,

    /** 台账 as XLSX (the usual columns), with the same filters as the per-plan view. */
    async exportLedger(p: Principal, planId: number, q: { status?: string; org?: string }) {
      const r = await planTasks(p, planId, q);
      const all = q.org ? await ctx.allOrgs() : [];
      const filters = [
        q.org ? `单位：${all.find((o) => o.code === q.org)?.name ?? q.org}` : '',
        q.status ? `状态：${q.status === 'overdue' ? OVERDUE_LABEL : TASK_STATUS_LABELS[q.status as TaskStatus]}` : '',
      ].filter(Boolean);
      const today = ctx.today();
      const body = await renderLedgerXlsx({ title: r.plan.title, subtitle: ['任务落实台账', ...filters, `截至${today}`].join('\u3000'), tasks: r.items });
      return { body, fileName: `${r.plan.title}台账（${today}）.xlsx` };
    },

    /**
     * Tasks across plans (the per-unit ledger): `mine` — assigned to the caller's organisation; `overdue`,
     * `dueSoon`, `all` — every visible task of adopted plans; `org` narrows to one assigned organisation,
     * `plan` to one plan.
     */
    async crossTasks(p: Principal, q: CrossTasksQuery) {
      const all = await ctx.allOrgs();
      const scope = ctx.scopeIds(p, all);
      const today = ctx.today();
      const filter: TaskFilter = {
        scopeIds: scope,
        planStatus: q.plan ? ['adopted', 'archived', 'draft'] : ['adopted'],
        ...(q.plan ? { planId: q.plan } : {}),
        ...(q.status ? { status: [q.status] } : {}),
        ...(q.org ? { orgId: orgByCode(all, q.org).id } : {}),
        ...(q.view === 'mine' ? { assignedTo: [p.orgId] } : {}),
        ...viewFilter(q.view, today),
      };
      const { items, total } = await repo.tasks(db, filter, { offset: (q.page - 1) * q.pageSize, limit: q.pageSize });
      const tc = await taskContext(items, all);
      return { items: items.map((t) => presentTask(t, tc)), total, page: q.page, pageSize: q.pageSize };
    },

    /** One task: its plan, units, log (with evidence) and what the caller may do with it. */
    async task(p: Principal, id: number) {
      const { task, plan, owner, all, units, access } = await ctx.taskFor(p, id);
      const [events, tc] = await Promise.all([repo.events(db, task.id), taskContext([task], all)]);
      const orgs = ctx.orgById(all);
      const open = plan.status === 'adopted';
      const office = hasRole(p, ...PLAN_WRITERS) && inScope(p, owner.path);
      const assigned = units.some((u) => u.org_id !== null && orgs.has(u.org_id) && inScope(p, orgs.get(u.org_id)!.path));
      const reporter = hasRole(p, ...PROGRESS_REPORTERS) && (assigned || inScope(p, owner.path));
      return {
        task: presentTask(task, tc),
        plan: { id: plan.id, title: plan.title, status: plan.status, statusLabel: PLAN_STATUS_LABELS[plan.status as PlanStatus], org: { id: owner.id, code: owner.code, name: owner.name } },
        units: units.map((u) => presentUnit(u, orgs)),
        events: events.map((e) => presentEvent(e, orgs)),
        access,
        can: {
          report: open && reporter && (task.status === 'not_started' || task.status === 'in_progress'),
          submit: open && reporter && (task.status === 'not_started' || task.status === 'in_progress'),
          accept: open && office && task.status === 'submitted',
          return: open && office && task.status === 'submitted',
          edit: open && office && task.status !== 'closed',
        },
      };
    },
  };
}

export type LedgerUseCases = ReturnType<typeof createLedgerUseCases>;
