import type { Generated } from 'kysely';

/** Where a mail is in its life: waiting (first try or a retry), delivered, or given up. */
export type MailStatus = 'pending' | 'sent' | 'failed';

/** One queued mail (migrations/0007-mail-outbox.ts). Timestamps are ISO 8601 UTC strings. */
export interface MailOutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** What the mail is about, for the admin view (e.g. `info_request`, `42`). */
  related_type: string | null;
  related_id: string | null;
  status: MailStatus;
  attempts: number;
  next_attempt_at: string;
  /** While set and in the future, one process is sending this mail and the others skip it. */
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  message_id: string | null;
}

export interface MailTables {
  mail_outbox: MailOutboxTable;
}
