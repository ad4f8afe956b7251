import { type Kysely, sql } from 'kysely';
import type { InfoRequestTables } from '../info-requests.tables.js';
import { type YearQuery, orgChunks, yearBounds } from './year.js';

/**
 * 按时办结: per handling organisation, the requests closed (办结) within the year and how many of them
 * the projection marks on time (`on_time` = 1: closed on or before the statutory due date), late (0), or
 * unknown (null: the due date could not be computed, e.g. a year without holiday data). Organisations
 * with nothing closed in the year are absent. Used by 考核 (the plans module's assessment) through the
 * module index; the caller decides which organisations (one unit, or its subtree) and checks scope.
 */
export interface OnTimeCounts {
  orgId: number;
  closed: number;
  onTime: number;
  late: number;
  unknown: number;
}

export async function requestOnTime(db: Kysely<any>, q: YearQuery): Promise<OnTimeCounts[]> {
  const { start, end } = yearBounds(q.year);
  const out: OnTimeCounts[] = [];
  for (const ids of orgChunks(q.orgIds)) {
    const rows = await (db as Kysely<InfoRequestTables>).selectFrom('info_requests')
      .select([
        'handling_org_id',
        sql<number>`count(*)`.as('closed'),
        sql<number>`sum(case when on_time = 1 then 1 else 0 end)`.as('on_time'),
        sql<number>`sum(case when on_time = 0 then 1 else 0 end)`.as('late'),
      ])
      .where('handling_org_id', 'in', ids)
      .where('closed_on', '>=', start)
      .where('closed_on', '<=', end)
      .groupBy('handling_org_id')
      .execute();
    for (const r of rows) {
      const [closed, onTime, late] = [r.closed, r.on_time, r.late].map(Number);
      out.push({ orgId: r.handling_org_id, closed, onTime, late, unknown: closed - onTime - late });
    }
  }
  return out.sort((a, b) => a.orgId - b.orgId);
}
