import type { Kysely } from 'kysely';
import type { AuditActor } from '../../../platform/audit/index.js';
import { type Principal, hasRole, inScope } from '../../../platform/auth/index.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../platform/errors/index.js';
import { shanghaiDate, shanghaiIso } from '../../../platform/time/index.js';
import type { OrgRow } from '../../orgs/index.js';
import { type RequestRow, requestsRepository } from '../info-requests.repository.js';
import type { RequestContext } from '../request-context.js';
import { orgUnit, orgsById, scopeOrgIds } from '../scope.js';
import type { AppealKind, AppealOutcome } from '../vocabulary.js';
import { APPEAL_KIND_LABELS, APPEAL_OUTCOME_LABELS, appealProblems, lateFilingNote } from './appeal-rules.js';
import { appealTable } from '../statistics/index.js';
import { type AppealListRow, type AppealRow, appealsRepository as repo } from './appeals.repository.js';
import type { AppealView, CreateAppealInput, ReviewLitigation, UpdateAppealInput } from './appeals.schemas.js';

/** Recording 行政复议/诉讼 is the office's work: the 政务公开办 (office_admin) and the 承办人 (handler). */
function assertCanRecordAppeals(p: Principal): void {
  if (!hasRole(p, 'office_admin', 'handler', 'sysadmin')) throw new ForbiddenError('只有政务公开办管理员或承办人员可以登记行政复议、行政诉讼情况');
}

class AppealNotFound extends NotFoundError {
  constructor() {
    super('行政复议或行政诉讼记录', 'INFO_REQUEST_APPEAL_NOT_FOUND');
  }
}

/** The day a request counts as received: 收到申请之日, or its submission day while not yet confirmed. */
const receivedOf = (r: RequestRow) => r.received_on ?? shanghaiDate(new Date(r.submitted_at));

function refuse(problems: { path: string; message: string }[]): never {
  throw new ValidationError(problems.map((x) => x.message).join('；'), problems);
}

function present(a: AppealListRow, orgs: Map<number, OrgRow>): AppealView {
  const note = lateFilingNote(a.kind as AppealKind, a.filed_on, a.request_closed_on);
  return {
    id: a.id, requestId: a.request_id, trackingCode: a.tracking_code, registerNo: a.register_no,
    orgId: a.org_id, org: orgs.get(a.org_id)?.name ?? '',
    kind: a.kind as AppealKind, kindLabel: APPEAL_KIND_LABELS[a.kind as AppealKind] ?? a.kind,
    filedOn: a.filed_on, bodyName: a.body_name, caseNumber: a.case_number,
    outcome: a.outcome as AppealOutcome, outcomeLabel: APPEAL_OUTCOME_LABELS[a.outcome as AppealOutcome] ?? a.outcome,
    decidedOn: a.decided_on, note: a.note, lateFiling: note !== null, lateFilingNote: note,
    version: a.version, createdAt: shanghaiIso(a.created_at), updatedAt: shanghaiIso(a.updated_at),
  };
}

const withRequest = (a: AppealRow, r: RequestRow): AppealListRow => ({ ...a, tracking_code: r.tracking_code, register_no: r.register_no, request_closed_on: r.closed_on });

/**
 * 行政复议 / 行政诉讼 about how requests were handled (条例第五十一条: 申请人认为行政机关在政府信息公开
 * 工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼), recorded by the office so that table 四
 * of the annual report counts itself.
 */
