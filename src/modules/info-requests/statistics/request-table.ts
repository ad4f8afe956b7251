import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { ValidationError } from '../../../platform/errors/index.js';
import type { InfoRequestTables } from '../info-requests.tables.js';
import { APPLICANT_TYPES, type ApplicantType, RESULT_CODES, type ResultCode } from '../vocabulary.js';
import { type PageQuery, type YearQuery, checkPage, orgChunks, pagedOverChunks, yearBounds } from './year.js';

/*
 * Table 三 of the annual report (收到和处理政府信息公开申请情况, 国办公开办函〔2021〕30号), counted from the
 * projection `info_requests` by the organisation that handles each request (handling_org_id).
 *
 * For year Y a request is COUNTED when received_on ≤ Y-12-31 and it was not closed before Y
 * (closed_on null or ≥ Y-01-01). An online application not yet confirmed has no received_on (条例第三十一条:
 * the day both sides confirm is the day of receipt) and is not counted. Of the counted requests:
 *   一、本年新收   received_on within Y;
 *   二、上年结转   received_on before Y-01-01;
 *   三、办理结果   closed_on within Y, by `result` (the result codes are the rows of the table);
 *   四、结转下年度 closed_on null or after Y-12-31 (open on 12-31).
 * So per column 一 + 二 = 三(七)总计 + 四 by construction (the table's own 勾稽关系), and Y's 四 is Y+1's 二.
 * A request closed in Y whose result is null or not a known code, or whose applicant type is not a
 * column, cannot be put in a cell: it is counted in `unclassified` (never dropped silently) so the
 * caller can report it; the identity then holds for the classified requests only.
 */

type Db = Kysely<InfoRequestTables>;
type Eb = ExpressionBuilder<InfoRequestTables, 'info_requests'>;

export type PerApplicant = Record<ApplicantType, number>;

export interface RequestTableCounts {
  newReceived: PerApplicant;
  carriedOver: PerApplicant;
  results: Record<ResultCode, PerApplicant>;
  carriedForward: PerApplicant;
  /** Requests counted for the year that fit no cell (closed with a null/unknown result, or an unknown applicant type). */
  unclassified: number;
}

/** A cell's row: 一、二、四, a result row, 三(七)总计 (`total`), or the requests `unclassified` counts. */
export type RequestRowKey = 'newReceived' | 'carriedOver' | 'carriedForward' | 'total' | 'unclassified' | ResultCode;

export interface CountedRequestsQuery extends YearQuery, PageQuery {
  row: RequestRowKey;
  /** A column; omitted: the 总计 column (every applicant type). */
  applicantType?: ApplicantType;
}

export interface CountedRequest {
  id: number;
  trackingCode: string;
  registerNo: string | null;
  applicantType: string;
  applicantDisplay: string;
  receivedOn: string;
  closedOn: string | null;
  result: string | null;
  status: string;
  handlingOrgId: number;
}

const perApplicant = (): PerApplicant => Object.fromEntries(APPLICANT_TYPES.map((t) => [t, 0])) as PerApplicant;

export function emptyRequestTable(): RequestTableCounts {
  return {
    newReceived: perApplicant(), carriedOver: perApplicant(), carriedForward: perApplicant(), unclassified: 0,
    results: Object.fromEntries(RESULT_CODES.map((c) => [c, perApplicant()])) as Record<ResultCode, PerApplicant>,
  };
}

const isType = (t: string): t is ApplicantType => (APPLICANT_TYPES as readonly string[]).includes(t);
const isResult = (r: string | null): r is ResultCode => r !== null && (RESULT_CODES as readonly string[]).includes(r);

/** The requests counted for the year (see above), of some organisations. */
function counted(eb: Eb, ids: number[], start: string, end: string) {
  return eb.and([
    eb('handling_org_id', 'in', ids),
    eb('received_on', '<=', end),
    eb.or([eb('closed_on', 'is', null), eb('closed_on', '>=', start)]),
  ]);
}

/**
 * Table 三 for the organisations and the year: one aggregate query per group of organisations, grouped
 * by applicant type and result with CASEs on the dates. The covering index of migration 0010
 * (handling_org_id, received_on, closed_on, applicant_type, result) answers it without reading rows.
 */
