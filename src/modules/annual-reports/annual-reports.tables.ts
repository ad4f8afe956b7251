import type { Generated } from 'kysely';

export interface AnnualReportTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  scope: string;
  sections: string;
  entered: string;
  overrides: string;
  published_version: Generated<number>;
  published_at: string | null;
  snapshot: string | null;
  version: Generated<number>;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface AnnualReportVersionTable {
  id: Generated<number>;
  report_id: number;
  version: number;
  snapshot: string;
  note: string | null;
  published_at: string;
  published_by: number | null;
}

export interface AnnualReportHistoryTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  format: string;
  data: string;
  source: string;
  problem_count: number;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface AnnualReportTables {
  annual_reports: AnnualReportTable;
  annual_report_versions: AnnualReportVersionTable;
  annual_report_history: AnnualReportHistoryTable;
}
