import type { Generated } from 'kysely';

export interface AuditEntryTable {
  id: Generated<number>;
  occurred_at: string;
  actor_id: number | null;
  actor_name: string;
  org_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
  before_digest: string | null;
  after_digest: string | null;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  last_id: number;
  last_hash: string;
  entry_count: number;
}

export interface AuditTables {
  audit_entries: AuditEntryTable;
  audit_head: AuditHeadTable;
}
