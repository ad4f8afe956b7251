import type { Kysely } from 'kysely';
import type { AuditActor } from '../../platform/audit/index.js';
import { type Principal, hasRole, inScope } from '../../platform/auth/index.js';
import { NotFoundError, ValidationError } from '../../platform/errors/index.js';
import type { OrgRow } from '../orgs/index.js';
import { dueOnFor } from './deadlines.js';
import type { DeadlineKind } from './plan-types.js';
import { type PlanContext, type UnitDraft, dedupeUnits } from './plan-context.js';
import { PLAN_WRITERS, assertOwnerOffice } from './plans.policy.js';
import { PlanStateConflict, PlanVersionConflict } from './plans.errors.js';
import { type PlanRow, type TaskRow, plansRepository as repo } from './plans.repository.js';
import type { CreatePlanInput, TaskInput, UpdatePlanInput } from './plans.schemas.js';
import { type PlanCounts, emptyCounts, presentPlan, presentTask } from './presenter.js';
import type { UnitResolver } from './unit-resolution.js';
import { UNIT_ROLES } from './vocabulary.js';

type UnitMap = Record<string, string | null>;

/**
 * 分工方案 from draft to ledger: create a draft from the edited import preview, list and read plans in
 * scope, replace a draft, delete it, adopt it (下达: units resolved, collectives expanded, due dates
 * fixed, a 'created' event per task), archive it.
 */
