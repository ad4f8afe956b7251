import type { Generated } from 'kysely';

/** One row of an organisation's 主动公开基本目录 / 标准目录 (国办发〔2019〕54号). */
export interface CatalogueEntryTable {
  id: Generated<number>;
  org_id: number;
  category: string | null;
  item_l1: string;
  item_l2: string | null;
  content: string;
  basis: Generated<string>;
  time_limit: Generated<string>;
  rule_kind: Generated<string>;
  rule_days: number | null;
  rule_period: string | null;
  subject: Generated<string>;
  channels: Generated<string>;
  audience: Generated<string>;
  mode: Generated<string>;
  level: Generated<string>;
  sort_order: Generated<number>;
  status: Generated<string>;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

/** Which documents publish which catalogue entry (a classification, allowed in any document status). */
export interface DocumentCatalogueEntryTable {
  document_id: number;
  entry_id: number;
}

export interface CatalogueTables {
  catalogue_entries: CatalogueEntryTable;
  document_catalogue_entries: DocumentCatalogueEntryTable;
}
