import type { Generated } from 'kysely';

/** 修改 / 废止 / 解读: `document_id` (the newer document) acts on `related_document_id` (the original). */
export interface DocumentRelationTable {
  document_id: number;
  related_document_id: number;
  kind: string;
  /** When the relation's effect on the original's 有效性 was written (null: not yet, or none for 解读). */
  applied_at: string | null;
  created_at: string;
  created_by: number | null;
}

/** A 规范性文件清理 campaign of one organisation. */
export interface NormativeCleanupTable {
  id: Generated<number>;
  org_id: number;
  title: string;
  basis: Generated<string>;
  cleanup_date: string;
  status: string;
  published_at: string | null;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface NormativeCleanupItemTable {
  id: Generated<number>;
  cleanup_id: number;
  document_id: number;
  result: string;
  note: Generated<string>;
  sort_order: number;
}

export interface NormativeTables {
  document_relations: DocumentRelationTable;
  normative_cleanups: NormativeCleanupTable;
  normative_cleanup_items: NormativeCleanupItemTable;
}
