import type { Migration } from 'kysely';
import { type Db, type Engine, withId, withTimestamps } from './helpers.js';

/**
 * 基本目录 (catalogue entries of 国办发〔2019〕54号's 标准目录, mapped to documents) and 专栏
 * (a column tree per organisation, mapped to documents).
 */
export function catalogueColumns(engine: Engine): Migration {
  return {
    async up(db: Db) {
      await withTimestamps(
        withId(engine, db.schema.createTable('catalogue_entries'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('category', 'text') // 公开类别, e.g. an item of 条例第二十条
          .addColumn('item_l1', 'text', (c) => c.notNull()) // 一级事项
          .addColumn('item_l2', 'text') // 二级事项
          .addColumn('content', 'text', (c) => c.notNull()) // 公开内容（要素）
          .addColumn('basis', 'text', (c) => c.notNull().defaultTo('')) // 公开依据
          .addColumn('time_limit', 'text', (c) => c.notNull().defaultTo('')) // 公开时限, as written
          .addColumn('rule_kind', 'text', (c) => c.notNull().defaultTo('none')) // event | periodic | realtime | none
          .addColumn('rule_days', 'integer')
          .addColumn('rule_period', 'text') // year | half-year | quarter | month
          .addColumn('subject', 'text', (c) => c.notNull().defaultTo('')) // 公开主体
          .addColumn('channels', 'text', (c) => c.notNull().defaultTo('[]')) // 公开渠道和载体 (JSON array)
          .addColumn('audience', 'text', (c) => c.notNull().defaultTo('全社会')) // 公开对象
          .addColumn('mode', 'text', (c) => c.notNull().defaultTo('主动')) // 公开方式
          .addColumn('level', 'text', (c) => c.notNull().defaultTo('')) // 公开层级
          .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('status', 'text', (c) => c.notNull().defaultTo('active')) // active | retired
          .addColumn('created_by', 'integer')
          .addColumn('updated_by', 'integer'),
      ).execute();
      await db.schema.createIndex('catalogue_entries_org_idx').on('catalogue_entries').columns(['org_id', 'status']).execute();

      await db.schema
        .createTable('document_catalogue_entries')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('entry_id', 'integer', (c) => c.notNull().references('catalogue_entries.id'))
        .addPrimaryKeyConstraint('document_catalogue_entries_pk', ['document_id', 'entry_id'])
        .execute();
      await db.schema.createIndex('document_catalogue_entries_entry_idx').on('document_catalogue_entries').column('entry_id').execute();

      await withTimestamps(
        withId(engine, db.schema.createTable('site_columns'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('parent_id', 'integer', (c) => c.references('site_columns.id'))
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('slug', 'text', (c) => c.notNull())
          .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
          .addColumn('kind', 'text', (c) => c.notNull()) // news | notice | policy | key-area | other
          .addColumn('max_days', 'integer') // 栏目不更新 rule: days without a publication; null = no rule
          .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('status', 'text', (c) => c.notNull().defaultTo('active')) // active | disabled
          .addColumn('created_by', 'integer')
          .addColumn('updated_by', 'integer')
          .addUniqueConstraint('site_columns_org_slug_uq', ['org_id', 'slug']),
      ).execute();
      await db.schema.createIndex('site_columns_parent_idx').on('site_columns').column('parent_id').execute();

      await db.schema
        .createTable('document_columns')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('column_id', 'integer', (c) => c.notNull().references('site_columns.id'))
        .addPrimaryKeyConstraint('document_columns_pk', ['document_id', 'column_id'])
        .execute();
      await db.schema.createIndex('document_columns_column_idx').on('document_columns').column('column_id').execute();
    },
    async down(db: Db) {
      for (const t of ['document_columns', 'site_columns', 'document_catalogue_entries', 'catalogue_entries']) {
        await db.schema.dropTable(t).execute();
      }
    },
  };
}
