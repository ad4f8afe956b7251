import { shanghaiIso } from '../../platform/time/index.js';
import type { OrgRow } from '../orgs/index.js';
import type { EventRow, PlanRow, TaskRow, UnitRow } from './plans.repository.js';
import {
  EVENT_LABELS, type EventType, OVERDUE_LABEL, PLAN_STATUS_LABELS, type PlanStatus, TASK_STATUS_LABELS, type TaskStatus, UNIT_ROLES, type UnitRole,
} from './vocabulary.js';

/** Rows → API shapes (timestamps with +08:00, dates as YYYY-MM-DD). */

export interface UnitView {
  id: number;
  role: UnitRole;
  orgId: number | null;
  code: string | null;
  name: string;
  /** The collective name this assignment was expanded from (各县区政府、管委会), or null. */
  collective: string | null;
}

export type EvidenceItem =
  | { kind: 'document'; documentId: number; title: string; url: string }
  | { kind: 'url'; url: string; title: string | null }
  | { kind: 'file'; fileKey: string; name: string; size: number; url?: string };

export const isOverdue = (t: Pick<TaskRow, 'status' | 'due_on'>, today: string) => t.status !== 'closed' && t.due_on !== null && t.due_on < today;
export const isDueSoon = (t: Pick<TaskRow, 'status' | 'due_on'>, today: string, soonBy: string) =>
  t.status !== 'closed' && t.due_on !== null && t.due_on >= today && t.due_on <= soonBy;

/** The status people read: 逾期 replaces an open status once the due date has passed. */
export const statusLabel = (t: Pick<TaskRow, 'status' | 'due_on'>, today: string) =>
  t.status !== 'closed' && isOverdue(t, today) ? OVERDUE_LABEL : TASK_STATUS_LABELS[t.status as TaskStatus];

export function presentUnit(u: UnitRow, orgs: Map<number, OrgRow>): UnitView {
  return { id: u.id, role: u.role as UnitRole, orgId: u.org_id, code: u.org_id !== null ? orgs.get(u.org_id)?.code ?? null : null, name: u.name, collective: u.collective };
}

export function unitsByRole(units: UnitRow[], orgs: Map<number, OrgRow>) {
  const out = Object.fromEntries(UNIT_ROLES.map((r) => [r, [] as UnitView[]])) as Record<UnitRole, UnitView[]>;
  for (const u of units) out[u.role as UnitRole]?.push(presentUnit(u, orgs));
  return out;
}

export function presentEvidence(taskId: number, raw: string): EvidenceItem[] {
  return (JSON.parse(raw) as EvidenceItem[]).map((e) => (e.kind === 'file' ? { ...e, url: `/api/v1/plan-tasks/${taskId}/evidence/${e.fileKey}` } : e));
}

export function presentEvent(e: EventRow, orgs: Map<number, OrgRow>) {
  const org = e.org_id !== null ? orgs.get(e.org_id) : undefined;
  return {
    id: e.id, type: e.type, label: EVENT_LABELS[e.type as EventType] ?? e.type, org: org ? { id: org.id, code: org.code, name: org.name } : null,
    text: e.text, percent: e.percent, evidence: presentEvidence(e.task_id, e.evidence), data: JSON.parse(e.data) as Record<string, unknown>,
    actorName: e.actor_name, on: e.on_date, at: shanghaiIso(e.at),
  };
}

export interface TaskContext {
  today: string;
  soonBy: string;
  orgs: Map<number, OrgRow>;
  units: Map<number, UnitRow[]>;
  latest: Map<number, EventRow>;
}

export function presentTask(t: TaskRow & { plan_title?: string }, c: TaskContext) {
  const latest = c.latest.get(t.id);
  const org = latest?.org_id != null ? c.orgs.get(latest.org_id) : undefined;
  return {
    id: t.id, planId: t.plan_id, ...(t.plan_title !== undefined ? { planTitle: t.plan_title } : {}),
    seq: t.seq, path: JSON.parse(t.path) as string[], pathLabel: t.path_label, heading: t.heading, text: t.text,
    deadline: t.deadline_raw !== null || t.deadline_kind !== null ? { raw: t.deadline_raw ?? '', kind: t.deadline_kind, date: t.deadline_date } : null,
    dueOn: t.due_on, status: t.status as TaskStatus, statusLabel: statusLabel(t, c.today),
    overdue: isOverdue(t, c.today), dueSoon: isDueSoon(t, c.today, c.soonBy),
    percent: t.percent, closedOn: t.closed_on, version: t.version,
    units: unitsByRole(c.units.get(t.id) ?? [], c.orgs),
    latestProgress: latest ? { text: latest.text, percent: latest.percent, on: latest.on_date, org: org ? { code: org.code, name: org.name } : null } : null,
    updatedAt: shanghaiIso(t.updated_at),
  };
}

export type TaskView = ReturnType<typeof presentTask>;

export interface PlanCounts {
  total: number;
  byStatus: Record<TaskStatus, number>;
  overdue: number;
  dueSoon: number;
}

export const emptyCounts = (): PlanCounts => ({ total: 0, byStatus: { not_started: 0, in_progress: 0, submitted: 0, closed: 0 }, overdue: 0, dueSoon: 0 });

export function presentPlan(p: PlanRow, owner: OrgRow, extra: { counts: PlanCounts; access: 'owner' | 'assigned'; canWrite: boolean }) {
  return {
    id: p.id, org: { id: owner.id, code: owner.code, name: owner.name }, title: p.title, issuer: p.issuer, docNumber: p.doc_number, year: p.year,
    status: p.status as PlanStatus, statusLabel: PLAN_STATUS_LABELS[p.status as PlanStatus],
    adoptedAt: p.adopted_at ? shanghaiIso(p.adopted_at) : null, version: p.version,
    createdAt: shanghaiIso(p.created_at), updatedAt: shanghaiIso(p.updated_at),
    counts: extra.counts, access: extra.access, canWrite: extra.canWrite,
  };
}
