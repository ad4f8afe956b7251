import type { Kysely, Selectable } from 'kysely';
import type { OrgTable, OrgTables } from './orgs.tables.js';

export type OrgRow = Selectable<OrgTable>;
type Db = Kysely<OrgTables>;

/** The only SQL touching `orgs`. */
export const orgsRepository = {
  findById(db: Db, id: number): Promise<OrgRow | undefined> {
    return db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst();
  },
  findByCode(db: Db, code: string): Promise<OrgRow | undefined> {
    return db.selectFrom('orgs').selectAll().where('code', '=', code).executeTakeFirst();
  },
  /** The organisation at `path` and everything under it. */
  listSubtree(db: Db, path: string): Promise<OrgRow[]> {
    return db.selectFrom('orgs').selectAll().where('path', 'like', `${path}%`).orderBy('path').orderBy('sort_order').execute();
  },
  listAll(db: Db, opts: { activeOnly?: boolean } = {}): Promise<OrgRow[]> {
    let q = db.selectFrom('orgs').selectAll();
    if (opts.activeOnly) q = q.where('status', '=', 'active');
    return q.orderBy('sort_order').orderBy('id').execute();
  },
  async insert(db: Db, row: Omit<OrgRow, 'id' | 'path'>, parentPath: string): Promise<OrgRow> {
    const { id } = await db.insertInto('orgs').values({ ...row, path: '/' }).returning('id').executeTakeFirstOrThrow();
    const path = `${parentPath}${id}/`;
    await db.updateTable('orgs').set({ path }).where('id', '=', id).execute();
    return { ...row, id, path };
  },
  async update(db: Db, id: number, patch: Partial<Omit<OrgRow, 'id'>>): Promise<void> {
    await db.updateTable('orgs').set(patch).where('id', '=', id).execute();
  },
  /** Rewrites the path prefix of a whole subtree after a move. */
  async movePaths(db: Db, oldPrefix: string, newPrefix: string): Promise<void> {
    const rows = await db.selectFrom('orgs').select(['id', 'path']).where('path', 'like', `${oldPrefix}%`).execute();
    for (const r of rows) {
      await db.updateTable('orgs').set({ path: newPrefix + r.path.slice(oldPrefix.length) }).where('id', '=', r.id).execute();
    }
  },
};
