import type { Kysely, Selectable } from 'kysely';
import type { DisclosureGuideTable, GuideTables } from './guides.tables.js';

export type GuideRow = Selectable<DisclosureGuideTable>;
type Db = Kysely<GuideTables>;

/** The only SQL touching `disclosure_guides`. */
export const guidesRepository = {
  find(db: Db, orgId: number): Promise<GuideRow | undefined> {
    return db.selectFrom('disclosure_guides').selectAll().where('org_id', '=', orgId).executeTakeFirst();
  },
  async upsert(db: Db, row: GuideRow): Promise<void> {
    const exists = await this.find(db, row.org_id);
    if (exists) await db.updateTable('disclosure_guides').set(row).where('org_id', '=', row.org_id).execute();
    else await db.insertInto('disclosure_guides').values(row).execute();
  },
};
