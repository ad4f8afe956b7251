import type { Migration } from 'kysely';
import { type Db, type Engine, withId, withTimestamps } from './helpers.js';

/**
 * 依申请公开: requests as an event log (info_request_events) with a projection row per request
 * (status, dates and result, recomputed from the events in the same transaction as each event),
 * reply letters, 行政复议/诉讼 records, the per-organisation reason library (versioned) and the
 * counters behind register and letter numbers. Applicant personal data is stored encrypted.
 */
export function infoRequests(engine: Engine): Migration {
  return {
    async up(db: Db) {
      await withTimestamps(
        withId(engine, db.schema.createTable('info_requests'))
          .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
          .addColumn('secret_digest', 'text', (c) => c.notNull())
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id')) // addressed to
          .addColumn('handling_org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('register_no', 'text')
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull()) // public (portal/API) | staff (registered offline)
          .addColumn('applicant_type', 'text', (c) => c.notNull())
          .addColumn('applicant_display', 'text', (c) => c.notNull()) // masked for lists
          .addColumn('applicant_enc', 'text', (c) => c.notNull()) // AES-GCM JSON of the applicant
          .addColumn('applicant_digest', 'text', (c) => c.notNull()) // keyed digest of the ID / credit code
          .addColumn('description', 'text', (c) => c.notNull())
          .addColumn('description_digest', 'text', (c) => c.notNull())
          .addColumn('purpose', 'text')
          .addColumn('delivery', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('submitted_at', 'text', (c) => c.notNull())
          .addColumn('received_on', 'text')
          .addColumn('due_on', 'text')
          .addColumn('closed_on', 'text')
          .addColumn('result', 'text')
          .addColumn('on_time', 'integer')
          .addColumn('event_count', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
      ).execute();
      await db.schema.createIndex('info_requests_org_status_idx').on('info_requests').columns(['handling_org_id', 'status']).execute();
      await db.schema.createIndex('info_requests_due_idx').on('info_requests').columns(['status', 'due_on']).execute();
      await db.schema.createIndex('info_requests_applicant_idx').on('info_requests').columns(['applicant_digest', 'submitted_at']).execute();
      await db.schema.createIndex('info_requests_received_idx').on('info_requests').columns(['org_id', 'received_on']).execute();
      await db.schema.createIndex('info_requests_closed_idx').on('info_requests').columns(['org_id', 'closed_on']).execute();
      await db.schema.createIndex('info_requests_register_idx').on('info_requests').columns(['handling_org_id', 'register_no']).unique().execute();

      await withId(engine, db.schema.createTable('info_request_events'))
        .addColumn('request_id', 'integer', (c) => c.notNull().references('info_requests.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('on_date', 'text', (c) => c.notNull()) // the legal day of the step (Asia/Shanghai)
        .addColumn('at', 'text', (c) => c.notNull()) // when it was recorded (ISO UTC)
        .addColumn('actor_id', 'integer')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('note', 'text')
        .addUniqueConstraint('info_request_events_seq_uq', ['request_id', 'seq'])
        .execute();

      await withId(engine, db.schema.createTable('info_request_letters'))
        .addColumn('request_id', 'integer', (c) => c.notNull().references('info_requests.id'))
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull()) // reply | correction | extension | fee | consultation
        .addColumn('result', 'text')
        .addColumn('model', 'text', (c) => c.notNull()) // the letter as JSON (title, paragraphs …)
        .addColumn('docx_key', 'text', (c) => c.notNull())
        .addColumn('pdf_key', 'text')
        .addColumn('issued_on', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .execute();
      await db.schema.createIndex('info_request_letters_request_idx').on('info_request_letters').column('request_id').execute();

      await withTimestamps(
        withId(engine, db.schema.createTable('info_request_appeals'))
          .addColumn('request_id', 'integer', (c) => c.notNull().references('info_requests.id'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('kind', 'text', (c) => c.notNull()) // review | litigationDirect | litigationAfterReview
          .addColumn('filed_on', 'text', (c) => c.notNull())
          .addColumn('body_name', 'text', (c) => c.notNull()) // 复议机关 or 法院
          .addColumn('case_number', 'text')
          .addColumn('outcome', 'text', (c) => c.notNull()) // upheld | corrected | other | pending
          .addColumn('decided_on', 'text')
          .addColumn('note', 'text')
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)),
      ).execute();
      await db.schema.createIndex('info_request_appeals_org_idx').on('info_request_appeals').columns(['org_id', 'filed_on']).execute();

      await withId(engine, db.schema.createTable('info_request_reasons'))
        .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('article', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .addUniqueConstraint('info_request_reasons_uq', ['org_id', 'code', 'version'])
        .execute();

      await db.schema
        .createTable('info_request_settings')
        .addColumn('org_id', 'integer', (c) => c.primaryKey().references('orgs.id'))
        .addColumn('letter_prefix', 'text', (c) => c.notNull()) // 菏财依复 → 菏财依复〔2026〕3号
        .addColumn('review_body', 'text', (c) => c.notNull()) // 行政复议机关
        .addColumn('court', 'text', (c) => c.notNull()) // 人民法院
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer')
        .execute();

      await db.schema
        .createTable('info_request_counters')
        .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull()) // register | letter
        .addColumn('last', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('info_request_counters_pk', ['org_id', 'year', 'kind'])
        .execute();
    },
    async down(db: Db) {
      for (const t of ['info_request_counters', 'info_request_settings', 'info_request_reasons', 'info_request_appeals', 'info_request_letters', 'info_request_events', 'info_requests']) {
        await db.schema.dropTable(t).execute();
      }
    },
  };
}
