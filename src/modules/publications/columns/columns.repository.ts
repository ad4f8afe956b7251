import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DocumentRow } from '../publications.repository.js';
import type { PublicationTables } from '../publications.tables.js';
import type { ColumnTables, SiteColumnTable } from './columns.tables.js';

export type ColumnRow = Selectable<SiteColumnTable>;
/** The column tables, and documents for the read-only joins of freshness and the column pages. */
export type ColumnsDb = Kysely<ColumnTables & Pick<PublicationTables, 'documents'>>;

/** 已发布 (or 定时 whose time has come) and 主动公开: the public pages' rule, on documents aliased `d`. */
const VISIBLE_STATUSES = ['published', 'scheduled'];

/** The only SQL touching the column tables. */
export const columnsRepository = {
  listByOrg(db: ColumnsDb, orgId: number): Promise<ColumnRow[]> {
    return db.selectFrom('site_columns').selectAll().where('org_id', '=', orgId).orderBy('sort_order').orderBy('id').execute();
  },
  findById(db: ColumnsDb, id: number): Promise<ColumnRow | undefined> {
    return db.selectFrom('site_columns').selectAll().where('id', '=', id).executeTakeFirst();
  },
  findByIds(db: ColumnsDb, ids: number[]): Promise<ColumnRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('site_columns').selectAll().where('id', 'in', ids).orderBy('sort_order').orderBy('id').execute();
  },
  findBySlug(db: ColumnsDb, orgId: number, slug: string): Promise<ColumnRow | undefined> {
    return db.selectFrom('site_columns').selectAll().where('org_id', '=', orgId).where('slug', '=', slug).executeTakeFirst();
  },
  insert(db: ColumnsDb, row: Insertable<SiteColumnTable>): Promise<ColumnRow> {
    return db.insertInto('site_columns').values(row).returningAll().executeTakeFirstOrThrow();
  },
  async update(db: ColumnsDb, id: number, patch: Updateable<SiteColumnTable>): Promise<void> {
    await db.updateTable('site_columns').set(patch).where('id', '=', id).execute();
  },
  async maxSortOrder(db: ColumnsDb, orgId: number, parentId: number | null): Promise<number> {
    const r = await db.selectFrom('site_columns').select((eb) => eb.fn.max('sort_order').as('m')).where('org_id', '=', orgId)
      .where('parent_id', parentId === null ? 'is' : '=', parentId).executeTakeFirst();
    return Number(r?.m ?? 0);
  },

  columnsOfDocument(db: ColumnsDb, documentId: number): Promise<ColumnRow[]> {
    return db.selectFrom('document_columns as m').innerJoin('site_columns as c', 'c.id', 'm.column_id').selectAll('c')
      .where('m.document_id', '=', documentId).orderBy('c.org_id').orderBy('c.sort_order').orderBy('c.id').execute();
  },
  async setDocumentColumns(db: ColumnsDb, documentId: number, columnIds: number[]): Promise<void> {
    await db.deleteFrom('document_columns').where('document_id', '=', documentId).execute();
    if (columnIds.length) await db.insertInto('document_columns').values(columnIds.map((column_id) => ({ document_id: documentId, column_id }))).execute();
  },

  /** The newest visible publication of each column (columns without one are absent). */
  async lastPublished(db: ColumnsDb, columnIds: number[], nowIso: string): Promise<Map<number, string>> {
    if (!columnIds.length) return new Map();
    const rows = await db.selectFrom('document_columns as m').innerJoin('documents as d', 'd.id', 'm.document_id')
      .select((eb) => ['m.column_id', eb.fn.max('d.published_at').as('last')]).where('m.column_id', 'in', columnIds)
      .where('d.status', 'in', VISIBLE_STATUSES).where('d.disclosure', '=', 'active').where('d.published_at', '<=', nowIso)
      .groupBy('m.column_id').execute();
    return new Map(rows.filter((r) => r.last).map((r) => [r.column_id, String(r.last)]));
  },

  /** Visible documents filed under any of the columns, newest first, one page of them. */
  async visibleDocuments(db: ColumnsDb, columnIds: number[], nowIso: string, offset: number, limit: number): Promise<{ rows: DocumentRow[]; total: number }> {
    const ids = columnIds.length ? columnIds : [-1];
    const base = db.selectFrom('documents as d')
      .where('d.status', 'in', VISIBLE_STATUSES).where('d.disclosure', '=', 'active').where('d.published_at', '<=', nowIso)
      .where('d.id', 'in', (eb) => eb.selectFrom('document_columns').select('document_id').where('column_id', 'in', ids));
    const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const rows = await base.selectAll('d').orderBy('d.published_at', 'desc').orderBy('d.id', 'desc').offset(offset).limit(limit).execute();
    return { rows: rows as DocumentRow[], total: Number(total) };
  },
};
