import { type ExpressionBuilder, type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { PublicationTables } from '../publications.tables.js';
import type { RegisterFilter } from './normative.vocabulary.js';
import type { NormativeCleanupItemTable, NormativeCleanupTable, NormativeTables } from './normative.tables.js';

/** Own tables plus read-only joins on the documents they point at. */
export type NormativeDb = Kysely<NormativeTables & PublicationTables>;
type Eb = ExpressionBuilder<NormativeTables & PublicationTables, 'documents'>;
export type CleanupRow = Selectable<NormativeCleanupTable>;
export type CleanupItemRow = Selectable<NormativeCleanupItemTable>;

const PUBLIC_STATUSES = ['published', 'scheduled'];
const LIVE = ['effective', 'amended'];
/** Columns of a document shown beside a relation, a cleanup item or a register row. */
const DOC_COLUMNS = ['documents.id', 'documents.org_id', 'documents.title', 'documents.doc_number', 'documents.index_number', 'documents.status', 'documents.disclosure',
  'documents.published_at', 'documents.validity', 'documents.valid_from', 'documents.valid_to', 'documents.is_normative', 'documents.written_at'] as const;

/** The 有效性 filter as SQL, computing 已失效 from a passed valid_to like `effectiveValidity`. */
function validityWhere(eb: Eb, f: RegisterFilter, today: string) {
  const notPast = eb.or([eb('documents.valid_to', 'is', null), eb('documents.valid_to', '>=', today)]);
  const liveOrUnmarked = eb.or([eb('documents.validity', 'is', null), eb('documents.validity', 'in', LIVE)]);
  switch (f) {
    case 'current': return eb.and([liveOrUnmarked, notPast]);
    case 'effective': return eb.and([eb.or([eb('documents.validity', 'is', null), eb('documents.validity', '=', 'effective')]), notPast]);
    case 'amended': return eb.and([eb('documents.validity', '=', 'amended'), notPast]);
    case 'repealed': return eb('documents.validity', '=', 'repealed');
    case 'expired': return eb.or([eb('documents.validity', '=', 'expired'), eb.and([liveOrUnmarked, eb('documents.valid_to', '<', today)])]);
    case 'all': return eb.lit(true);
  }
}

/** The only SQL of 规范性文件 relations, register and 清理. */
export const normativeRepository = {
  // --- relations -----------------------------------------------------------------------------
  outgoing(db: NormativeDb, documentId: number) {
    return db.selectFrom('document_relations').innerJoin('documents', 'documents.id', 'document_relations.related_document_id')
      .select(['document_relations.kind', 'document_relations.applied_at', 'document_relations.related_document_id as other_id', ...DOC_COLUMNS])
      .where('document_relations.document_id', '=', documentId).orderBy('document_relations.created_at').orderBy('documents.id').execute();
  },
  incoming(db: NormativeDb, documentId: number) {
    return db.selectFrom('document_relations').innerJoin('documents', 'documents.id', 'document_relations.document_id')
      .select(['document_relations.kind', 'document_relations.applied_at', 'document_relations.document_id as other_id', ...DOC_COLUMNS])
      .where('document_relations.related_document_id', '=', documentId).orderBy('documents.published_at').orderBy('documents.id').execute();
  },
  async replaceRelations(db: NormativeDb, documentId: number, rows: { related_document_id: number; kind: string; applied_at: string | null }[], at: string, by: number | null): Promise<void> {
    await db.deleteFrom('document_relations').where('document_id', '=', documentId).execute();
    if (rows.length) await db.insertInto('document_relations').values(rows.map((r) => ({ ...r, document_id: documentId, created_at: at, created_by: by }))).execute();
  },
  /** Relations of `documentId` whose effect (修改/废止) is not yet written. */
  pendingEffects(db: NormativeDb, documentId: number) {
    return db.selectFrom('document_relations').select(['related_document_id', 'kind'])
      .where('document_id', '=', documentId).where('applied_at', 'is', null).where('kind', 'in', ['amends', 'repeals']).execute();
  },
  async markApplied(db: NormativeDb, documentId: number, relatedId: number, at: string): Promise<void> {
    await db.updateTable('document_relations').set({ applied_at: at }).where('document_id', '=', documentId).where('related_document_id', '=', relatedId).execute();
  },
  /** Documents gone public (e.g. a 定时发布 whose time came) whose 修改/废止 effects are still pending. */
  async sourcesWithDueEffects(db: NormativeDb, nowIso: string): Promise<number[]> {
    // From the few unapplied relations to their documents by primary key. CROSS JOIN keeps that order on
    // SQLite (its planner, without statistics, scanned every published document instead: seconds at
    // 1,000,000); PostgreSQL plans it as an ordinary join.
    const { rows } = await sql<{ id: number }>`
      select distinct d.id from document_relations r cross join documents d
      where d.id = r.document_id and r.applied_at is null and r.kind in ('amends', 'repeals')
        and d.status in (${sql.join([...PUBLIC_STATUSES])}) and d.disclosure = 'active' and d.published_at <= ${nowIso}
      order by d.id`.execute(db);
    return rows.map((r) => r.id);
  },

  // --- register and expiry -------------------------------------------------------------------
  async register(db: NormativeDb, f: { orgIds?: number[]; filter: RegisterFilter; today: string; nowIso: string; q?: string; offset: number; limit: number }) {
    let q = db.selectFrom('documents').where('documents.is_normative', '=', 1).where('documents.status', 'in', PUBLIC_STATUSES)
      .where('documents.disclosure', '=', 'active').where('documents.published_at', '<=', f.nowIso)
      .where((eb) => validityWhere(eb, f.filter, f.today));
    if (f.orgIds) q = q.where('documents.org_id', 'in', f.orgIds.length ? f.orgIds : [-1]);
    if (f.q) {
      const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) => eb.or([eb('documents.title', 'like', like), eb('documents.doc_number', 'like', like)]));
    }
    const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const rows = await q.select(DOC_COLUMNS).orderBy('documents.published_at', 'desc').orderBy('documents.id', 'desc').offset(f.offset).limit(f.limit).execute();
    return { rows, total: Number(total) };
  },
  /** 规范性文件 whose 有效期 ended before `today` but still marked in force. */
  dueExpiry(db: NormativeDb, today: string) {
    return db.selectFrom('documents').select('id').where('is_normative', '=', 1).where('status', 'in', PUBLIC_STATUSES)
      .where('valid_to', '<', today).where((eb) => eb.or([eb('validity', 'is', null), eb('validity', 'in', LIVE)])).orderBy('id').execute();
  },
  documentsByIds(db: NormativeDb, ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('documents').select(DOC_COLUMNS).where('documents.id', 'in', ids).execute();
  },

  // --- 清理 ----------------------------------------------------------------------------------
  insertCleanup(db: NormativeDb, row: Insertable<NormativeCleanupTable>): Promise<CleanupRow> {
    return db.insertInto('normative_cleanups').values(row).returningAll().executeTakeFirstOrThrow();
  },
  findCleanup(db: NormativeDb, id: number): Promise<CleanupRow | undefined> {
    return db.selectFrom('normative_cleanups').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async updateCleanup(db: NormativeDb, id: number, patch: Partial<Insertable<NormativeCleanupTable>>): Promise<void> {
    await db.updateTable('normative_cleanups').set(patch).where('id', '=', id).execute();
  },
  /** Flips draft → published only if still a draft (a second publisher loses). */
  async publishCleanup(db: NormativeDb, id: number, at: string, by: number | null): Promise<boolean> {
    const r = await db.updateTable('normative_cleanups').set({ status: 'published', published_at: at, updated_at: at, updated_by: by }).where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  async deleteCleanup(db: NormativeDb, id: number): Promise<void> {
    await db.deleteFrom('normative_cleanup_items').where('cleanup_id', '=', id).execute();
    await db.deleteFrom('normative_cleanups').where('id', '=', id).execute();
  },
  async listCleanups(db: NormativeDb, f: { orgIds?: number[]; status?: string; offset: number; limit: number }) {
    let q = db.selectFrom('normative_cleanups');
    if (f.orgIds) q = q.where('org_id', 'in', f.orgIds.length ? f.orgIds : [-1]);
    if (f.status) q = q.where('status', '=', f.status);
    const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const rows = await q.selectAll().orderBy('cleanup_date', 'desc').orderBy('id', 'desc').offset(f.offset).limit(f.limit).execute();
    return { rows, total: Number(total) };
  },
  async itemCounts(db: NormativeDb, ids: number[]): Promise<Map<number, number>> {
    if (!ids.length) return new Map();
    const rows = await db.selectFrom('normative_cleanup_items').select(['cleanup_id', (eb) => eb.fn.countAll<number>().as('n')]).where('cleanup_id', 'in', ids).groupBy('cleanup_id').execute();
    return new Map(rows.map((r) => [r.cleanup_id, Number(r.n)]));
  },
  items(db: NormativeDb, cleanupId: number) {
    return db.selectFrom('normative_cleanup_items').innerJoin('documents', 'documents.id', 'normative_cleanup_items.document_id')
      .select(['normative_cleanup_items.result', 'normative_cleanup_items.note', 'normative_cleanup_items.sort_order', ...DOC_COLUMNS])
      .where('normative_cleanup_items.cleanup_id', '=', cleanupId).orderBy('normative_cleanup_items.sort_order').execute();
  },
  async replaceItems(db: NormativeDb, cleanupId: number, items: { document_id: number; result: string; note: string }[]): Promise<void> {
    await db.deleteFrom('normative_cleanup_items').where('cleanup_id', '=', cleanupId).execute();
    if (items.length) await db.insertInto('normative_cleanup_items').values(items.map((it, i) => ({ ...it, cleanup_id: cleanupId, sort_order: i }))).execute();
  },
};

export type RelatedDocRow = Awaited<ReturnType<typeof normativeRepository.outgoing>>[number];
export type RegisterRow = Awaited<ReturnType<typeof normativeRepository.register>>['rows'][number];
export type CleanupItemDocRow = Awaited<ReturnType<typeof normativeRepository.items>>[number];