export function createAppealUseCases(ctx: RequestContext) {
  const { db, deps } = ctx;

  /** A record within the caller's scope (by the organisation it belongs to), fresh in `conn`. */
  async function getInScope(p: Principal, id: number, conn: Kysely<any>): Promise<AppealRow> {
    const row = await repo.findById(conn, id);
    const org = row && (await deps.orgs.listAllRows(conn)).find((o) => o.id === row.org_id);
    if (!row || !org || !inScope(p, org.path)) throw new AppealNotFound();
    return row;
  }

  return {
    /**
     * Records a 行政复议 or 行政诉讼 on a request in the caller's scope. Late filings are accepted
     * and flagged (`lateFiling`), never refused: admissibility is for the 复议机关 or the court.
     * @throws ValidationError for dates out of order; ConflictError when 复议后起诉 has no 行政复议 on the request.
     */
    async create(p: Principal, actor: AuditActor, requestId: number, input: CreateAppealInput): Promise<AppealView> {
      assertCanRecordAppeals(p);
      const created = await db.transaction().execute(async (trx) => {
        const request = await ctx.getInScope(p, requestId, trx);
        const review = input.kind === 'litigationAfterReview' ? await repo.firstReview(trx, request.id) : undefined;
        if (input.kind === 'litigationAfterReview' && !review) {
          throw new ConflictError('INFO_REQUEST_APPEAL_REVIEW_MISSING', '复议后起诉须先登记该申请的行政复议记录；未经复议直接起诉的，请选择“未经复议直接起诉”');
        }
        const facts = { kind: input.kind, filedOn: input.filedOn, outcome: input.outcome, decidedOn: input.decidedOn ?? null };
        const problems = appealProblems(facts, { today: ctx.today(), receivedOn: receivedOf(request), reviewFiledOn: review?.filed_on });
        if (problems.length) refuse(problems);
        const now = deps.clock.now().toISOString();
        const row = await repo.insert(trx, {
          request_id: request.id, org_id: request.handling_org_id, kind: input.kind, filed_on: input.filedOn, body_name: input.bodyName,
          case_number: input.caseNumber || null, outcome: input.outcome, decided_on: input.decidedOn ?? null, note: input.note || null,
          created_at: now, updated_at: now,
        });
        const late = lateFilingNote(input.kind, input.filedOn, request.closed_on);
        await deps.audit.record(trx, actor, {
          action: 'info_request.appeal.create', entityType: 'info_request_appeal', entityId: row.id, orgId: row.org_id,
          summary: `登记${APPEAL_KIND_LABELS[input.kind]}（申请登记号 ${request.register_no ?? request.tracking_code}，${input.bodyName}，${input.filedOn}，${APPEAL_OUTCOME_LABELS[input.outcome]}）${late ? '，超过通常期限' : ''}`,
          after: { requestId: request.id, kind: row.kind, filedOn: row.filed_on, bodyName: row.body_name, caseNumber: row.case_number, outcome: row.outcome, decidedOn: row.decided_on },
        });
        return withRequest(row, request);
      });
      return present(created, await orgsById(ctx));
    },

    /**
     * Changes the outcome (and case number, body, note) of a record. Setting the outcome back to
     * 尚未审结 clears the decision day (giving one with it is refused).
     * @throws ConflictError (INFO_REQUEST_APPEAL_VERSION_CONFLICT) when `version` is stale.
     */
    async update(p: Principal, actor: AuditActor, id: number, input: UpdateAppealInput): Promise<AppealView> {
      assertCanRecordAppeals(p);
      const updated = await db.transaction().execute(async (trx) => {
        const before = await getInScope(p, id, trx);
        const stale = () => new ConflictError('INFO_REQUEST_APPEAL_VERSION_CONFLICT', '该记录刚被他人修改过，请刷新后重试', { currentVersion: before.version });
        if (before.version !== input.version) throw stale();
        // The record's scope was checked above (its organisation); the request is read for its dates only.
        const request = (await requestsRepository.findById(trx, before.request_id))!;
        const outcome = input.outcome ?? (before.outcome as AppealOutcome);
        const decidedOn = input.decidedOn !== undefined ? input.decidedOn : outcome === 'pending' && input.outcome ? null : before.decided_on;
        const kind = before.kind as AppealKind;
        // The filing day is not changed here, so only the decision is checked again.
        const problems = appealProblems({ kind, filedOn: before.filed_on, outcome, decidedOn }, { today: ctx.today(), receivedOn: receivedOf(request) })
          .filter((x) => x.path !== 'body.filedOn');
        if (problems.length) refuse(problems);
        const set = {
          outcome, decided_on: decidedOn,
          ...(input.bodyName !== undefined ? { body_name: input.bodyName } : {}),
          ...(input.caseNumber !== undefined ? { case_number: input.caseNumber || null } : {}),
          ...(input.note !== undefined ? { note: input.note || null } : {}),
          updated_at: deps.clock.now().toISOString(),
        };
        if ((await repo.update(trx, id, before.version, set)) !== 1) throw stale();
        const after = { ...before, ...set, version: before.version + 1 };
        await deps.audit.record(trx, actor, {
          action: 'info_request.appeal.update', entityType: 'info_request_appeal', entityId: id, orgId: before.org_id,
          summary: `更新${APPEAL_KIND_LABELS[kind]}情况（${after.body_name}${after.case_number ? `，${after.case_number}` : ''}）：${APPEAL_OUTCOME_LABELS[before.outcome as AppealOutcome]} → ${APPEAL_OUTCOME_LABELS[outcome]}${decidedOn ? `（${decidedOn}审结）` : ''}`,
          before: { outcome: before.outcome, decidedOn: before.decided_on, bodyName: before.body_name, caseNumber: before.case_number, note: before.note },
          after: { outcome: after.outcome, decidedOn: after.decided_on, bodyName: after.body_name, caseNumber: after.case_number, note: after.note },
        });
        return withRequest(after, request);
      });
      return present(updated, await orgsById(ctx));
    },

    /** The records of one request in the caller's scope, oldest filing first. */
    async listForRequest(p: Principal, requestId: number): Promise<{ items: AppealView[] }> {
      const request = await ctx.getInScope(p, requestId);
      const [{ rows }, orgs] = await Promise.all([repo.list(db, { orgIds: null, requestId: request.id, offset: 0, limit: 500 }), orgsById(ctx)]);
      return { items: rows.reverse().map((r) => present(r, orgs)) };
    },

    /** Records of the caller's scope, newest filing first, by filing year, kind and outcome. */
    async list(p: Principal, q: { year?: number; kind?: AppealKind; outcome?: AppealOutcome; page?: number; pageSize?: number }) {
      const page = Math.max(1, q.page ?? 1);
      const pageSize = Math.min(q.pageSize ?? 20, 100);
      const [{ rows, total }, orgs] = await Promise.all([
        repo.list(db, {
          orgIds: await scopeOrgIds(ctx, p), kind: q.kind, outcome: q.outcome, offset: (page - 1) * pageSize, limit: pageSize,
          ...(q.year ? { from: `${q.year}-01-01`, to: `${q.year}-12-31` } : {}),
        }),
        orgsById(ctx),
      ]);
      return { items: rows.map((r) => present(r, orgs)), total, page, pageSize };
    },

    /**
     * Table 四 (行政复议、行政诉讼情况) of an organisation (default: the caller's) for a year (default:
     * this year), in the shape of the annual report JSON's `reviewLitigation`.
     *
     * Counting rule chosen [U]: a record is counted in the year it was FILED (申请复议或起诉之日), with its
     * current outcome, so the office sees how each case of the year ended. The annual report counts the
     * same records with their outcome as of 31 December (decided later = 尚未审结), as the year stood.
     * @throws NotFoundError (ORG_NOT_FOUND) when the organisation is unknown or outside the caller's scope.
     */
    async summary(p: Principal, q: { year?: number; org?: string; scope?: 'self' | 'subtree' }): Promise<ReviewLitigation> {
      const year = q.year ?? Number(ctx.today().slice(0, 4));
      const { orgIds } = await orgUnit(ctx, p, q.org ?? p.orgCode, q.scope ?? 'self');
      return appealTable(db, { orgIds, year, outcomeAt: 'now' });
    },
  };
}

export type AppealUseCases = ReturnType<typeof createAppealUseCases>;
