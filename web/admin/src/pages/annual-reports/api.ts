// Calls of the annual report staff API (src/modules/annual-reports/annual-reports.routes.ts).
import { call } from '../../api/client';
import type {
  CellPage, CheckResult, ColumnKey, CountedAppeal, CountedRequest, HistoryItem, ImportResult, PublishInput, ReportScope,
  ReviewCellKey, ReviewGroupKey, SaveInput, Supervision, Workspace,
} from './types';

const base = '/api/v1/annual-reports';
const reportPath = (org: string, year: number) => `${base}/${encodeURIComponent(org)}/${year}`;

export type ExportFormat = 'docx' | 'pdf' | 'json' | 'html';

export const reportsApi = {
  /** The live report with its checks; `scope` previews the other 统计范围 without saving it. */
  workspace: (org: string, year: number, scope?: ReportScope) => call<Workspace>('GET', reportPath(org, year), { query: { scope } }),
  save: (org: string, year: number, body: SaveInput) => call<Workspace>('PUT', reportPath(org, year), { body }),
  publish: (org: string, year: number, body: PublishInput) => call<Workspace>('POST', `${reportPath(org, year)}/publish`, { body }),
  cells: (org: string, year: number, q: { row: string; column: ColumnKey; scope?: ReportScope; page: number; pageSize: number }) =>
    call<CellPage<CountedRequest>>('GET', `${reportPath(org, year)}/cells`, { query: q }),
  appeals: (org: string, year: number, q: { kind: ReviewGroupKey; outcome: ReviewCellKey; scope?: ReportScope; page: number; pageSize: number }) =>
    call<CellPage<CountedAppeal>>('GET', `${reportPath(org, year)}/appeals`, { query: q }),
  /** A file download (a plain link: the session cookie goes with it). */
  exportUrl: (org: string, year: number, format: ExportFormat, version: 'published' | 'live') => `${reportPath(org, year)}/export.${format}?version=${version}`,
  supervision: (org: string, year: number) => call<Supervision>('GET', `${base}/supervision`, { query: { org, year } }),
  check: (report: unknown, previous?: unknown) => call<CheckResult>('POST', `${base}/check`, { body: previous === undefined ? { report } : { report, previous } }),
  history: (org?: string) => call<{ items: HistoryItem[] }>('GET', `${base}/history`, { query: { org } }),
  importHistory: (report: unknown, source: string) => call<ImportResult>('POST', `${base}/history`, { body: { report, source } }),
  deleteHistory: (id: number) => call<void>('DELETE', `${base}/history/${id}`),
};

/** The public page of a published (or imported) report on the portal. */
export const publicReportUrl = (org: string, year: number) => `/xxgk/ndbg/${encodeURIComponent(org)}/${year}`;
