import { type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { InfoRequestAppealTable, InfoRequestTables } from '../info-requests.tables.js';

export type AppealRow = Selectable<InfoRequestAppealTable>;
/** A record with the request facts its answer shows (tracking code, 登记号, closing day for the late-filing flag). */
export type AppealListRow = AppealRow & { tracking_code: string; register_no: string | null; request_closed_on: string | null };
type Db = Kysely<InfoRequestTables>;

export interface AppealListFilter {
  /** null: every organisation (sysadmin); [] matches nothing. */
  orgIds: number[] | null;
  requestId?: number;
  /** Filed within [from, to] (inclusive, YYYY-MM-DD). */
  from?: string;
  to?: string;
  kind?: string;
  outcome?: string;
  offset: number;
  limit: number;
}

/** The only SQL touching info_request_appeals. */
export const appealsRepository = {
  findById(db: Db, id: number): Promise<AppealRow | undefined> {
    return db.selectFrom('info_request_appeals').selectAll().where('id', '=', id).executeTakeFirst();
  },
  insert(db: Db, row: Insertable<InfoRequestAppealTable>): Promise<AppealRow> {
    return db.insertInto('info_request_appeals').values(row).returningAll().executeTakeFirstOrThrow();
  },
  /** Optimistic update: 0 rows when someone else changed the record meanwhile. */
  async update(db: Db, id: number, version: number, set: Updateable<InfoRequestAppealTable>): Promise<number> {
    const r = await db.updateTable('info_request_appeals').set({ ...set, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
  /** The earliest 行政复议 filed on a request, if any (复议后起诉 needs one). */
  firstReview(db: Db, requestId: number): Promise<Pick<AppealRow, 'id' | 'filed_on'> | undefined> {
    return db.selectFrom('info_request_appeals').select(['id', 'filed_on'])
      .where('request_id', '=', requestId).where('kind', '=', 'review').orderBy('filed_on').orderBy('id').limit(1).executeTakeFirst();
  },
  async list(db: Db, f: AppealListFilter): Promise<{ rows: AppealListRow[]; total: number }> {
    let q = db.selectFrom('info_request_appeals as a').innerJoin('info_requests as r', 'r.id', 'a.request_id');
    if (f.orgIds) q = f.orgIds.length ? q.where('a.org_id', 'in', f.orgIds) : q.where(sql<boolean>`1 = 0`);
    if (f.requestId !== undefined) q = q.where('a.request_id', '=', f.requestId);
    if (f.from) q = q.where('a.filed_on', '>=', f.from);
    if (f.to) q = q.where('a.filed_on', '<=', f.to);
    if (f.kind) q = q.where('a.kind', '=', f.kind);
    if (f.outcome) q = q.where('a.outcome', '=', f.outcome);
    const [rows, count] = await Promise.all([
      q.selectAll('a').select(['r.tracking_code', 'r.register_no', 'r.closed_on as request_closed_on'])
        .orderBy('a.filed_on', 'desc').orderBy('a.id', 'desc').offset(f.offset).limit(f.limit).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },

};
