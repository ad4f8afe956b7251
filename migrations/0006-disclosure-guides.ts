import type { Migration } from 'kysely';
import type { Db, Engine } from './helpers.js';

/** 政府信息公开指南 and 公开制度 per organisation (条例第十二条). */
export function disclosureGuides(_engine: Engine): Migration {
  return {
    async up(db: Db) {
      await db.schema
        .createTable('disclosure_guides')
        .addColumn('org_id', 'integer', (c) => c.primaryKey().references('orgs.id'))
        .addColumn('office_name', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('postcode', 'text')
        .addColumn('hours', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('fax', 'text')
        .addColumn('email', 'text')
        .addColumn('website', 'text')
        .addColumn('guide_html', 'text', (c) => c.notNull())
        .addColumn('rules_html', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer')
        .execute();
    },
    async down(db: Db) {
      await db.schema.dropTable('disclosure_guides').execute();
    },
  };
}
