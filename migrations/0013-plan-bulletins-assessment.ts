import type { Migration } from 'kysely';
import { type Db, type Engine, withId, withTimestamps } from './helpers.js';

/**
 * 季通报 and 考核 of the plans ledger.
 * - plan_bulletins: a quarterly bulletin of an owning organisation (one plan, or all its plans of a year),
 *   its texts as the office edits them and its figures frozen (JSON) when generated; draft → published.
 *   `scope_key` ('all' | 'plan:<id>') makes one bulletin per organisation, quarter and scope.
 * - assessment_indicators / assessment_scores / assessment_results: the indicator table of an organisation
 *   and year (weight in points, scoring rule, params JSON), each assessed unit's score per indicator
 *   (computed from platform data or entered with a note), and the year's result (draft → published with the
 *   frozen table). Points are double precision on both engines (SQLite REAL).
 */
export function planBulletinsAssessment(engine: Engine): Migration {
  return {
    async up(db: Db) {
      await withTimestamps(
        withId(engine, db.schema.createTable('plan_bulletins'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('plan_id', 'integer', (c) => c.references('plans.id'))
          .addColumn('scope_key', 'text', (c) => c.notNull())
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('quarter', 'integer', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('number', 'text')
          .addColumn('issuer', 'text', (c) => c.notNull())
          .addColumn('body_intro', 'text', (c) => c.notNull())
          .addColumn('body_closing', 'text', (c) => c.notNull())
          .addColumn('figures', 'text', (c) => c.notNull())
          .addColumn('as_of', 'text', (c) => c.notNull())
          .addColumn('generated_at', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull()) // draft | published
          .addColumn('published_at', 'text')
          .addColumn('published_by', 'integer')
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_by', 'integer')
          .addColumn('updated_by', 'integer')
          .addUniqueConstraint('plan_bulletins_scope_uq', ['org_id', 'year', 'quarter', 'scope_key']),
      ).execute();
      await db.schema.createIndex('plan_bulletins_status_idx').on('plan_bulletins').columns(['status', 'published_at']).execute();

      await withTimestamps(
        withId(engine, db.schema.createTable('assessment_indicators'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('weight', 'double precision', (c) => c.notNull())
          .addColumn('rule', 'text', (c) => c.notNull()) // computed:taskOnTime | computed:taskCompletion | computed:requestOnTime | manual
          .addColumn('params', 'text', (c) => c.notNull().defaultTo('{}'))
          .addColumn('description', 'text')
          .addColumn('sort_order', 'integer', (c) => c.notNull()),
      ).execute();
      await db.schema.createIndex('assessment_indicators_org_idx').on('assessment_indicators').columns(['org_id', 'year']).execute();

      await withId(engine, db.schema.createTable('assessment_scores'))
        .addColumn('indicator_id', 'integer', (c) => c.notNull().references('assessment_indicators.id'))
        .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id')) // the assessed unit
        .addColumn('score', 'double precision', (c) => c.notNull())
        .addColumn('computed_value', 'double precision') // the share behind a computed score (0–1); null: manual, or nothing to count
        .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}')) // JSON { numerator, denominator, … }
        .addColumn('note', 'text')
        .addColumn('scored_by', 'integer')
        .addColumn('scored_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('assessment_scores_uq', ['indicator_id', 'org_id'])
        .execute();

      await withTimestamps(
        withId(engine, db.schema.createTable('assessment_results'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull()) // draft | published
          .addColumn('computed_at', 'text')
          .addColumn('published_at', 'text')
          .addColumn('published_by', 'integer')
          .addColumn('frozen', 'text') // JSON: the published table
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_by', 'integer')
          .addColumn('updated_by', 'integer')
          .addUniqueConstraint('assessment_results_org_year_uq', ['org_id', 'year']),
      ).execute();
    },
    async down(db: Db) {
      for (const t of ['assessment_results', 'assessment_scores', 'assessment_indicators', 'plan_bulletins']) await db.schema.dropTable(t).execute();
    },
  };
}
