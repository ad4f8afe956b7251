import type { Migration } from 'kysely';
import { type Db, type Engine, withId } from './helpers.js';

/**
 * The mail outbox: a mail is a row written in the transaction of the change that causes it, and a job
 * delivers it over SMTP afterwards, so nothing is lost while the mail server is down.
 */
export function mailOutbox(engine: Engine): Migration {
  return {
    async up(db: Db) {
      await withId(engine, db.schema.createTable('mail_outbox'))
        .addColumn('to_address', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('text_body', 'text', (c) => c.notNull())
        .addColumn('html_body', 'text')
        .addColumn('related_type', 'text')
        .addColumn('related_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending')) // pending | sent | failed
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        // Set while one process is talking to the SMTP server about this mail; others leave it alone
        // until then (a crashed sender's claim simply runs out).
        .addColumn('locked_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addColumn('message_id', 'text')
        .execute();
      await db.schema.createIndex('mail_outbox_due_idx').on('mail_outbox').columns(['status', 'next_attempt_at']).execute();
      await db.schema.createIndex('mail_outbox_related_idx').on('mail_outbox').columns(['related_type', 'related_id']).execute();
    },
    async down(db: Db) {
      await db.schema.dropTable('mail_outbox').execute();
    },
  };
}
