import type { AuditActor } from '../../platform/audit/index.js';
import { type Principal, hasRole, inScope } from '../../platform/auth/index.js';
import { addWorkdays } from '../../platform/calendar/index.js';
import { shanghaiIso } from '../../platform/time/index.js';
import { maskApplicant } from './applicant.js';
import { assertCanSeePersonalData } from './info-requests.policy.js';
import { type RequestRow, requestsRepository as repo } from './info-requests.repository.js';
import { STATUS_LABELS } from './presenter.js';
import { EVENT_LABELS, type RequestContext } from './request-context.js';
import { APPLICANT_TYPE_LABELS, CHANNEL_LABELS, type ApplicantType, type Channel } from './vocabulary.js';

export interface RequestListQuery {
  status?: string[];
  /** overdue: past due; dueSoon: at most 5 working days left; open: not closed. */
  view?: 'overdue' | 'dueSoon' | 'open';
  q?: string;
  /** Only this handling organisation (it must be in the caller's scope; otherwise nothing). */
  orgId?: number;
  page?: number;
  pageSize?: number;
}

/** Reads for the office: lists with the clock's figures, one request with its history, the dashboard. */
export function createQueryUseCases(ctx: RequestContext) {
  const { db, deps } = ctx;

  async function scope(p: Principal): Promise<number[] | null> {
    if (hasRole(p, 'sysadmin')) return null;
    return (await deps.orgs.listAllRows()).filter((o) => inScope(p, o.path)).map((o) => o.id);
  }

  async function orgNames(): Promise<Map<number, string>> {
    return new Map((await deps.orgs.listAllRows()).map((o) => [o.id, o.name]));
  }

  function summary(row: RequestRow, names: Map<number, string>) {
    return {
      id: row.id, trackingCode: row.tracking_code, registerNo: row.register_no,
      channel: row.channel, channelLabel: CHANNEL_LABELS[row.channel as Channel] ?? row.channel,
      applicant: row.applicant_display, applicantType: row.applicant_type, applicantTypeLabel: APPLICANT_TYPE_LABELS[row.applicant_type as ApplicantType] ?? row.applicant_type,
      description: row.description.length > 80 ? `${row.description.slice(0, 80)}…` : row.description,
      org: names.get(row.org_id) ?? '', handlingOrg: names.get(row.handling_org_id) ?? '', handlingOrgId: row.handling_org_id,
      status: row.status, statusLabel: STATUS_LABELS[row.status as keyof typeof STATUS_LABELS] ?? row.status,
      submittedAt: shanghaiIso(row.submitted_at), receivedOn: row.received_on, dueOn: row.due_on, closedOn: row.closed_on,
      result: row.result, onTime: row.on_time === null ? null : row.on_time === 1, version: row.version,
    };
  }

  return {
    async list(p: Principal, q: RequestListQuery) {
      const today = ctx.today();
      const pageSize = Math.min(q.pageSize ?? 20, 100);
      const page = Math.max(1, q.page ?? 1);
      const inScopeIds = await scope(p);
      const f = {
        orgIds: q.orgId ? (inScopeIds === null || inScopeIds.includes(q.orgId) ? [q.orgId] : []) : inScopeIds, status: q.view === 'open' ? ['awaiting_confirmation', 'in_progress', 'awaiting_correction', 'consulting', 'awaiting_payment'] : q.status,
        overdueOn: q.view === 'overdue' ? today : undefined,
        dueBy: q.view === 'dueSoon' ? addWorkdays(ctx.cal(), today, ctx.rules.dueSoonWorkdays) : undefined,
        q: q.q?.trim() || undefined, offset: (page - 1) * pageSize, limit: pageSize,
      };
      const [{ rows, total }, names] = await Promise.all([repo.list(db, f), orgNames()]);
      // Working days left come from the clock of each shown request (the stored due date is as of its last event).
      const items = await Promise.all(rows.map(async (r) => ({ ...summary(r, names), clock: r.status === 'closed' ? null : pick((await ctx.clockOf(r)).clock) })));
      return { items, total, page, pageSize };
    },

    /** One request with its history and clock; personal data masked unless `reveal` (audited). */
    async get(p: Principal, actor: AuditActor, id: number, opts: { reveal?: boolean } = {}) {
      const row = await ctx.getInScope(p, id);
      const [{ events, clock }, names] = await Promise.all([ctx.clockOf(row), orgNames()]);
      const applicant = ctx.applicant(row);
      if (opts.reveal) {
        assertCanSeePersonalData(p);
        // Every view of an applicant's personal data leaves a trace (issue #4, 个人信息保护法第五十一条).
        await db.transaction().execute((trx) => deps.audit.record(trx, actor, { action: 'info_request.view_personal_data', entityType: 'info_request', entityId: row.id, orgId: row.handling_org_id, summary: `查看申请人完整个人信息（登记号 ${row.register_no ?? row.tracking_code}）` }));
      }
      return {
        ...summary(row, names),
        description: row.description, purpose: row.purpose, delivery: row.delivery,
        applicantDetail: opts.reveal ? applicant : { type: applicant.type, ...maskApplicant(applicant) },
        revealed: !!opts.reveal,
        clock,
        events: events.map((e) => ({ seq: e.seq, type: e.type, label: EVENT_LABELS[e.type] ?? e.type, on: e.on_date, at: shanghaiIso(e.at), actor: e.actor_name, data: JSON.parse(e.data) as Record<string, unknown>, note: e.note })),
      };
    },

    /** Per handling organisation: open, overdue, due soon, awaiting the applicant, closed this year and on time. */
    async dashboard(p: Principal) {
      const today = ctx.today();
      const [open, names] = await Promise.all([repo.open(db, await scope(p)), orgNames()]);
      const byOrg = new Map<number, { orgId: number; org: string; open: number; overdue: number; dueSoon: number; awaitingApplicant: number }>();
      for (const r of open) {
        const { clock } = await ctx.clockOf(r, db, today);
        const o = byOrg.get(r.handling_org_id) ?? { orgId: r.handling_org_id, org: names.get(r.handling_org_id) ?? '', open: 0, overdue: 0, dueSoon: 0, awaitingApplicant: 0 };
        o.open += 1;
        if (clock.overdue) o.overdue += 1;
        if (clock.dueSoon) o.dueSoon += 1;
        if (clock.status === 'awaiting_correction' || clock.status === 'awaiting_payment') o.awaitingApplicant += 1;
        byOrg.set(r.handling_org_id, o);
      }
      const rows = [...byOrg.values()].sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || b.open - a.open);
      return { today, rows, totals: rows.reduce((t, r) => ({ open: t.open + r.open, overdue: t.overdue + r.overdue, dueSoon: t.dueSoon + r.dueSoon, awaitingApplicant: t.awaitingApplicant + r.awaitingApplicant }), { open: 0, overdue: 0, dueSoon: 0, awaitingApplicant: 0 }) };
    },
  };
}

const pick = (c: { dueOn: string | null; workdaysLeft: number | null; overdue: boolean; dueSoon: boolean; pausedWorkdays: number }) =>
  ({ dueOn: c.dueOn, workdaysLeft: c.workdaysLeft, overdue: c.overdue, dueSoon: c.dueSoon, pausedWorkdays: c.pausedWorkdays });
