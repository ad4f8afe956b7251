import { type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { InfoRequestEventTable, InfoRequestTable, InfoRequestTables } from './info-requests.tables.js';

export type RequestRow = Selectable<InfoRequestTable>;
export type RequestEventRow = Selectable<InfoRequestEventTable>;
type Db = Kysely<InfoRequestTables>;

export interface RequestListFilter {
  orgIds: number[] | null;
  status?: string[];
  /** Open and due on or before this day. */
  dueBy?: string;
  /** Open and due before this day (overdue as of it). */
  overdueOn?: string;
  q?: string;
  offset: number;
  limit: number;
}

/** The only SQL touching the info-request tables. */
export const requestsRepository = {
  findById(db: Db, id: number): Promise<RequestRow | undefined> {
    return db.selectFrom('info_requests').selectAll().where('id', '=', id).executeTakeFirst();
  },
  findByTrackingCode(db: Db, code: string): Promise<RequestRow | undefined> {
    return db.selectFrom('info_requests').selectAll().where('tracking_code', '=', code).executeTakeFirst();
  },
  async insert(db: Db, row: Insertable<InfoRequestTable>): Promise<RequestRow> {
    return db.insertInto('info_requests').values(row).returningAll().executeTakeFirstOrThrow();
  },
  /** Optimistic update: 0 rows when someone else changed the request meanwhile. */
  async update(db: Db, id: number, version: number, set: Updateable<InfoRequestTable>): Promise<number> {
    const r = await db.updateTable('info_requests').set({ ...set, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows);
  },
  events(db: Db, requestId: number): Promise<RequestEventRow[]> {
    return db.selectFrom('info_request_events').selectAll().where('request_id', '=', requestId).orderBy('seq').execute();
  },
  addEvent(db: Db, e: Insertable<InfoRequestEventTable>) {
    return db.insertInto('info_request_events').values(e).execute();
  },
  /** Submissions of one applicant since a time (per-person limit, duplicates). */
  recentByApplicant(db: Db, digest: string, sinceIso: string) {
    return db.selectFrom('info_requests').select(['id', 'tracking_code', 'description_digest', 'submitted_at', 'status'])
      .where('applicant_digest', '=', digest).where('submitted_at', '>=', sinceIso).orderBy('submitted_at', 'desc').limit(200).execute();
  },
  async list(db: Db, f: RequestListFilter) {
    let q = db.selectFrom('info_requests');
    if (f.orgIds) q = f.orgIds.length ? q.where('handling_org_id', 'in', f.orgIds) : q.where(sql<boolean>`1 = 0`);
    if (f.status?.length) q = q.where('status', 'in', f.status);
    if (f.dueBy) q = q.where('status', '!=', 'closed').where('due_on', '<=', f.dueBy);
    if (f.overdueOn) q = q.where('status', '!=', 'closed').where('due_on', '<', f.overdueOn);
    if (f.q) {
      const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) => eb.or([eb('tracking_code', '=', f.q!), eb('register_no', '=', f.q!), eb('description', 'like', like), eb('applicant_display', 'like', like)]));
    }
    const [rows, count] = await Promise.all([
      q.selectAll().orderBy(sql`case when status = 'closed' then 1 else 0 end`).orderBy('due_on').orderBy('id', 'desc').offset(f.offset).limit(f.limit).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },
  /** Open requests (status not closed) of some organisations, for the dashboard and the clock jobs. */
  open(db: Db, orgIds: number[] | null) {
    let q = db.selectFrom('info_requests').selectAll().where('status', '!=', 'closed');
    if (orgIds) q = orgIds.length ? q.where('handling_org_id', 'in', orgIds) : q.where(sql<boolean>`1 = 0`);
    return q.orderBy('id').execute();
  },
  /**
   * Next number of a per-organisation, per-year series (登记号, 告知书文号); call inside the transaction.
   * The increment is one UPDATE … RETURNING, so two transactions on PostgreSQL never get the same number.
   */
  async nextNumber(db: Db, orgId: number, year: number, kind: 'register' | 'letter'): Promise<number> {
    const bump = () => db.updateTable('info_request_counters').set((eb) => ({ last: eb('last', '+', 1) }))
      .where('org_id', '=', orgId).where('year', '=', year).where('kind', '=', kind).returning('last').executeTakeFirst();
    const row = await bump();
    if (row) return row.last;
    await db.insertInto('info_request_counters').values({ org_id: orgId, year, kind, last: 0 }).onConflict((oc) => oc.doNothing()).execute();
    return (await bump())!.last;
  },
};
