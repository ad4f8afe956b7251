import { type Migration, type RawBuilder, sql } from 'kysely';
import type { Db, Engine } from './helpers.js';

/**
 * What the annual report (国办公开办函〔2021〕30号) needs to count fast and by date:
 *
 * - `documents.ended_on`: the Asia/Shanghai day a document's 有效性 became 已废止 or 已失效 (the first day it
 *   is no longer in force). Table 二 (第二十条第（一）项) counts 本年废止件数 and 现行有效件数 as of 12-31,
 *   which the 有效性 alone cannot tell once the year is over. Existing repealed/expired documents get the
 *   day of their last 有效性 event (else of their last change), or the day after their 有效期止 if earlier.
 * - A partial index over the 规章 and 规范性文件 of table 二, by organisation, so counting them does not walk
 *   every document of a subtree (a million on a large installation).
 * - A covering index for table 三: every request counted for a year is found by organisation and receipt
 *   date, and the CASEs read only the indexed columns, so SQLite never touches the table rows.
 */
export function annualReportIndexes(engine: Engine): Migration {
  return {
    async up(db: Db) {
      await db.schema.alterTable('documents').addColumn('ended_on', 'text').execute();
      // ISO 8601 UTC → the Asia/Shanghai day (no daylight saving time in China since 1991: +8 hours).
      const dayOf = (ts: RawBuilder<unknown>) => (engine === 'postgres'
        ? sql`to_char((${ts})::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`
        : sql`date(${ts}, '+8 hours')`);
      const dayAfterValidTo = engine === 'postgres' ? sql`to_char(valid_to::date + 1, 'YYYY-MM-DD')` : sql`date(valid_to, '+1 day')`;
      // The day of the last 有效性 change shown on the document, else of its last change of any kind.
      const changed = sql`coalesce(${dayOf(sql`(select max(e.occurred_at) from document_events e where e.document_id = documents.id and e.action = 'validity')`)}, ${dayOf(sql`updated_at`)})`;
      // A 有效期 that ran out before the change ended it first.
      await db.updateTable('documents')
        .set({ ended_on: sql`case when valid_to is not null and ${dayAfterValidTo} < ${changed} then ${dayAfterValidTo} else ${changed} end` })
        .where('validity', 'in', ['repealed', 'expired']).where('ended_on', 'is', null)
        .execute();
      // Partial: only 规章 and 规范性文件 (a few in a hundred documents); a plain index on genre could lure
      // the planner away from published_at for the public lists filtered by genre.
      await db.schema.createIndex('documents_table2_idx').on('documents').columns(['org_id', 'status', 'published_at'])
        .where(sql<boolean>`genre = '规章' or is_normative = 1`).execute();
      await db.schema.createIndex('info_requests_annual_idx').on('info_requests')
        .columns(['handling_org_id', 'received_on', 'closed_on', 'applicant_type', 'result']).execute();
    },
    async down(db: Db) {
      await db.schema.dropIndex('info_requests_annual_idx').execute();
      await db.schema.dropIndex('documents_table2_idx').execute();
      await db.schema.alterTable('documents').dropColumn('ended_on').execute();
    },
  };
}
