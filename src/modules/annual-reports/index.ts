/**
 * Public surface of the annual-reports module (政府信息公开工作年度报告, 条例第四十九、五十条): the report
 * computed from the platform's data in the statutory format, its checks, publication, exports, the
 * supervising office's view, and reports imported for history.
 */
export { createAnnualReportService, type AnnualReportService, type AnnualReportDeps } from './annual-reports.service.js';
export { registerAnnualReportRoutes } from './annual-reports.routes.js';
export { registerAnnualReportPortal } from './portal/portal.routes.js';
export type { AnnualReportTables } from './annual-reports.tables.js';
export type { ReportSources } from './sources.js';
export { checkReport, type CheckProblem, type CheckResult, RULE_LABELS } from './checks.js';
export { checkLegacyReport } from './legacy.js';
export { renderReportFile, EXPORT_FORMATS, type ExportFormat } from './report-files.js';
export type { AnnualReport } from './report-shape.js';
