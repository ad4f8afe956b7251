import type { Generated } from 'kysely';

export interface InfoRequestTable {
  id: Generated<number>;
  tracking_code: string;
  secret_digest: string;
  org_id: number;
  handling_org_id: number;
  register_no: string | null;
  channel: string;
  source: string;
  applicant_type: string;
  applicant_display: string;
  applicant_enc: string;
  applicant_digest: string;
  description: string;
  description_digest: string;
  purpose: string | null;
  delivery: string;
  status: string;
  submitted_at: string;
  received_on: string | null;
  due_on: string | null;
  closed_on: string | null;
  result: string | null;
  on_time: number | null;
  event_count: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface InfoRequestEventTable {
  id: Generated<number>;
  request_id: number;
  seq: number;
  type: string;
  on_date: string;
  at: string;
  actor_id: number | null;
  actor_name: string;
  data: Generated<string>;
  note: string | null;
}

export interface InfoRequestLetterTable {
  id: Generated<number>;
  request_id: number;
  number: string;
  kind: string;
  result: string | null;
  model: string;
  docx_key: string;
  pdf_key: string | null;
  issued_on: string;
  created_at: string;
  created_by: number | null;
}

export interface InfoRequestAppealTable {
  id: Generated<number>;
  request_id: number;
  org_id: number;
  kind: string;
  filed_on: string;
  body_name: string;
  case_number: string | null;
  outcome: string;
  decided_on: string | null;
  note: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface InfoRequestReasonTable {
  id: Generated<number>;
  org_id: number;
  code: string;
  version: number;
  article: string;
  title: string;
  body: string;
  created_at: string;
  created_by: number | null;
}

export interface InfoRequestSettingsTable {
  org_id: number;
  letter_prefix: string;
  review_body: string;
  court: string;
  updated_at: string;
  updated_by: number | null;
}

export interface InfoRequestCounterTable {
  org_id: number;
  year: number;
  kind: string;
  last: number;
}

export interface InfoRequestTables {
  info_requests: InfoRequestTable;
  info_request_events: InfoRequestEventTable;
  info_request_letters: InfoRequestLetterTable;
  info_request_appeals: InfoRequestAppealTable;
  info_request_reasons: InfoRequestReasonTable;
  info_request_settings: InfoRequestSettingsTable;
  info_request_counters: InfoRequestCounterTable;
}
