import { type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { DocumentAttachmentTable, DocumentTable, PublicationTables } from './publications.tables.js';

export type DocumentRow = Selectable<DocumentTable>;
export type AttachmentRow = Selectable<DocumentAttachmentTable>;
type Db = Kysely<PublicationTables>;

export interface DocumentListFilter {
  orgIds?: number[];
  status?: string;
  statuses?: string[];
  q?: string;
  late?: boolean;
  /** Not yet public and past the 20-working-day due date as of this day (YYYY-MM-DD). */
  overdueOn?: string;
  createdBy?: number;
  offset: number;
  limit: number;
}

/** The only SQL touching the document tables. */
export const documentsRepository = {
  findById(db: Db, id: number): Promise<DocumentRow | undefined> {
    return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  },
  /** What a search hit shows, for many ids in one query: no bodies (a hit's snippet comes from the index). */
  hitRows(db: Db, ids: number[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return db.selectFrom('documents')
      .select(['id', 'title', 'index_number', 'doc_number', 'org_id', 'published_at', 'summary'])
      .select(sql<string>`substr(body_text, 1, 140)`.as('body_start'))
      .where('id', 'in', ids).execute();
  },
  findByIndexNumber(db: Db, indexNumber: string): Promise<DocumentRow | undefined> {
    return db.selectFrom('documents').selectAll().where('index_number', '=', indexNumber).executeTakeFirst();
  },
  findByDocNumber(db: Db, docNumber: string): Promise<DocumentRow[]> {
    return db.selectFrom('documents').selectAll().where('doc_number', '=', docNumber).orderBy('id', 'desc').limit(5).execute();
  },
  async insert(db: Db, row: Insertable<DocumentTable>): Promise<DocumentRow> {
    return db.insertInto('documents').values(row).returningAll().executeTakeFirstOrThrow();
  },
  async update(db: Db, id: number, patch: Updateable<DocumentTable>): Promise<void> {
    await db.updateTable('documents').set(patch).where('id', '=', id).execute();
  },
  /** Updates only when the stored version is `version` (optimistic lock); returns whether it did. */
  async updateIfVersion(db: Db, id: number, version: number, patch: Updateable<DocumentTable>): Promise<boolean> {
    const r = await db.updateTable('documents').set(patch).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  async delete(db: Db, id: number): Promise<void> {
    await db.deleteFrom('documents').where('id', '=', id).execute();
  },

  async list(db: Db, f: DocumentListFilter): Promise<{ rows: DocumentRow[]; total: number }> {
    let q = db.selectFrom('documents');
    if (f.orgIds) q = q.where('org_id', 'in', f.orgIds.length ? f.orgIds : [-1]);
    if (f.status) q = q.where('status', '=', f.status);
    if (f.statuses) q = q.where('status', 'in', f.statuses);
    if (f.createdBy !== undefined) q = q.where('created_by', '=', f.createdBy);
    if (f.late) q = q.where('late_days', '>', 0);
    if (f.overdueOn) q = q.where('status', 'in', ['draft', 'in_review', 'returned', 'approved']).where('disclosure', '=', 'active').where('due_date', '<', f.overdueOn);
    if (f.q) {
      const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) => eb.or([eb('title', 'like', like), eb('doc_number', 'like', like), eb('index_number', 'like', like)]));
    }
    const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const rows = await q.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').offset(f.offset).limit(f.limit).execute();
    return { rows, total: Number(total) };
  },

  /** Scheduled documents whose time has come. */
  listDueScheduled(db: Db, nowIso: string): Promise<DocumentRow[]> {
    return db.selectFrom('documents').selectAll().where('status', '=', 'scheduled').where('publish_at', '<=', nowIso).orderBy('publish_at').execute();
  },

  orgIds(db: Db, documentId: number): Promise<{ org_id: number; sort_order: number }[]> {
    return db.selectFrom('document_orgs').select(['org_id', 'sort_order']).where('document_id', '=', documentId).orderBy('sort_order').execute();
  },
  async orgIdsForMany(db: Db, ids: number[]): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>();
    if (!ids.length) return out;
    const rows = await db.selectFrom('document_orgs').select(['document_id', 'org_id']).where('document_id', 'in', ids).orderBy('sort_order').execute();
    for (const r of rows) out.set(r.document_id, [...(out.get(r.document_id) ?? []), r.org_id]);
    return out;
  },
  async setOrgs(db: Db, documentId: number, orgIds: number[]): Promise<void> {
    await db.deleteFrom('document_orgs').where('document_id', '=', documentId).execute();
    if (orgIds.length) {
      await db.insertInto('document_orgs').values(orgIds.map((org_id, i) => ({ document_id: documentId, org_id, sort_order: i }))).execute();
    }
  },

  attachments(db: Db, documentId: number): Promise<AttachmentRow[]> {
    return db.selectFrom('document_attachments').selectAll().where('document_id', '=', documentId).orderBy('sort_order').orderBy('id').execute();
  },
  attachment(db: Db, documentId: number, id: number): Promise<AttachmentRow | undefined> {
    return db.selectFrom('document_attachments').selectAll().where('document_id', '=', documentId).where('id', '=', id).executeTakeFirst();
  },
  async insertAttachment(db: Db, row: Insertable<DocumentAttachmentTable>): Promise<AttachmentRow> {
    return db.insertInto('document_attachments').values(row).returningAll().executeTakeFirstOrThrow();
  },
  async updateAttachment(db: Db, id: number, patch: Updateable<DocumentAttachmentTable>): Promise<void> {
    await db.updateTable('document_attachments').set(patch).where('id', '=', id).execute();
  },
  async deleteAttachment(db: Db, id: number): Promise<void> {
    await db.deleteFrom('document_attachments').where('id', '=', id).execute();
  },

  async addVersion(db: Db, v: { document_id: number; version: number; snapshot: string; reason: string; created_by: number | null; created_at: string }): Promise<void> {
    await db.insertInto('document_versions').values(v).execute();
  },
  versions(db: Db, documentId: number) {
    return db.selectFrom('document_versions').select(['version', 'reason', 'created_at', 'created_by', 'snapshot']).where('document_id', '=', documentId).orderBy('version', 'desc').execute();
  },
  async addEvent(db: Db, e: { document_id: number; action: string; from_status: string | null; to_status: string | null; note: string | null; actor_id: number | null; actor_name: string; occurred_at: string }): Promise<void> {
    await db.insertInto('document_events').values(e).execute();
  },
  events(db: Db, documentId: number) {
    return db.selectFrom('document_events').selectAll().where('document_id', '=', documentId).orderBy('id').execute();
  },

  /** Next 索引号 serial of an organisation and year; runs inside the publishing transaction. */
  async nextSerial(db: Db, orgId: number, year: number): Promise<number> {
    const row = await db.selectFrom('index_counters').select('last_seq').where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
    if (!row) {
      await db.insertInto('index_counters').values({ org_id: orgId, year, last_seq: 1 }).execute();
      return 1;
    }
    const r = await db.updateTable('index_counters').set({ last_seq: row.last_seq + 1 }).where('org_id', '=', orgId).where('year', '=', year).where('last_seq', '=', row.last_seq).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new Error('index counter race');
    return row.last_seq + 1;
  },

  sensitiveWords(db: Db) {
    return db.selectFrom('sensitive_words').selectAll().orderBy('word').execute();
  },
  async insertSensitiveWord(db: Db, row: { word: string; level: string; note: string | null; created_by: number | null; created_at: string; updated_at: string }) {
    return db.insertInto('sensitive_words').values(row).returningAll().executeTakeFirstOrThrow();
  },
  sensitiveWord(db: Db, id: number) {
    return db.selectFrom('sensitive_words').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async deleteSensitiveWord(db: Db, id: number): Promise<void> {
    await db.deleteFrom('sensitive_words').where('id', '=', id).execute();
  },

  /** id and dates of every visible document, for the sitemap (no bodies). */
  visibleIds(db: Db, nowIso: string, offset: number, limit: number) {
    return db.selectFrom('documents').select(['id', 'published_at', 'updated_at'])
      .where('status', 'in', ['published', 'scheduled']).where('disclosure', '=', 'active').where('published_at', '<=', nowIso)
      .orderBy('id').offset(offset).limit(limit).execute();
  },

  /** Published and visible documents, newest first (portal lists and feeds). */
  async listPublished(db: Db, f: { nowIso: string; orgIds?: number[]; topicPrefix?: string; genre?: string; year?: number; validity?: string; normative?: boolean; offset: number; limit: number; withTotal?: boolean }) {
    let q = db.selectFrom('documents').where('status', 'in', ['published', 'scheduled']).where('disclosure', '=', 'active').where('published_at', '<=', f.nowIso);
    if (f.orgIds) q = q.where('org_id', 'in', f.orgIds.length ? f.orgIds : [-1]);
    if (f.topicPrefix) q = q.where((eb) => eb.or([eb('topic', '=', f.topicPrefix!), eb('topic', 'like', `${f.topicPrefix}-%`)]));
    if (f.genre) q = q.where('genre', '=', f.genre);
    if (f.validity) q = q.where('validity', '=', f.validity);
    if (f.normative !== undefined) q = q.where('is_normative', '=', f.normative ? 1 : 0);
    if (f.year) q = q.where('published_at', '>=', `${f.year - 1}-12-31T16:00:00.000Z`).where('published_at', '<', `${f.year}-12-31T16:00:00.000Z`);
    // Counting every visible document is O(N); pages that only show the newest few skip it.
    const total = f.withTotal === false ? -1 : Number((await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()).total);
    // Lists never need the bodies: the first 200 characters stand in for a missing summary.
    const rows = await q
      .select(['id', 'title', 'index_number', 'doc_number', 'org_id', 'published_at', 'updated_at', 'summary'])
      .select(sql<string>`substr(body_text, 1, 200)`.as('body_start'))
      .orderBy('published_at', 'desc').orderBy('id', 'desc').offset(f.offset).limit(f.limit).execute();
    return { rows, total };
  },
};
