import type { Generated } from 'kysely';

/** A 专栏 (column) of an organisation's site: a tree, each with its 栏目不更新 rule. */
export interface SiteColumnTable {
  id: Generated<number>;
  org_id: number;
  parent_id: number | null;
  name: string;
  slug: string;
  description: Generated<string>;
  kind: string;
  max_days: number | null;
  sort_order: Generated<number>;
  status: Generated<string>;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentColumnTable {
  document_id: number;
  column_id: number;
}

export interface ColumnTables {
  site_columns: SiteColumnTable;
  document_columns: DocumentColumnTable;
}
