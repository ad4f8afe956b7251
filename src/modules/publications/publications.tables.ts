import type { Generated } from 'kysely';

export interface DocumentTable {
  id: Generated<number>;
  org_id: number;
  status: string;
  version: number;
  index_number: string | null;
  title: string;
  doc_number: string | null;
  written_at: string | null;
  publish_at: string | null;
  published_at: string | null;
  topic: string | null;
  genre: string | null;
  keywords: Generated<string>;
  summary: Generated<string>;
  disclosure: string;
  disclosure_ground: string | null;
  channels: Generated<string>;
  audience: Generated<string>;
  body_html: Generated<string>;
  body_text: Generated<string>;
  validity: string | null;
  is_normative: Generated<number>;
  valid_from: string | null;
  valid_to: string | null;
  /** The Asia/Shanghai day 有效性 became 已废止 or 已失效 (first day no longer in force); null while in force. */
  ended_on: string | null;
  pii_exception: string | null;
  due_date: string | null;
  late_days: number | null;
  withdrawn_at: string | null;
  withdraw_reason: string | null;
  source: Generated<string>;
  created_by: number | null;
  updated_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentOrgTable {
  document_id: number;
  org_id: number;
  sort_order: number;
}

export interface DocumentAttachmentTable {
  id: Generated<number>;
  document_id: number;
  name: string;
  file_key: string;
  size: number;
  mime: string;
  file_type: string;
  text: Generated<string>;
  text_empty: Generated<number>;
  original_key: string | null;
  sort_order: Generated<number>;
  created_at: string;
}

export interface DocumentVersionTable {
  id: Generated<number>;
  document_id: number;
  version: number;
  snapshot: string;
  reason: string;
  created_by: number | null;
  created_at: string;
}

export interface DocumentEventTable {
  id: Generated<number>;
  document_id: number;
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  actor_id: number | null;
  actor_name: string;
  occurred_at: string;
}

export interface IndexCounterTable {
  org_id: number;
  year: number;
  last_seq: number;
}

export interface SensitiveWordTable {
  id: Generated<number>;
  word: string;
  level: string;
  note: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface PublicationTables {
  documents: DocumentTable;
  document_orgs: DocumentOrgTable;
  document_attachments: DocumentAttachmentTable;
  document_versions: DocumentVersionTable;
  document_events: DocumentEventTable;
  index_counters: IndexCounterTable;
  sensitive_words: SensitiveWordTable;
}
