import type { Kysely } from 'kysely';
import type { AuditLog } from '../../platform/audit/index.js';
import { type Principal, hasRole, inScope } from '../../platform/auth/index.js';
import { DeadlineDataMissing, addCalendarDays, addWorkdays } from '../../platform/calendar/index.js';
import type { FileStore } from '../../platform/files/index.js';
import type { Mailer } from '../../platform/mail/index.js';
import { type Clock, shanghaiDate } from '../../platform/time/index.js';
import type { CalendarService } from '../calendar/index.js';
import type { OrgRow, OrgService } from '../orgs/index.js';
import { PlanNotFound, PlanTaskNotFound } from './plans.errors.js';
import { type PlanRow, type TaskRow, type UnitRow, plansRepository as repo } from './plans.repository.js';
import { createUnitResolver } from './unit-resolution.js';
import type { UnitRole } from './vocabulary.js';

export interface PlanDeps {
  db: Kysely<any>;
  audit: AuditLog;
  clock: Clock;
  orgs: OrgService;
  /** The working-day calendar (工作日 deadlines, "due soon"). */
  calendar: CalendarService;
  /** Evidence files (佐证材料) are stored like attachments. */
  files: FileStore;
  /** Reminders go through the outbox in the reminder's transaction. */
  mail?: Mailer;
  /**
   * Published documents, for evidence of kind 'document' (the publications module's public read:
   * throws a 404 AppError for a document that is not public).
   */
  documents: { document(id: number): Promise<{ id: number; title: string; status: string }> };
  /** "Due soon" = due within this many working days (GONGKAI_PLAN_REMIND_WORKDAYS, 5). */
  remindWorkdays: number;
  /** Largest evidence file, in bytes. */
  evidenceLimit: number;
}

/** How the caller sees a plan: the owning organisation's side (all tasks) or as an assigned unit (its tasks). */
export type PlanAccess = 'owner' | 'assigned';

/** What every use case of the module shares: deps, today, organisations, scope and the loaders that apply it. */
export function createPlanContext(deps: PlanDeps) {
  const db = deps.db;
  const today = () => shanghaiDate(deps.clock.now());

  /**
   * The last day of "due soon": N working days after today. Where the calendar lacks the next year's
   * holidays (late December) this view falls back to calendar days (N × 7/5) instead of failing: it is a
   * filter, not a legal deadline.
   */
  function soonBy(from = today()): string {
    try {
      return addWorkdays(deps.calendar.current(), from, deps.remindWorkdays);
    } catch (err) {
      if (err instanceof DeadlineDataMissing) return addCalendarDays(from, Math.ceil((deps.remindWorkdays * 7) / 5));
      throw err;
    }
  }

  const allOrgs = (conn: Kysely<any> = db) => deps.orgs.listAllRows(conn);

  /** Ids of the organisations the caller acts for (own and supervised); null for a sysadmin (everything). */
  const scopeIds = (p: Principal, all: OrgRow[]): number[] | null => (hasRole(p, 'sysadmin') ? null : all.filter((o) => inScope(p, o.path)).map((o) => o.id));

  const orgById = (all: OrgRow[]) => new Map(all.map((o) => [o.id, o]));

  /**
   * A plan the caller may see, and how.
   * @throws PlanNotFound when missing or out of scope (not revealed).
   */
  async function planFor(p: Principal, id: number, conn: Kysely<any> = db): Promise<{ plan: PlanRow; owner: OrgRow; all: OrgRow[]; access: PlanAccess; scope: number[] | null }> {
    const plan = await repo.findPlan(conn, id);
    if (!plan) throw new PlanNotFound();
    const all = await allOrgs(conn);
    const owner = all.find((o) => o.id === plan.org_id)!;
    const scope = scopeIds(p, all);
    if (inScope(p, owner.path)) return { plan, owner, all, access: 'owner', scope };
    if (plan.status !== 'draft' && (await repo.tasks(conn, { planId: plan.id, scopeIds: scope }, { offset: 0, limit: 1 })).total > 0) {
      return { plan, owner, all, access: 'assigned', scope };
    }
    throw new PlanNotFound();
  }

  /**
   * A task the caller may see: its plan's owner is in scope, or (adopted plans) one of its units.
   * @throws PlanTaskNotFound
   */
  async function taskFor(p: Principal, id: number, conn: Kysely<any> = db): Promise<{ task: TaskRow; plan: PlanRow; owner: OrgRow; all: OrgRow[]; units: UnitRow[]; access: PlanAccess }> {
    const task = await repo.findTask(conn, id);
    if (!task) throw new PlanTaskNotFound();
    const plan = (await repo.findPlan(conn, task.plan_id))!;
    const all = await allOrgs(conn);
    const owner = all.find((o) => o.id === plan.org_id)!;
    const units = await repo.units(conn, [task.id]);
    if (inScope(p, owner.path)) return { task, plan, owner, all, units, access: 'owner' };
    const byId = orgById(all);
    if (plan.status !== 'draft' && units.some((u) => u.org_id !== null && byId.has(u.org_id) && inScope(p, byId.get(u.org_id)!.path))) {
      return { task, plan, owner, all, units, access: 'assigned' };
    }
    throw new PlanTaskNotFound();
  }

  /** An organisation by code that the caller may name (in scope). */
  function orgInScope(p: Principal, all: OrgRow[], code: string): OrgRow | undefined {
    const org = all.find((o) => o.code === code);
    return org && inScope(p, org.path) ? org : undefined;
  }

  return { deps, db, today, soonBy, allOrgs, scopeIds, orgById, planFor, taskFor, orgInScope, resolverFor: createUnitResolver };
}

export type PlanContext = ReturnType<typeof createPlanContext>;

/** A unit row to insert (before the task id is known). */
export interface UnitDraft {
  role: UnitRole;
  org_id: number | null;
  name: string;
  collective: string | null;
}

/**
 * Keeps one assignment per organisation (the first, in role order lead → responsible → cooperating,
 * so a unit named both 牵头 and 配合 stays 牵头) and one per name for units kept as text.
 */
export function dedupeUnits(units: UnitDraft[]): UnitDraft[] {
  const order: Record<UnitRole, number> = { lead: 0, responsible: 1, cooperating: 2 };
  const sorted = units.map((u, i) => ({ u, i })).sort((a, b) => order[a.u.role] - order[b.u.role] || a.i - b.i).map((x) => x.u);
  const seenOrg = new Set<number>();
  const seenText = new Set<string>();
  return sorted.filter((u) => {
    if (u.org_id !== null) {
      if (seenOrg.has(u.org_id)) return false;
      seenOrg.add(u.org_id);
      return true;
    }
    const k = `${u.role}:${u.name}`;
    if (seenText.has(k)) return false;
    seenText.add(k);
    return true;
  });
}
