import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { PublicationTables } from '../publications.tables.js';
import type { GazetteIssueTable, GazetteTables } from './gazette.tables.js';

/** Own tables plus read-only joins on the documents of an issue. */
export type GazetteDb = Kysely<GazetteTables & PublicationTables>;
export type IssueRow = Selectable<GazetteIssueTable>;

/** The only SQL of 政府公报. */
export const gazetteRepository = {
  insertIssue(db: GazetteDb, row: Insertable<GazetteIssueTable>): Promise<IssueRow> {
    return db.insertInto('gazette_issues').values(row).returningAll().executeTakeFirstOrThrow();
  },
  findIssue(db: GazetteDb, id: number): Promise<IssueRow | undefined> {
    return db.selectFrom('gazette_issues').selectAll().where('id', '=', id).executeTakeFirst();
  },
  /** Another issue of the organisation already using this 期 (in the year) or 总期 number. */
  clash(db: GazetteDb, f: { orgId: number; year: number; number: number; totalNumber: number; exceptId?: number }) {
    let q = db.selectFrom('gazette_issues').select(['id', 'year', 'number', 'total_number']).where('org_id', '=', f.orgId)
      .where((eb) => eb.or([eb.and([eb('year', '=', f.year), eb('number', '=', f.number)]), eb('total_number', '=', f.totalNumber)]));
    if (f.exceptId) q = q.where('id', '!=', f.exceptId);
    return q.executeTakeFirst();
  },
  async nextNumbers(db: GazetteDb, orgId: number, year: number): Promise<{ number: number; totalNumber: number }> {
    const inYear = await db.selectFrom('gazette_issues').select((eb) => eb.fn.max('number').as('n')).where('org_id', '=', orgId).where('year', '=', year).executeTakeFirst();
    const total = await db.selectFrom('gazette_issues').select((eb) => eb.fn.max('total_number').as('n')).where('org_id', '=', orgId).executeTakeFirst();
    return { number: Number(inYear?.n ?? 0) + 1, totalNumber: Number(total?.n ?? 0) + 1 };
  },
  /** Updates only at `version` (optimistic lock) and only a draft; returns whether it did. */
  async updateDraft(db: GazetteDb, id: number, version: number, patch: Updateable<GazetteIssueTable>): Promise<boolean> {
    const r = await db.updateTable('gazette_issues').set({ ...patch, version: version + 1 }).where('id', '=', id).where('version', '=', version).where('status', '=', 'draft').executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /** Moves from `from` to the patch's status only if still in `from` (a second caller loses). */
  async transition(db: GazetteDb, id: number, from: string, patch: Updateable<GazetteIssueTable>): Promise<boolean> {
    const r = await db.updateTable('gazette_issues').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  async deleteIssue(db: GazetteDb, id: number): Promise<void> {
    await db.deleteFrom('gazette_items').where('issue_id', '=', id).execute();
    await db.deleteFrom('gazette_sections').where('issue_id', '=', id).execute();
    await db.deleteFrom('gazette_issues').where('id', '=', id).execute();
  },
  async listIssues(db: GazetteDb, f: { orgIds?: number[]; year?: number; statuses?: string[]; offset: number; limit: number }) {
    let q = db.selectFrom('gazette_issues');
    if (f.orgIds) q = q.where('org_id', 'in', f.orgIds.length ? f.orgIds : [-1]);
    if (f.year) q = q.where('year', '=', f.year);
    if (f.statuses) q = q.where('status', 'in', f.statuses);
    const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const rows = await q.selectAll().orderBy('year', 'desc').orderBy('number', 'desc').orderBy('id', 'desc').offset(f.offset).limit(f.limit).execute();
    return { rows, total: Number(total) };
  },
  async years(db: GazetteDb, f: { orgIds?: number[]; statuses: string[] }): Promise<number[]> {
    let q = db.selectFrom('gazette_issues').select('year').distinct().where('status', 'in', f.statuses);
    if (f.orgIds) q = q.where('org_id', 'in', f.orgIds.length ? f.orgIds : [-1]);
    return (await q.orderBy('year', 'desc').execute()).map((r) => r.year);
  },
  async itemCounts(db: GazetteDb, ids: number[]): Promise<Map<number, number>> {
    if (!ids.length) return new Map();
    const rows = await db.selectFrom('gazette_items').select(['issue_id', (eb) => eb.fn.countAll<number>().as('n')]).where('issue_id', 'in', ids).groupBy('issue_id').execute();
    return new Map(rows.map((r) => [r.issue_id, Number(r.n)]));
  },

  sections(db: GazetteDb, issueId: number) {
    return db.selectFrom('gazette_sections').select(['id', 'title', 'sort_order']).where('issue_id', '=', issueId).orderBy('sort_order').execute();
  },
  /** Items in order, with what the table of contents and the page show of each document (no bodies). */
  items(db: GazetteDb, issueId: number) {
    return db.selectFrom('gazette_items').innerJoin('documents', 'documents.id', 'gazette_items.document_id')
      .select(['gazette_items.section_id', 'gazette_items.sort_order', 'documents.id', 'documents.org_id', 'documents.title', 'documents.doc_number', 'documents.index_number',
        'documents.status', 'documents.disclosure', 'documents.published_at', 'documents.withdrawn_at', 'documents.written_at'])
      .where('gazette_items.issue_id', '=', issueId).orderBy('gazette_items.section_id').orderBy('gazette_items.sort_order').execute();
  },
  /** The sanitised bodies (HTML) of the documents, for the page and the PDF. */
  async bodies(db: GazetteDb, ids: number[]): Promise<Map<number, { html: string }>> {
    if (!ids.length) return new Map();
    const rows = await db.selectFrom('documents').select(['id', 'body_html']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, { html: r.body_html }]));
  },
  /** Replaces the table of contents: sections in order, each with its documents in order. */
  async replaceContents(db: GazetteDb, issueId: number, sections: { title: string; documentIds: number[] }[]): Promise<void> {
    await db.deleteFrom('gazette_items').where('issue_id', '=', issueId).execute();
    await db.deleteFrom('gazette_sections').where('issue_id', '=', issueId).execute();
    for (const [i, s] of sections.entries()) {
      const { id } = await db.insertInto('gazette_sections').values({ issue_id: issueId, title: s.title, sort_order: i }).returning('id').executeTakeFirstOrThrow();
      if (s.documentIds.length) {
        await db.insertInto('gazette_items').values(s.documentIds.map((document_id, j) => ({ issue_id: issueId, section_id: id, document_id, sort_order: j }))).execute();
      }
    }
  },
};

export type IssueItemRow = Awaited<ReturnType<typeof gazetteRepository.items>>[number];
