import type { Kysely, Transaction } from 'kysely';
import type { AuditActor, AuditLog } from '../../platform/audit/index.js';
import { type Principal, inScope } from '../../platform/auth/index.js';
import type { CalendarData } from '../../platform/calendar/index.js';
import type { FieldCipher } from '../../platform/crypto/index.js';
import type { FileStore } from '../../platform/files/index.js';
import type { Mailer } from '../../platform/mail/index.js';
import { ConflictError } from '../../platform/errors/index.js';
import { type Clock, shanghaiDate } from '../../platform/time/index.js';
import type { CalendarService } from '../calendar/index.js';
import type { OrgService } from '../orgs/index.js';
import { type Applicant, applicantColumn, applicantKey, displayName } from './applicant.js';
import type { SubmitInput } from './info-requests.schemas.js';
import { normalizeForSearch } from '../../platform/text/index.js';
import { type ClockEvent, type ClockRules, type ClockState, DEFAULT_CLOCK_RULES, deriveClock } from './clock/index.js';
import { RequestNotFound } from './info-requests.errors.js';
import { type RequestEventRow, type RequestRow, requestsRepository as repo } from './info-requests.repository.js';
import type { InfoRequestTables } from './info-requests.tables.js';

export type Conn = Kysely<InfoRequestTables>;

/** Same request in other words? Only whitespace, punctuation, width and script are ignored. */
export function descriptionKey(text: string): string {
  return normalizeForSearch(text).replace(/[\s\p{P}\p{S}]/gu, '');
}

export interface InfoRequestDeps {
  db: Kysely<any>;
  audit: AuditLog;
  clock: Clock;
  calendar: CalendarService;
  orgs: OrgService;
  cipher: FieldCipher;
  files: FileStore;
  /** Mail to applicants (acknowledgement, 补正, reply) goes through the outbox in the step's transaction. */
  mail?: Mailer;
  rules?: ClockRules;
}

/** Every event a request's log can hold: the clock's own, and the handling steps around them. */
export const EVENT_LABELS: Record<string, string> = {
  submitted: '在线提交申请',
  received: '签收登记',
  assigned: '交办承办机构',
  correction_requested: '补正告知',
  corrected: '收到补正',
  consultation_started: '征求意见',
  consultation_ended: '收到意见（或期满）',
  extended: '延期答复',
  fee_notified: '收费通知',
  fee_paid: '缴纳信息处理费',
  closed: '办结',
  letter_issued: '出具文书',
  delivered: '送达',
  note: '办理记录',
};

const CLOCK_TYPES = new Set(['submitted', 'received', 'correction_requested', 'corrected', 'consultation_started', 'consultation_ended', 'extended', 'fee_notified', 'fee_paid', 'closed']);

/** The clock's view of the stored events. */
export function clockEvents(rows: readonly RequestEventRow[]): ClockEvent[] {
  return rows.filter((r) => CLOCK_TYPES.has(r.type)).map((r) => ({ ...(JSON.parse(r.data) as object), type: r.type, on: r.on_date }) as ClockEvent);
}

/**
 * What every use case shares: scope, the clock, and `append` — the one way a request changes: an
 * event is written, the projection row (status, dates, result) is derived again from all events,
 * and the audit entry is written, in one transaction.
 */
