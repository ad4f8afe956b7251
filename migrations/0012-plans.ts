import type { Migration } from 'kysely';
import { type Db, type Engine, withId, withTimestamps } from './helpers.js';

/**
 * 分工方案与台账: work plans (draft → adopted → archived) owned by an organisation, their tasks with
 * deadlines and status, the units each task is assigned to (an organisation, or a name kept as text),
 * and each task's log (下达, 进展 with 佐证材料, 提交验收, 验收销号, 退回, 修改, 提醒). 逾期 is derived, not stored.
 */
export function plans(engine: Engine): Migration {
  return {
    async up(db: Db) {
      await withTimestamps(
        withId(engine, db.schema.createTable('plans'))
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('issuer', 'text')
          .addColumn('doc_number', 'text')
          .addColumn('year', 'integer', (c) => c.notNull())
          .addColumn('source_text', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull()) // draft | adopted | archived
          .addColumn('unit_map', 'text', (c) => c.notNull().defaultTo('{}')) // JSON { written name: org code }
          .addColumn('adopted_at', 'text')
          .addColumn('adopted_by', 'integer')
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_by', 'integer')
          .addColumn('updated_by', 'integer'),
      ).execute();
      await db.schema.createIndex('plans_org_idx').on('plans').columns(['org_id', 'year']).execute();

      await withTimestamps(
        withId(engine, db.schema.createTable('plan_tasks'))
          .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id'))
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('path', 'text', (c) => c.notNull()) // JSON ["二","(一)","1"]
          .addColumn('path_label', 'text', (c) => c.notNull()) // 二/(一)/1
          .addColumn('heading', 'text')
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('deadline_raw', 'text')
          .addColumn('deadline_kind', 'text') // by-date | year-end | long-term | periodic | other
          .addColumn('deadline_date', 'text')
          .addColumn('due_on', 'text')
          .addColumn('status', 'text', (c) => c.notNull()) // not_started | in_progress | submitted | closed
          .addColumn('percent', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('closed_on', 'text')
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
          .addUniqueConstraint('plan_tasks_seq_uq', ['plan_id', 'seq']),
      ).execute();
      await db.schema.createIndex('plan_tasks_due_idx').on('plan_tasks').columns(['status', 'due_on']).execute();

      await withId(engine, db.schema.createTable('plan_task_units'))
        .addColumn('task_id', 'integer', (c) => c.notNull().references('plan_tasks.id'))
        .addColumn('role', 'text', (c) => c.notNull()) // lead | responsible | cooperating
        .addColumn('org_id', 'integer', (c) => c.references('orgs.id')) // null: kept as text
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('collective', 'text') // the collective name it was expanded from
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('plan_task_units_task_idx').on('plan_task_units').column('task_id').execute();
      await db.schema.createIndex('plan_task_units_org_idx').on('plan_task_units').columns(['org_id', 'task_id']).execute();

      await withId(engine, db.schema.createTable('plan_task_events'))
        .addColumn('task_id', 'integer', (c) => c.notNull().references('plan_tasks.id'))
        .addColumn('type', 'text', (c) => c.notNull()) // created | progress | submitted | accepted | returned | edited | reminded
        .addColumn('org_id', 'integer', (c) => c.references('orgs.id')) // the reporting unit
        .addColumn('text', 'text')
        .addColumn('percent', 'integer')
        .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('actor_id', 'integer')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('plan_task_events_task_idx').on('plan_task_events').columns(['task_id', 'type']).execute();
    },
    async down(db: Db) {
      for (const t of ['plan_task_events', 'plan_task_units', 'plan_tasks', 'plans']) await db.schema.dropTable(t).execute();
    },
  };
}
