import type { Kysely } from 'kysely';
import { type AppealTableCounts, type CountedAppeal, type CountedAppealsQuery, appealTable, countedAppeals } from './appeal-table.js';
import { type CountedRequest, type CountedRequestsQuery, type RequestTableCounts, countedRequests, requestTable } from './request-table.js';
import type { YearQuery } from './year.js';
import { type OnTimeCounts, requestOnTime } from './on-time.js';

/**
 * The figures of tables 三 and 四 of the annual report (条例第五十条; 国办公开办函〔2021〕30号) for a set of
 * organisations and a year, and the requests or records behind each cell. The caller (the annual
 * report) decides which organisations (self or subtree) and checks scope; these only count.
 */
export { appealTable, countedAppeals, countedRequests, requestTable };
export { emptyAppealTable, type AppealCell, type AppealTableCounts, type CountedAppeal, type CountedAppealsQuery } from './appeal-table.js';
export { emptyRequestTable, type CountedRequest, type CountedRequestsQuery, type PerApplicant, type RequestRowKey, type RequestTableCounts } from './request-table.js';
export type { PageQuery, YearQuery } from './year.js';
export { requestOnTime, type OnTimeCounts } from './on-time.js';

/** The statistics bound to a database, as `createInfoRequestService(...).statistics`. */
export function createStatistics(db: Kysely<any>) {
  return {
    requestTable: (q: YearQuery): Promise<RequestTableCounts> => requestTable(db, q),
    countedRequests: (q: CountedRequestsQuery): Promise<{ total: number; items: CountedRequest[] }> => countedRequests(db, q),
    appealTable: (q: YearQuery): Promise<AppealTableCounts> => appealTable(db, q),
    countedAppeals: (q: CountedAppealsQuery): Promise<{ total: number; items: CountedAppeal[] }> => countedAppeals(db, q),
    requestOnTime: (q: YearQuery): Promise<OnTimeCounts[]> => requestOnTime(db, q),
  };
}

export type InfoRequestStatistics = ReturnType<typeof createStatistics>;
