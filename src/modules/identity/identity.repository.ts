import { type Kysely, type Selectable, sql } from 'kysely';
import type { Role } from '../../platform/auth/index.js';
import type { OrgTables } from '../orgs/index.js';
import type { IdentityTables, SessionTable, UserTable } from './identity.tables.js';

export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type UserWithOrg = UserRow & { org_name: string; org_code: string; org_path: string; roles: Role[] };

// Reads orgs for joins only; the orgs module owns that table.
type Db = Kysely<IdentityTables & OrgTables>;

async function withRoles(db: Db, rows: (UserRow & { org_name: string; org_code: string; org_path: string })[]): Promise<UserWithOrg[]> {
  if (rows.length === 0) return [];
  const roles = await db.selectFrom('user_roles').selectAll().where('user_id', 'in', rows.map((r) => r.id)).execute();
  return rows.map((r) => ({ ...r, roles: roles.filter((x) => x.user_id === r.id).map((x) => x.role as Role).sort() }));
}

function baseUserQuery(db: Db) {
  return db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.org_id')
    .selectAll('users')
    .select(['orgs.name as org_name', 'orgs.code as org_code', 'orgs.path as org_path']);
}

/** The only SQL touching users, user_roles and sessions. */
export const identityRepository = {
  async findUserById(db: Db, id: number): Promise<UserWithOrg | undefined> {
    const row = await baseUserQuery(db).where('users.id', '=', id).executeTakeFirst();
    return row ? (await withRoles(db, [row]))[0] : undefined;
  },
  async findUserByUsername(db: Db, username: string): Promise<UserWithOrg | undefined> {
    const row = await baseUserQuery(db).where('users.username', '=', username).executeTakeFirst();
    return row ? (await withRoles(db, [row]))[0] : undefined;
  },
  async listUsers(
    db: Db,
    f: { pathPrefix: string | null; orgPath?: string; q?: string; status?: string; limit: number; offset: number },
  ): Promise<{ rows: UserWithOrg[]; total: number }> {
    let q = db.selectFrom('users').innerJoin('orgs', 'orgs.id', 'users.org_id');
    if (f.pathPrefix) q = q.where('orgs.path', 'like', `${f.pathPrefix}%`);
    if (f.orgPath) q = q.where('orgs.path', 'like', `${f.orgPath}%`);
    if (f.status) q = q.where('users.status', '=', f.status);
    if (f.q) {
      // Case-insensitive on both engines (PostgreSQL's LIKE is case-sensitive, SQLite's is not), and the
      // text taken literally: an explicit ESCAPE behaves the same on both (SQLite has no default escape).
      const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) =>
        eb.or([
          sql<boolean>`lower(${eb.ref('users.username')}) like lower(${like}) escape '\\'`,
          sql<boolean>`lower(${eb.ref('users.display_name')}) like lower(${like}) escape '\\'`,
        ]),
      );
    }
    const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    const rows = await q
      .selectAll('users')
      .select(['orgs.name as org_name', 'orgs.code as org_code', 'orgs.path as org_path'])
      .orderBy('orgs.path')
      .orderBy('users.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    return { rows: await withRoles(db, rows), total: Number(total) };
  },
  async insertUser(db: Db, row: Omit<UserRow, 'id'>, roles: Role[]): Promise<number> {
    const { id } = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('user_roles').values(roles.map((role) => ({ user_id: id, role }))).execute();
    return id;
  },
  async updateUser(db: Db, id: number, patch: Partial<Omit<UserRow, 'id'>>): Promise<void> {
    await db.updateTable('users').set(patch).where('id', '=', id).execute();
  },
  async setRoles(db: Db, id: number, roles: Role[]): Promise<void> {
    await db.deleteFrom('user_roles').where('user_id', '=', id).execute();
    await db.insertInto('user_roles').values(roles.map((role) => ({ user_id: id, role }))).execute();
  },
  async countUsers(db: Db): Promise<number> {
    const { n } = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(n);
  },

  insertSession: (db: Db, row: SessionRow) => db.insertInto('sessions').values(row).execute(),
  findSession: (db: Db, id: string) => db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst(),
  touchSession: (db: Db, id: string, at: string) => db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute(),
  deleteSession: (db: Db, id: string) => db.deleteFrom('sessions').where('id', '=', id).execute(),
  deleteUserSessions: (db: Db, userId: number) => db.deleteFrom('sessions').where('user_id', '=', userId).execute(),
  deleteOtherSessions: (db: Db, userId: number, keepId: string) =>
    db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepId).execute(),
  deleteExpiredSessions: (db: Db, now: string) => db.deleteFrom('sessions').where('expires_at', '<', now).execute(),
};