export function createRequestContext(deps: InfoRequestDeps) {
  const db = deps.db as Conn;
  const rules = deps.rules ?? DEFAULT_CLOCK_RULES;
  const cal = (): CalendarData => deps.calendar.current();
  const today = () => shanghaiDate(deps.clock.now());

  async function orgPath(orgId: number, conn: Conn): Promise<string> {
    const rows = await deps.orgs.listAllRows(conn as Kysely<any>);
    return rows.find((o) => o.id === orgId)?.path ?? '/-/';
  }

  return {
    db, deps, rules, cal, today,

    /** @throws RequestNotFound when missing or outside the caller's organisation subtree. */
    async getInScope(p: Principal, id: number, conn: Conn = db): Promise<RequestRow> {
      const row = await repo.findById(conn, id);
      if (!row || !inScope(p, await orgPath(row.handling_org_id, conn))) throw new RequestNotFound();
      return row;
    },

    async clockOf(row: RequestRow, conn: Conn = db, asOf = today()): Promise<{ events: RequestEventRow[]; clock: ClockState }> {
      const events = await repo.events(conn, row.id);
      return { events, clock: deriveClock(cal(), clockEvents(events), asOf, rules) };
    },

    /**
     * Stores a new request (before its first event): the applicant encrypted, the keyed digests that
     * duplicate and per-person checks compare, the masked name lists show. Online and offline alike.
     */
    async insertRequest(trx: Transaction<any> | Conn, r: { trackingCode: string; secret: string; orgId: number; channel: string; source: 'public' | 'staff'; status: string; input: SubmitInput }): Promise<RequestRow> {
      const iso = deps.clock.now().toISOString();
      const a = r.input.applicant;
      return repo.insert(trx as Conn, {
        tracking_code: r.trackingCode, secret_digest: deps.cipher.digest('secret', `${r.trackingCode}:${r.secret}`),
        org_id: r.orgId, handling_org_id: r.orgId, register_no: null, channel: r.channel, source: r.source,
        applicant_type: applicantColumn(a), applicant_display: displayName(a),
        applicant_enc: deps.cipher.encrypt(JSON.stringify(a)), applicant_digest: deps.cipher.digest('applicant', applicantKey(a)),
        description: r.input.description, description_digest: deps.cipher.digest('description', descriptionKey(r.input.description)),
        purpose: r.input.purpose ?? null, delivery: r.input.delivery, status: r.status, submitted_at: iso,
        received_on: null, due_on: null, closed_on: null, result: null, on_time: null, created_at: iso, updated_at: iso,
      });
    },

    applicant(row: RequestRow): Applicant {
      return JSON.parse(deps.cipher.decrypt(row.applicant_enc)) as Applicant;
    },

    /**
     * Appends one event and re-derives the projection. `expectVersion` guards against a concurrent
     * change (409 instead of a lost step).
     */
    async append(trx: Transaction<any> | Conn, actor: AuditActor, row: RequestRow, e: { type: string; on: string; data?: Record<string, unknown>; note?: string | null; summary: string }): Promise<RequestRow> {
      const conn = trx as Conn;
      const now = deps.clock.now().toISOString();
      await repo.addEvent(conn, {
        request_id: row.id, seq: row.event_count + 1, type: e.type, on_date: e.on, at: now,
        actor_id: actor.userId, actor_name: actor.name, data: JSON.stringify(e.data ?? {}), note: e.note ?? null,
      });
      const events = await repo.events(conn, row.id);
      const clock = deriveClock(cal(), clockEvents(events), today(), rules);
      const set = {
        status: clock.status, received_on: clock.receivedOn, due_on: clock.dueOn, closed_on: clock.closedOn, result: clock.result,
        on_time: clock.onTime === null ? null : clock.onTime ? 1 : 0, event_count: row.event_count + 1, updated_at: now,
        ...(e.type === 'assigned' ? { handling_org_id: e.data!.orgId as number } : {}),
        ...(typeof e.data?.registerNo === 'string' ? { register_no: e.data.registerNo, channel: e.data.channel as string } : {}),
      };
      if ((await repo.update(conn, row.id, row.version, set)) !== 1) throw new ConflictError('INFO_REQUEST_VERSION_CONFLICT', '该申请刚被他人处理过，请刷新后重试');
      await deps.audit.record(trx, actor, {
        action: `info_request.${e.type}`, entityType: 'info_request', entityId: row.id, orgId: row.handling_org_id, summary: e.summary,
        before: { status: row.status, due_on: row.due_on }, after: { status: set.status, due_on: set.due_on, data: e.data ?? {} },
      });
      return { ...row, ...set, version: row.version + 1 };
    },
  };
}

export type RequestContext = ReturnType<typeof createRequestContext>;
