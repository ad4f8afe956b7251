import type { Migration } from 'kysely';
import { type Db, type Engine, withId, withTimestamps } from './helpers.js';

/**
 * 年度报告 (条例第四十九、五十条): one report per organisation and year — the office's inputs (text
 * sections, figures the platform does not hold, corrections of computed figures with a reason) and, once
 * published, the frozen JSON of every published version; and reports made elsewhere or before the
 * platform (the 2019 trial format or the 2021 format) kept for history and for the supervising office.
 */
export function annualReports(engine: Engine): Migration {
  return {
    async up(db: Db) {
      await withTimestamps(
        withId(engine, db.schema.createTable('annual_reports'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('scope', 'text', (c) => c.notNull()) // self | subtree
          .addColumn('sections', 'text', (c) => c.notNull()) // JSON {overview, problems, other}
          .addColumn('entered', 'text', (c) => c.notNull()) // JSON: licensing, punishment, enforcement, fees
          .addColumn('overrides', 'text', (c) => c.notNull()) // JSON: corrected table 二 document counts with reasons
          .addColumn('published_version', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('published_at', 'text')
          .addColumn('snapshot', 'text') // the newest published report (JSON of annual-report-json.md)
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_by', 'integer')
          .addColumn('updated_by', 'integer')
          .addUniqueConstraint('annual_reports_org_year_uq', ['org_id', 'year']),
      ).execute();
      await db.schema.createIndex('annual_reports_year_idx').on('annual_reports').columns(['year', 'published_version']).execute();

      await withId(engine, db.schema.createTable('annual_report_versions'))
        .addColumn('report_id', 'integer', (c) => c.notNull().references('annual_reports.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('note', 'text') // 更正说明 of a republication; accepted check exceptions
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('published_by', 'integer')
        .addUniqueConstraint('annual_report_versions_uq', ['report_id', 'version'])
        .execute();

      await withTimestamps(
        withId(engine, db.schema.createTable('annual_report_history'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('format', 'text', (c) => c.notNull()) // 2019 | 2021
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('source', 'text', (c) => c.notNull()) // file name or a note on where it came from
          .addColumn('problem_count', 'integer', (c) => c.notNull())
          .addColumn('created_by', 'integer')
          .addColumn('updated_by', 'integer')
          .addUniqueConstraint('annual_report_history_org_year_uq', ['org_id', 'year']),
      ).execute();
    },
    async down(db: Db) {
      for (const t of ['annual_report_history', 'annual_report_versions', 'annual_reports']) await db.schema.dropTable(t).execute();
    },
  };
}
