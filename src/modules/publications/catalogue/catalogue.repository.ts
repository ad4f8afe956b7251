import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { PublicationTables } from '../publications.tables.js';
import type { CatalogueEntryTable, CatalogueTables } from './catalogue.tables.js';

export type EntryRow = Selectable<CatalogueEntryTable>;
/** The catalogue tables, and documents for the read-only joins of coverage and the public page. */
export type CatalogueDb = Kysely<CatalogueTables & Pick<PublicationTables, 'documents'>>;

export interface LinkedDocument {
  entry_id: number;
  document_id: number;
  title: string;
  published_at: string;
}

/** The only SQL touching the catalogue tables. */
export const catalogueRepository = {
  list(db: CatalogueDb, f: { orgIds?: number[]; status?: string }): Promise<EntryRow[]> {
    let q = db.selectFrom('catalogue_entries').selectAll();
    if (f.orgIds) q = q.where('org_id', 'in', f.orgIds.length ? f.orgIds : [-1]);
    if (f.status) q = q.where('status', '=', f.status);
    return q.orderBy('org_id').orderBy('sort_order').orderBy('id').execute();
  },
  findById(db: CatalogueDb, id: number): Promise<EntryRow | undefined> {
    return db.selectFrom('catalogue_entries').selectAll().where('id', '=', id).executeTakeFirst();
  },
  findByIds(db: CatalogueDb, ids: number[]): Promise<EntryRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return db.selectFrom('catalogue_entries').selectAll().where('id', 'in', ids).orderBy('sort_order').orderBy('id').execute();
  },
  insert(db: CatalogueDb, row: Insertable<CatalogueEntryTable>): Promise<EntryRow> {
    return db.insertInto('catalogue_entries').values(row).returningAll().executeTakeFirstOrThrow();
  },
  async update(db: CatalogueDb, id: number, patch: Updateable<CatalogueEntryTable>): Promise<void> {
    await db.updateTable('catalogue_entries').set(patch).where('id', '=', id).execute();
  },
  /** The largest sort order of an organisation's entries (new entries go last). */
  async maxSortOrder(db: CatalogueDb, orgId: number): Promise<number> {
    const r = await db.selectFrom('catalogue_entries').select((eb) => eb.fn.max('sort_order').as('m')).where('org_id', '=', orgId).executeTakeFirst();
    return Number(r?.m ?? 0);
  },

  /** Entries a document is filed under. */
  async entriesOfDocument(db: CatalogueDb, documentId: number): Promise<EntryRow[]> {
    return db.selectFrom('document_catalogue_entries as m').innerJoin('catalogue_entries as e', 'e.id', 'm.entry_id')
      .selectAll('e').where('m.document_id', '=', documentId).orderBy('e.org_id').orderBy('e.sort_order').orderBy('e.id').execute();
  },
  async setDocumentEntries(db: CatalogueDb, documentId: number, entryIds: number[]): Promise<void> {
    await db.deleteFrom('document_catalogue_entries').where('document_id', '=', documentId).execute();
    if (entryIds.length) await db.insertInto('document_catalogue_entries').values(entryIds.map((entry_id) => ({ document_id: documentId, entry_id }))).execute();
  },

  /**
   * Visible published documents of the entries, newest first: 已发布 (or 定时 whose time has come)
   * and 主动公开 — the same rule as the public pages.
   */
  linkedVisible(db: CatalogueDb, entryIds: number[], nowIso: string): Promise<LinkedDocument[]> {
    if (!entryIds.length) return Promise.resolve([]);
    return db.selectFrom('document_catalogue_entries as m').innerJoin('documents as d', 'd.id', 'm.document_id')
      .select(['m.entry_id', 'm.document_id', 'd.title', 'd.published_at'])
      .where('m.entry_id', 'in', entryIds)
      .where('d.status', 'in', ['published', 'scheduled']).where('d.disclosure', '=', 'active').where('d.published_at', '<=', nowIso)
      .orderBy('d.published_at', 'desc').orderBy('d.id', 'desc')
      .execute() as Promise<LinkedDocument[]>;
  },
};
