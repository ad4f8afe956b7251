/**
 * Public surface of the info-requests module (依申请公开): applications on the statutory clock, every
 * reply type of the annual report, reply letters, applicant tracking, 行政复议/诉讼 records.
 */
export { createInfoRequestService, type InfoRequestService, type InfoRequestDeps } from './info-requests.service.js';
export { registerInfoRequestRoutes } from './info-requests.routes.js';
export { registerPublicRequestRoutes } from './public.routes.js';
export { registerInfoRequestPortal } from './portal/portal.routes.js';
export type { InfoRequestTables } from './info-requests.tables.js';
export { APPLICANT_TYPES, RESULT_CODES, type ResultCode, type ApplicantType } from './vocabulary.js';
export { APPEAL_KINDS, APPEAL_OUTCOMES, type AppealKind, type AppealOutcome } from './vocabulary.js';
export {
  appealTable, countedAppeals, countedRequests, requestTable, emptyAppealTable, emptyRequestTable,
  type AppealCell, type AppealTableCounts, type CountedAppeal, type CountedAppealsQuery, type CountedRequest, type CountedRequestsQuery,
  type InfoRequestStatistics, type PerApplicant, type RequestRowKey, type RequestTableCounts, type YearQuery,
} from './statistics/index.js';
export { requestOnTime, type OnTimeCounts } from './statistics/index.js';
