import type { Migration } from 'kysely';
import { type Db, type Engine, withId, withTimestamps } from './helpers.js';

/**
 * 规范性文件: relations between documents (修改、废止、解读) and 清理 campaigns with their items;
 * 政府公报: issues (期/总期), sections and the published documents of each section.
 */
export function normativeGazette(engine: Engine): Migration {
  return {
    async up(db: Db) {
      // One relation per ordered pair; `applied_at` is when its effect on the other document's 有效性 was written.
      await db.schema
        .createTable('document_relations')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('related_document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull()) // amends | repeals | interprets
        .addColumn('applied_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer')
        .addPrimaryKeyConstraint('document_relations_pk', ['document_id', 'related_document_id'])
        .execute();
      await db.schema.createIndex('document_relations_related_idx').on('document_relations').column('related_document_id').execute();

      await withTimestamps(
        withId(engine, db.schema.createTable('normative_cleanups'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('basis', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('cleanup_date', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull()) // draft | published
          .addColumn('published_at', 'text')
          .addColumn('created_by', 'integer')
          .addColumn('updated_by', 'integer'),
      ).execute();
      await db.schema.createIndex('normative_cleanups_org_idx').on('normative_cleanups').columns(['org_id', 'status']).execute();

      await withId(engine, db.schema.createTable('normative_cleanup_items'))
        .addColumn('cleanup_id', 'integer', (c) => c.notNull().references('normative_cleanups.id').onDelete('cascade'))
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('result', 'text', (c) => c.notNull()) // keep | amend | repeal | expire
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addUniqueConstraint('normative_cleanup_items_uq', ['cleanup_id', 'document_id'])
        .execute();

      await withTimestamps(
        withId(engine, db.schema.createTable('gazette_issues'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('number', 'integer', (c) => c.notNull())
          .addColumn('total_number', 'integer', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('issue_date', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull()) // draft | published | withdrawn
          .addColumn('published_at', 'text')
          .addColumn('pdf_key', 'text')
          .addColumn('pdf_size', 'integer')
          .addColumn('withdrawn_at', 'text')
          .addColumn('withdraw_reason', 'text')
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_by', 'integer')
          .addColumn('updated_by', 'integer')
          .addUniqueConstraint('gazette_issues_number_uq', ['org_id', 'year', 'number'])
          .addUniqueConstraint('gazette_issues_total_uq', ['org_id', 'total_number']),
      ).execute();

      await withId(engine, db.schema.createTable('gazette_sections'))
        .addColumn('issue_id', 'integer', (c) => c.notNull().references('gazette_issues.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('gazette_sections_issue_idx').on('gazette_sections').column('issue_id').execute();

      await withId(engine, db.schema.createTable('gazette_items'))
        .addColumn('issue_id', 'integer', (c) => c.notNull().references('gazette_issues.id').onDelete('cascade'))
        .addColumn('section_id', 'integer', (c) => c.notNull().references('gazette_sections.id').onDelete('cascade'))
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addUniqueConstraint('gazette_items_uq', ['issue_id', 'document_id'])
        .execute();
      await db.schema.createIndex('gazette_items_section_idx').on('gazette_items').column('section_id').execute();
    },
    async down(db: Db) {
      for (const t of ['gazette_items', 'gazette_sections', 'gazette_issues', 'normative_cleanup_items', 'normative_cleanups', 'document_relations']) {
        await db.schema.dropTable(t).execute();
      }
    },
  };
}