export async function requestTable(db: Kysely<any>, q: YearQuery): Promise<RequestTableCounts> {
  const { start, end } = yearBounds(q.year);
  const table = emptyRequestTable();
  for (const ids of orgChunks(q.orgIds)) {
    const groups = await (db as Db).selectFrom('info_requests')
      .select([
        'applicant_type', 'result',
        sql<number>`sum(case when received_on >= ${start} then 1 else 0 end)`.as('new_received'),
        sql<number>`sum(case when received_on < ${start} then 1 else 0 end)`.as('carried_over'),
        sql<number>`sum(case when closed_on <= ${end} then 1 else 0 end)`.as('closed'),
        sql<number>`sum(case when closed_on is null or closed_on > ${end} then 1 else 0 end)`.as('carried_forward'),
      ])
      .where((eb) => counted(eb, ids, start, end))
      .groupBy(['applicant_type', 'result'])
      .execute();
    for (const g of groups) {
      const [fresh, over, closed, forward] = [g.new_received, g.carried_over, g.closed, g.carried_forward].map(Number);
      const type = g.applicant_type;
      if (!isType(type)) {
        table.unclassified += fresh + over; // every counted request is new or carried over: each once
        continue;
      }
      table.newReceived[type] += fresh;
      table.carriedOver[type] += over;
      table.carriedForward[type] += forward;
      if (isResult(g.result)) table.results[g.result][type] += closed;
      else table.unclassified += closed;
    }
  }
  return table;
}

/** The condition of one cell's row, within the counted requests (the same rules as requestTable). */
function rowWhere(eb: Eb, row: RequestRowKey, start: string, end: string) {
  const known = eb('applicant_type', 'in', [...APPLICANT_TYPES]);
  const closedInYear = eb.and([eb('closed_on', 'is not', null), eb('closed_on', '<=', end)]);
  switch (row) {
    case 'newReceived': return eb.and([known, eb('received_on', '>=', start)]);
    case 'carriedOver': return eb.and([known, eb('received_on', '<', start)]);
    case 'carriedForward': return eb.and([known, eb.or([eb('closed_on', 'is', null), eb('closed_on', '>', end)])]);
    case 'total': return eb.and([known, closedInYear, eb('result', 'in', [...RESULT_CODES])]);
    case 'unclassified': return eb.or([
      eb.not(known),
      eb.and([closedInYear, eb.or([eb('result', 'is', null), eb.not(eb('result', 'in', [...RESULT_CODES]))])]),
    ]);
    default: return eb.and([known, closedInYear, eb('result', '=', row)]);
  }
}

const ROW_KEYS: readonly string[] = ['newReceived', 'carriedOver', 'carriedForward', 'total', 'unclassified', ...RESULT_CODES];

/**
 * The requests behind one cell of table 三 (drill-down), ordered by receipt date then id, with the
 * cell's count as `total`. `applicantType` picks a column; without it, the 总计 column.
 */
export async function countedRequests(db: Kysely<any>, q: CountedRequestsQuery): Promise<{ total: number; items: CountedRequest[] }> {
  const { start, end } = yearBounds(q.year);
  checkPage(q);
  if (!ROW_KEYS.includes(q.row)) throw new ValidationError(`表三没有“${String(q.row)}”这一行`, [{ path: 'row', message: '行无效' }]);
  const type = q.applicantType;
  if (type !== undefined && !isType(type)) throw new ValidationError(`表三没有“${String(type)}”这一列`, [{ path: 'applicantType', message: '申请人类型无效' }]);
  const page = await pagedOverChunks<CountedRequest>(q.orgIds, q, (a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : a.id - b.id), async (ids, offset, limit) => {
    let base = (db as Db).selectFrom('info_requests').where((eb) => eb.and([counted(eb, ids, start, end), rowWhere(eb, q.row, start, end)]));
    if (type) base = base.where('applicant_type', '=', type);
    const [rows, count] = await Promise.all([
      base.select(['id', 'tracking_code', 'register_no', 'applicant_type', 'applicant_display', 'received_on', 'closed_on', 'result', 'status', 'handling_org_id'])
        .orderBy('received_on').orderBy('id').offset(offset).limit(limit).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      total: Number(count.n),
      rows: rows.map((r) => ({
        id: r.id, trackingCode: r.tracking_code, registerNo: r.register_no, applicantType: r.applicant_type, applicantDisplay: r.applicant_display,
        receivedOn: r.received_on!, closedOn: r.closed_on, result: r.result, status: r.status, handlingOrgId: r.handling_org_id,
      })),
    };
  });
  return { total: page.total, items: page.rows };
}
