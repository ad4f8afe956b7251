import type { Migration } from 'kysely';
import { type Db, type Engine, withId, withTimestamps } from './helpers.js';

/** Organisations, users and roles, sessions, the audit chain and the working-day calendar. */
export function foundation(engine: Engine): Migration {
  return {
    async up(db: Db) {
      await withTimestamps(
        withId(engine, db.schema.createTable('orgs'))
          .addColumn('code', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('short_name', 'text')
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('level', 'text', (c) => c.notNull())
          .addColumn('parent_id', 'integer', (c) => c.references('orgs.id'))
          .addColumn('path', 'text', (c) => c.notNull())
          .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('status', 'text', (c) => c.notNull().defaultTo('active')),
      ).execute();
      await db.schema.createIndex('orgs_parent_idx').on('orgs').column('parent_id').execute();
      await db.schema.createIndex('orgs_path_idx').on('orgs').column('path').execute();

      await withTimestamps(
        withId(engine, db.schema.createTable('users'))
          .addColumn('username', 'text', (c) => c.notNull().unique())
          .addColumn('display_name', 'text', (c) => c.notNull())
          .addColumn('org_id', 'integer', (c) => c.notNull().references('orgs.id'))
          .addColumn('email', 'text')
          .addColumn('phone', 'text')
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
          .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('locked_until', 'text')
          .addColumn('last_login_at', 'text')
          .addColumn('password_changed_at', 'text'),
      ).execute();
      await db.schema.createIndex('users_org_idx').on('users').column('org_id').execute();

      await db.schema
        .createTable('user_roles')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey()) // sha256 of the cookie token; the token itself is never stored
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        .execute();
      await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

      await withId(engine, db.schema.createTable('audit_entries'))
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'integer')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('org_id', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text')
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('before_digest', 'text')
        .addColumn('after_digest', 'text')
        .addColumn('request_id', 'text')
        .addColumn('ip', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      // The head row lets verification notice deletion of the newest entries too.
      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('last_id', 'integer', (c) => c.notNull())
        .addColumn('last_hash', 'text', (c) => c.notNull())
        .addColumn('entry_count', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_entries_occurred_idx').on('audit_entries').column('occurred_at').execute();
      await db.schema.createIndex('audit_entries_entity_idx').on('audit_entries').columns(['entity_type', 'entity_id']).execute();

      await db.schema
        .createTable('calendar_years')
        .addColumn('year', 'integer', (c) => c.primaryKey())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer')
        .execute();
      await db.schema
        .createTable('calendar_days')
        .addColumn('date', 'text', (c) => c.primaryKey())
        .addColumn('year', 'integer', (c) => c.notNull().references('calendar_years.year').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('calendar_days_year_idx').on('calendar_days').column('year').execute();
    },
    async down(db: Db) {
      for (const t of ['calendar_days', 'calendar_years', 'audit_head', 'audit_entries', 'sessions', 'user_roles', 'users', 'orgs']) {
        await db.schema.dropTable(t).execute();
      }
    },
  };
}
