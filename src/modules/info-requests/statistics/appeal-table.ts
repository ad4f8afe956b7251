import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { ValidationError } from '../../../platform/errors/index.js';
import type { InfoRequestTables } from '../info-requests.tables.js';
import { APPEAL_KINDS, APPEAL_OUTCOMES, type AppealKind, type AppealOutcome } from '../vocabulary.js';
import { type PageQuery, type YearQuery, checkPage, orgChunks, pagedOverChunks, yearBounds } from './year.js';

/*
 * Table 四 of the annual report (政府信息公开行政复议、行政诉讼情况, 国办公开办函〔2021〕30号; 条例第五十一条),
 * from the records in `info_request_appeals`. For year Y: the records of the organisations FILED in Y
 * (申请复议或起诉之日), each with its outcome AS OF Y-12-31 — a case decided after Y-12-31 (decided_on >
 * Y-12-31) was 尚未审结 when the year ended, so a report made again later gives the same figures.
 * total = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 */

type Db = Kysely<InfoRequestTables>;
type Eb = ExpressionBuilder<InfoRequestTables, 'info_request_appeals'>;

export type AppealCell = Record<AppealOutcome, number> & { total: number };
export type AppealTableCounts = Record<AppealKind, AppealCell>;

export interface CountedAppealsQuery extends YearQuery, PageQuery {
  kind: AppealKind;
  /** The outcome as of Y-12-31 (a column of table 四); omitted: the 总计 column. */
  outcome?: AppealOutcome;
}

export interface CountedAppeal {
  id: number;
  requestId: number;
  trackingCode: string;
  registerNo: string | null;
  orgId: number;
  kind: string;
  filedOn: string;
  bodyName: string;
  caseNumber: string | null;
  /** As of the end of the year asked for. */
  outcome: string;
  /** As recorded now (may be later than the year). */
  currentOutcome: string;
  decidedOn: string | null;
}

export function emptyAppealTable(): AppealTableCounts {
  const cell = (): AppealCell => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
  return { review: cell(), litigationDirect: cell(), litigationAfterReview: cell() };
}

/** The outcome as of `end`: still pending, or decided after it. */
const outcomeAsOf = (end: string) => sql<string>`case when info_request_appeals.decided_on > ${end} then 'pending' else info_request_appeals.outcome end`;

function filedIn(eb: Eb, ids: number[], start: string, end: string) {
  const t = 'info_request_appeals' as const;
  return eb.and([eb(`${t}.org_id`, 'in', ids), eb(`${t}.filed_on`, '>=', start), eb(`${t}.filed_on`, '<=', end)]);
}

/**
 * Table 四 for the organisations and the year, one aggregate query per group of organisations. Outcomes
 * are those of 31 December (the annual report), or the current ones (`outcomeAt: 'now'`, the handling
 * screen's summary, which shows how a case of the year ended even when it was decided later).
 */
export async function appealTable(db: Kysely<any>, q: YearQuery & { outcomeAt?: 'yearEnd' | 'now' }): Promise<AppealTableCounts> {
  const { start, end } = yearBounds(q.year);
  const outcome = q.outcomeAt === 'now' ? sql<string>`info_request_appeals.outcome` : outcomeAsOf(end);
  const table = emptyAppealTable();
  for (const ids of orgChunks(q.orgIds)) {
    const rows = await (db as Db).selectFrom('info_request_appeals')
      .select(['kind', outcome.as('outcome_at'), (eb) => eb.fn.countAll<number>().as('n')])
      .where((eb) => filedIn(eb, ids, start, end))
      // By the output name: PostgreSQL would not see two copies of the CASE with their own parameters as one.
      .groupBy(['kind', sql`outcome_at`])
      .execute();
    for (const r of rows) {
      // Both are checked on entry (appeals.schemas.ts); anything else is not a cell of table 四.
      if (!APPEAL_KINDS.includes(r.kind as AppealKind) || !APPEAL_OUTCOMES.includes(r.outcome_at as AppealOutcome)) continue;
      const cell = table[r.kind as AppealKind];
      cell[r.outcome_at as AppealOutcome] += Number(r.n);
      cell.total += Number(r.n);
    }
  }
  return table;
}

/** The records behind one cell of table 四 (drill-down), oldest filing first, with the cell's count as `total`. */
export async function countedAppeals(db: Kysely<any>, q: CountedAppealsQuery): Promise<{ total: number; items: CountedAppeal[] }> {
  const { start, end } = yearBounds(q.year);
  checkPage(q);
  if (!APPEAL_KINDS.includes(q.kind)) throw new ValidationError(`表四没有“${String(q.kind)}”这一类`, [{ path: 'kind', message: '类型无效' }]);
  if (q.outcome !== undefined && !APPEAL_OUTCOMES.includes(q.outcome)) throw new ValidationError(`表四没有“${String(q.outcome)}”这一列`, [{ path: 'outcome', message: '结果无效' }]);
  const page = await pagedOverChunks<CountedAppeal>(q.orgIds, q, (a, b) => (a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : a.id - b.id), async (ids, offset, limit) => {
    let base = (db as Db).selectFrom('info_request_appeals').where((eb) => filedIn(eb, ids, start, end)).where('kind', '=', q.kind);
    if (q.outcome === 'pending') base = base.where((eb) => eb.or([eb('outcome', '=', 'pending'), eb('decided_on', '>', end)]));
    else if (q.outcome) base = base.where('outcome', '=', q.outcome).where((eb) => eb.or([eb('decided_on', 'is', null), eb('decided_on', '<=', end)]));
    else base = base.where('outcome', 'in', [...APPEAL_OUTCOMES]);
    const [rows, count] = await Promise.all([
      base.innerJoin('info_requests as r', 'r.id', 'info_request_appeals.request_id')
        .select(['info_request_appeals.id', 'request_id', 'r.tracking_code', 'r.register_no', 'info_request_appeals.org_id', 'kind', 'filed_on', 'body_name',
          'case_number', 'outcome', 'decided_on', outcomeAsOf(end).as('outcome_at')])
        .orderBy('filed_on').orderBy('info_request_appeals.id').offset(offset).limit(limit).execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return {
      total: Number(count.n),
      rows: rows.map((r) => ({
        id: r.id, requestId: r.request_id, trackingCode: r.tracking_code, registerNo: r.register_no, orgId: r.org_id, kind: r.kind, filedOn: r.filed_on,
        bodyName: r.body_name, caseNumber: r.case_number, outcome: r.outcome_at, currentOutcome: r.outcome, decidedOn: r.decided_on,
      })),
    };
  });
  return { total: page.total, items: page.rows };
}