export function createPlanUseCases(ctx: PlanContext) {
  const { db, deps } = ctx;

  /** The organisation a new plan belongs to: the code given (in scope), else the caller's own. */
  function ownerFor(p: Principal, all: OrgRow[], code: string | undefined): OrgRow {
    const org = all.find((o) => o.code === (code ?? p.orgCode));
    if (!org || !inScope(p, org.path) || org.status !== 'active') throw new NotFoundError('组织机构', 'ORG_NOT_FOUND');
    return org;
  }

  /** A draft's units: the office's mapping first, else the resolver's single match; collectives stay text until adoption. */
  function draftUnits(task: TaskInput, resolver: UnitResolver, map: UnitMap, all: OrgRow[]): UnitDraft[] {
    const out: UnitDraft[] = [];
    for (const role of UNIT_ROLES) {
      for (const name of task[role]) {
        if (Object.hasOwn(map, name)) {
          const code = map[name];
          const org = code ? all.find((o) => o.code === code && o.status === 'active') : undefined;
          out.push({ role, org_id: org?.id ?? null, name, collective: null });
        } else {
          out.push({ role, org_id: resolver.resolve(name).match?.orgId ?? null, name, collective: null });
        }
      }
    }
    return dedupeUnits(out);
  }

  /** Refuses codes in the office's mapping that name no organisation. */
  function checkUnitMap(map: UnitMap, all: OrgRow[]): void {
    const bad = Object.entries(map).filter(([, code]) => code && !all.some((o) => o.code === code && o.status === 'active'));
    if (bad.length) {
      throw new ValidationError(`单位对应的机构编码不存在或已停用：${bad.map(([n, c]) => `${n}→${c}`).join('、')}`, bad.map(([n]) => ({ path: `body.unitMap.${n}`, message: '机构编码不存在或已停用' })));
    }
  }

  async function insertTasks(trx: Kysely<any>, plan: PlanRow, tasks: TaskInput[], resolver: UnitResolver, map: UnitMap, all: OrgRow[], now: string): Promise<void> {
    for (const [i, task] of tasks.entries()) {
      const row = await repo.insertTask(trx, {
        plan_id: plan.id, seq: i + 1, path: JSON.stringify(task.path), path_label: task.path.join('/'), heading: task.heading, text: task.text,
        deadline_raw: task.deadline?.raw ?? null, deadline_kind: task.deadline?.kind ?? null, deadline_date: task.deadline?.date ?? null,
        due_on: task.deadline && (task.deadline.kind === 'by-date' || task.deadline.kind === 'year-end') ? task.deadline.date : null,
        status: 'not_started', closed_on: null, created_at: now, updated_at: now,
      });
      const units = draftUnits(task, resolver, map, all);
      await repo.insertUnits(trx, units.map((u, k) => ({ ...u, task_id: row.id, sort_order: k })));
    }
  }

  /** Counts of the visible tasks of each plan. */
  async function countsOf(planIds: number[], scope: number[] | null, conn: Kysely<any> = db): Promise<Map<number, PlanCounts>> {
    const today = ctx.today();
    const rows = await repo.countTasks(conn, planIds, { scopeIds: scope }, today, ctx.soonBy(today));
    const out = new Map<number, PlanCounts>();
    for (const r of rows) {
      const c = out.get(r.planId) ?? emptyCounts();
      c.total += r.n;
      c.byStatus[r.status as keyof PlanCounts['byStatus']] = r.n;
      c.overdue += r.overdue;
      c.dueSoon += r.dueSoon;
      out.set(r.planId, c);
    }
    return out;
  }

  const canWrite = (p: Principal, owner: OrgRow) => hasRole(p, ...PLAN_WRITERS) && inScope(p, owner.path);

  async function detail(p: Principal, id: number) {
    const { plan, owner, all, access, scope } = await ctx.planFor(p, id);
    const today = ctx.today();
    const { items } = await repo.tasks(db, { planId: plan.id, scopeIds: access === 'owner' ? null : scope });
    const ids = items.map((t) => t.id);
    const [units, latest, counts] = await Promise.all([repo.units(db, ids), repo.latestProgress(db, ids), countsOf([plan.id], access === 'owner' ? null : scope)]);
    const byTask = new Map<number, typeof units>();
    for (const u of units) byTask.set(u.task_id, [...(byTask.get(u.task_id) ?? []), u]);
    const tc = { today, soonBy: ctx.soonBy(today), orgs: ctx.orgById(all), units: byTask, latest };
    return {
      ...presentPlan(plan, owner, { counts: counts.get(plan.id) ?? emptyCounts(), access, canWrite: canWrite(p, owner) }),
      sourceText: access === 'owner' ? plan.source_text : null,
      unitMap: JSON.parse(plan.unit_map) as UnitMap,
      tasks: items.map((t) => presentTask(t, tc)),
    };
  }

  /** Loads a plan for a change by the owning office, checks version and state. */
  async function forChange(p: Principal, trx: Kysely<any>, id: number, version: number | undefined, what: string, states: string[], refusal: (status: string) => PlanStateConflict) {
    const r = await ctx.planFor(p, id, trx);
    assertOwnerOffice(p, r.owner.path, what);
    if (!states.includes(r.plan.status)) throw refusal(r.plan.status);
    if (version !== undefined && r.plan.version !== version) throw new PlanVersionConflict(r.plan.version);
    return r;
  }

  return {
    detail,

    /** Plans the caller sees, newest year first, with task counts (their own tasks for assigned units). */
    async list(p: Principal, q: { status?: string; year?: number }) {
      const all = await ctx.allOrgs();
      const scope = ctx.scopeIds(p, all);
      const rows = await repo.listPlans(db, { scopeIds: scope, status: q.status, year: q.year });
      const byId = ctx.orgById(all);
      const owned = new Set(rows.filter((r) => inScope(p, byId.get(r.org_id)!.path)).map((r) => r.id));
      const [a, b] = await Promise.all([countsOf([...owned], null), countsOf(rows.filter((r) => !owned.has(r.id)).map((r) => r.id), scope)]);
      return {
        items: rows.map((r) => {
          const owner = byId.get(r.org_id)!;
          const mine = owned.has(r.id);
          return presentPlan(r, owner, { counts: (mine ? a : b).get(r.id) ?? emptyCounts(), access: mine ? 'owner' : 'assigned', canWrite: canWrite(p, owner) });
        }),
      };
    },

    /** 新建草稿 from the edited import preview. */
    async create(p: Principal, actor: AuditActor, input: CreatePlanInput) {
      const all = await ctx.allOrgs();
      const owner = ownerFor(p, all, input.orgCode);
      assertOwnerOffice(p, owner.path, '制定分工方案');
      checkUnitMap(input.unitMap, all);
      const resolver = ctx.resolverFor(all, owner);
      const now = deps.clock.now().toISOString();
      const id = await db.transaction().execute(async (trx) => {
        const plan = await repo.insertPlan(trx, {
          org_id: owner.id, title: input.title, issuer: input.issuer, doc_number: input.docNumber, year: input.year, source_text: input.sourceText,
          status: 'draft', unit_map: JSON.stringify(input.unitMap), adopted_at: null, adopted_by: null, created_by: actor.userId, updated_by: actor.userId, created_at: now, updated_at: now,
        });
        await insertTasks(trx, plan, input.tasks, resolver, input.unitMap, all, now);
        await deps.audit.record(trx, actor, {
          action: 'plan.create', entityType: 'plan', entityId: plan.id, orgId: owner.id,
          summary: `新建分工方案草稿“${input.title}”（${input.tasks.length}项任务）`,
          after: { title: input.title, year: input.year, docNumber: input.docNumber, tasks: input.tasks.length },
        });
        return plan.id;
      });
      return detail(p, id);
    },

    /** 修改草稿: fields given replace the stored ones; `tasks` replaces every task. */
    async update(p: Principal, actor: AuditActor, id: number, input: UpdatePlanInput) {
      const now = deps.clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const { plan, owner, all } = await forChange(p, trx, id, input.version, '修改分工方案', ['draft'], (s) => new PlanStateConflict('PLAN_NOT_DRAFT', '方案已下达，不能再修改；请在台账中修改具体任务', s));
        const map = input.unitMap ?? (JSON.parse(plan.unit_map) as UnitMap);
        if (input.unitMap) checkUnitMap(input.unitMap, all);
        const set = {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.issuer !== undefined && { issuer: input.issuer }),
          ...(input.docNumber !== undefined && { doc_number: input.docNumber }),
          ...(input.year !== undefined && { year: input.year }),
          ...(input.sourceText !== undefined && { source_text: input.sourceText }),
          ...(input.unitMap !== undefined && { unit_map: JSON.stringify(input.unitMap) }),
          updated_by: actor.userId, updated_at: now,
        };
        if (!(await repo.updatePlan(trx, plan.id, plan.version, set))) throw new PlanVersionConflict(plan.version + 1);
        if (input.tasks || input.unitMap) {
          // Units follow a changed mapping too: the tasks are written again from what they were.
          const tasks = input.tasks ?? (await tasksAsInput(trx, plan.id));
          await repo.deleteTasks(trx, plan.id);
          await insertTasks(trx, plan, tasks, ctx.resolverFor(all, owner), map, all, now);
        }
        await deps.audit.record(trx, actor, {
          action: 'plan.update', entityType: 'plan', entityId: plan.id, orgId: owner.id,
          summary: `修改分工方案草稿“${input.title ?? plan.title}”${input.tasks ? `（${input.tasks.length}项任务）` : ''}`,
          before: { title: plan.title, year: plan.year }, after: { title: input.title ?? plan.title, year: input.year ?? plan.year, tasks: input.tasks?.length },
        });
      });
      return detail(p, id);
    },

    /** 删除草稿 (an adopted plan is archived instead). */
    async remove(p: Principal, actor: AuditActor, id: number, version?: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const { plan, owner } = await forChange(p, trx, id, version, '删除分工方案', ['draft'], (s) => new PlanStateConflict('PLAN_NOT_DRAFT', '方案已下达，不能删除；可将其归档', s));
        await repo.deletePlan(trx, plan.id);
        await deps.audit.record(trx, actor, { action: 'plan.delete', entityType: 'plan', entityId: plan.id, orgId: owner.id, summary: `删除分工方案草稿“${plan.title}”`, before: { title: plan.title, year: plan.year } });
      });
    },

    /**
     * 下达: the plan becomes the ledger. Each unit is resolved again (the tree may have changed since the
     * draft), collectives expand to one assignment per organisation, due dates are fixed from the
     * deadlines (working-day ones on the calendar), and each task gets its 'created' event.
     * @throws DeadlineDataMissing (422) when a 工作日 deadline runs into a year without holiday data.
     */
    async adopt(p: Principal, actor: AuditActor, id: number, version: number) {
      const now = deps.clock.now().toISOString();
      const today = ctx.today();
      const cal = deps.calendar.current();
      await db.transaction().execute(async (trx) => {
        const { plan, owner, all } = await forChange(p, trx, id, version, '下达分工方案', ['draft'], (s) => new PlanStateConflict('PLAN_NOT_DRAFT', s === 'archived' ? '该方案已归档' : '该方案已下达', s));
        const tasks = await repo.tasksOfPlan(trx, plan.id);
        if (!tasks.length) throw new ValidationError('方案没有任何任务，不能下达', [{ path: 'tasks', message: '请至少保留一项任务' }]);
        const resolver = ctx.resolverFor(all, owner);
        const map = JSON.parse(plan.unit_map) as UnitMap;
        const allUnits = await repo.units(trx, tasks.map((t) => t.id));
        for (const task of tasks) {
          const dueOn = dueOnFor(task.deadline_kind ? { raw: task.deadline_raw ?? '', date: task.deadline_date, kind: task.deadline_kind as DeadlineKind } : null, today, cal);
          const units = allUnits.filter((u) => u.task_id === task.id);
          const expanded = dedupeUnits(units.flatMap((u): UnitDraft[] => {
            const base = { role: u.role as UnitDraft['role'], name: u.name, collective: null };
            if (u.org_id !== null || Object.hasOwn(map, u.name)) return [{ ...base, org_id: u.org_id }];
            const r = resolver.resolve(u.name);
            if (r.match) return [{ ...base, org_id: r.match.orgId }];
            if (r.expandsTo.length) return r.expandsTo.map((o) => ({ role: base.role, org_id: o.orgId, name: o.name, collective: u.name }));
            return [{ ...base, org_id: null }];
          }));
          await repo.deleteUnits(trx, task.id);
          await repo.insertUnits(trx, expanded.map((u, k) => ({ ...u, task_id: task.id, sort_order: k })));
          await repo.updateTask(trx, task.id, task.version, { due_on: dueOn, updated_at: now });
          await repo.addEvent(trx, {
            task_id: task.id, type: 'created', org_id: owner.id, text: `${owner.name}下达任务${dueOn ? `，${dueOn}前完成` : ''}`, percent: 0,
            data: JSON.stringify({ dueOn, units: expanded.length }), actor_id: actor.userId, actor_name: actor.name, on_date: today, at: now,
          });
        }
        if (!(await repo.updatePlan(trx, plan.id, plan.version, { status: 'adopted', adopted_at: now, adopted_by: actor.userId, updated_by: actor.userId, updated_at: now }))) {
          throw new PlanVersionConflict(plan.version + 1);
        }
        await deps.audit.record(trx, actor, {
          action: 'plan.adopt', entityType: 'plan', entityId: plan.id, orgId: owner.id,
          summary: `下达分工方案“${plan.title}”（${tasks.length}项任务）`, before: { status: 'draft' }, after: { status: 'adopted', tasks: tasks.length },
        });
      });
      return detail(p, id);
    },

    /** 归档: an adopted plan leaves the cross-plan ledger and its tasks take no more reports. */
    async archive(p: Principal, actor: AuditActor, id: number, version: number) {
      const now = deps.clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const { plan, owner } = await forChange(p, trx, id, version, '归档分工方案', ['adopted'], (s) => new PlanStateConflict('PLAN_NOT_ADOPTED', s === 'archived' ? '该方案已归档' : '只有已下达的方案才能归档', s));
        if (!(await repo.updatePlan(trx, plan.id, plan.version, { status: 'archived', updated_by: actor.userId, updated_at: now }))) throw new PlanVersionConflict(plan.version + 1);
        await deps.audit.record(trx, actor, { action: 'plan.archive', entityType: 'plan', entityId: plan.id, orgId: owner.id, summary: `归档分工方案“${plan.title}”`, before: { status: 'adopted' }, after: { status: 'archived' } });
      });
      return detail(p, id);
    },
  };
}

/** A stored draft's tasks back as input (to write them again with a changed unit mapping). */
async function tasksAsInput(trx: Kysely<any>, planId: number): Promise<TaskInput[]> {
  const tasks: TaskRow[] = await repo.tasksOfPlan(trx, planId);
  const units = await repo.units(trx, tasks.map((t) => t.id));
  return tasks.map((t) => {
    const mine = units.filter((u) => u.task_id === t.id);
    const names = (role: string) => mine.filter((u) => u.role === role).map((u) => u.name);
    return {
      path: JSON.parse(t.path) as string[], heading: t.heading, text: t.text, lead: names('lead'), responsible: names('responsible'), cooperating: names('cooperating'),
      deadline: t.deadline_kind ? { raw: t.deadline_raw ?? '', date: t.deadline_date, kind: t.deadline_kind as DeadlineKind } : null,
    };
  });
}

export type PlanUseCases = ReturnType<typeof createPlanUseCases>;
