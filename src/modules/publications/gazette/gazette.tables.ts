import type { Generated } from 'kysely';

/** One issue (期) of an organisation's 政府公报. */
export interface GazetteIssueTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  /** 期 within the year (unique per organisation and year). */
  number: number;
  /** 总第N期 (unique per organisation). */
  total_number: number;
  title: string;
  issue_date: string;
  status: string;
  published_at: string | null;
  /** The PDF generated at publication (platform/files key). */
  pdf_key: string | null;
  pdf_size: number | null;
  withdrawn_at: string | null;
  withdraw_reason: string | null;
  version: Generated<number>;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface GazetteSectionTable {
  id: Generated<number>;
  issue_id: number;
  title: string;
  sort_order: number;
}

export interface GazetteItemTable {
  id: Generated<number>;
  issue_id: number;
  section_id: number;
  document_id: number;
  sort_order: number;
}

export interface GazetteTables {
  gazette_issues: GazetteIssueTable;
  gazette_sections: GazetteSectionTable;
  gazette_items: GazetteItemTable;
}
