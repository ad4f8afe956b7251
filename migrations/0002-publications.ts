import type { Migration } from 'kysely';
import { type Db, type Engine, withId, withTimestamps } from './helpers.js';

/**
 * Documents (主动公开): the working copy with its catalogue metadata, joint issuers, attachments,
 * versions, workflow events, the 索引号 counters and the sensitive-word list of the content check.
 */
export function publications(engine: Engine): Migration {
  return {
    async up(db: Db) {
      await withTimestamps(
        withId(engine, db.schema.createTable('documents'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('index_number', 'text', (c) => c.unique())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('doc_number', 'text')
          .addColumn('written_at', 'text')
          .addColumn('publish_at', 'text') // requested or actual publication time (ISO UTC)
          .addColumn('published_at', 'text') // set when it went (or goes, if scheduled) public
          .addColumn('topic', 'text')
          .addColumn('genre', 'text')
          .addColumn('keywords', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('disclosure', 'text', (c) => c.notNull())
          .addColumn('disclosure_ground', 'text')
          .addColumn('channels', 'text', (c) => c.notNull().defaultTo('[]'))
          .addColumn('audience', 'text', (c) => c.notNull().defaultTo('全社会'))
          .addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('body_text', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('validity', 'text')
          .addColumn('is_normative', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('valid_from', 'text')
          .addColumn('valid_to', 'text')
          .addColumn('pii_exception', 'text') // JSON {basis, note, by, at} or null
          .addColumn('due_date', 'text') // 条例第二十六条: written_at + 20 working days
          .addColumn('late_days', 'integer') // working days past due_date at publication, 0 when on time
          .addColumn('withdrawn_at', 'text')
          .addColumn('withdraw_reason', 'text')
          .addColumn('source', 'text', (c) => c.notNull().defaultTo('editor'))
          .addColumn('created_by', 'integer')
          .addColumn('updated_by', 'integer'),
      ).execute();
      await db.schema.createIndex('documents_org_status_idx').on('documents').columns(['org_id', 'status']).execute();
      await db.schema.createIndex('documents_status_publish_idx').on('documents').columns(['status', 'publish_at']).execute();
      await db.schema.createIndex('documents_published_idx').on('documents').columns(['published_at']).execute();
      // An organisation's newest documents (document page, feeds) without sorting all of its rows.
      await db.schema.createIndex('documents_org_published_idx').on('documents').columns(['org_id', 'published_at']).execute();
      await db.schema.createIndex('documents_doc_number_idx').on('documents').column('doc_number').execute();

      await db.schema
        .createTable('document_orgs')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
        .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('document_orgs_pk', ['document_id', 'org_id'])
        .execute();
      await db.schema.createIndex('document_orgs_org_idx').on('document_orgs').column('org_id').execute();

      await withId(engine, db.schema.createTable('document_attachments'))
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('file_key', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('file_type', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('text_empty', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('original_key', 'text') // the unmasked upload, kept internally after 去标识化
        .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('document_attachments_doc_idx').on('document_attachments').column('document_id').execute();

      await withId(engine, db.schema.createTable('document_versions'))
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('document_versions_uq', ['document_id', 'version'])
        .execute();

      await withId(engine, db.schema.createTable('document_events'))
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text')
        .addColumn('note', 'text')
        .addColumn('actor_id', 'integer')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('document_events_doc_idx').on('document_events').column('document_id').execute();

      // 索引号 serials: one row per organisation and year, incremented in the publishing transaction; never reused.
      await db.schema
        .createTable('index_counters')
        .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('last_seq', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('index_counters_pk', ['org_id', 'year'])
        .execute();

      await withTimestamps(
        withId(engine, db.schema.createTable('sensitive_words'))
          .addColumn('word', 'text', (c) => c.notNull().unique())
          .addColumn('level', 'text', (c) => c.notNull()) // block | warn
          .addColumn('note', 'text')
          .addColumn('created_by', 'integer'),
      ).execute();
    },
    async down(db: Db) {
      for (const t of ['sensitive_words', 'index_counters', 'document_events', 'document_versions', 'document_attachments', 'document_orgs', 'documents']) {
        await db.schema.dropTable(t).execute();
      }
    },
  };
}
