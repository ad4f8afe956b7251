import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../../platform/audit/index.js';
import { type Principal, ROLE_LABELS, type Role, generatePassword, hashPassword, inScope, passwordProblem, verifyPassword } from '../../platform/auth/index.js';
import type { Page } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import type { Clock } from '../../platform/time/index.js';
import type { OrgService } from '../orgs/index.js';
import { CurrentPasswordWrong, OrgNotInScope, SelfLockout, UserNotFound, UsernameTaken, WeakPassword } from './identity.errors.js';
import { assertCanAssignRoles, assertCanManageUser } from './identity.policy.js';
import { auditableUser, presentUser } from './identity.presenter.js';
import { identityRepository as repo, type UserWithOrg } from './identity.repository.js';
import type { IdentityTables } from './identity.tables.js';
import type { OrgTables } from '../orgs/index.js';
import type { CreateUserInput, UpdateUserInput, User, UserListQuery } from './identity.schemas.js';

export interface UserServiceDeps {
  db: Kysely<any>;
  audit: AuditLog;
  clock: Clock;
  orgs: OrgService;
}

export type UserService = ReturnType<typeof createUserService>;

/** Staff accounts: create, edit, disable, reset passwords, unlock. */
export function createUserService({ db: anyDb, audit, clock, orgs }: UserServiceDeps) {
  const db = anyDb as Kysely<IdentityTables & OrgTables>;
  async function loadManageable(p: Principal, id: number): Promise<UserWithOrg> {
    const u = await repo.findUserById(db, id);
    if (!u || !inScope(p, u.org_path)) throw new UserNotFound();
    assertCanManageUser(p, { orgPath: u.org_path, roles: u.roles });
    return u;
  }

  async function orgInScope(p: Principal, orgId: number) {
    const org = await orgs.findById(orgId);
    if (!org || !inScope(p, org.path)) throw new OrgNotInScope();
    return org;
  }

  return {
    /** Users of the caller's scope, filtered and paged. */
    async list(p: Principal, q: UserListQuery): Promise<Page<User>> {
      let orgPath: string | undefined;
      if (q.orgId) {
        const org = await orgs.findById(q.orgId);
        if (!org || !inScope(p, org.path)) return { items: [], total: 0 };
        orgPath = org.path;
      }
      const { rows, total } = await repo.listUsers(db, {
        pathPrefix: p.roles.includes('sysadmin') ? null : p.orgPath,
        orgPath,
        q: q.q,
        status: q.status,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return { items: rows.map(presentUser), total };
    },

    async get(p: Principal, id: number): Promise<User> {
      const u = await repo.findUserById(db, id);
      if (!u || !inScope(p, u.org_path)) throw new UserNotFound();
      return presentUser(u);
    },

    /**
     * Creates an account with a one-time random password, shown once to the admin.
     * @throws UserNotFound (org out of scope), ForbiddenError, UsernameTaken
     */
    async create(p: Principal, actor: AuditActor, input: CreateUserInput, password = generatePassword()): Promise<{ user: User; initialPassword: string }> {
      const org = await orgInScope(p, input.orgId);
      assertCanManageUser(p, { orgPath: org.path, roles: input.roles });
      assertCanAssignRoles(p, input.roles);
      const hash = await hashPassword(password);
      const work = db.transaction().execute(async (trx) => {
        if (await repo.findUserByUsername(trx, input.username)) throw new UsernameTaken(input.username);
        const now = clock.now().toISOString();
        const id = await repo.insertUser(
          trx,
          {
            username: input.username,
            display_name: input.displayName,
            org_id: input.orgId,
            email: input.email ?? null,
            phone: input.phone ?? null,
            password_hash: hash,
            status: 'active',
            failed_logins: 0,
            locked_until: null,
            last_login_at: null,
            password_changed_at: null,
            created_at: now,
            updated_at: now,
          },
          [...new Set(input.roles)] as Role[],
        );
        const created = (await repo.findUserById(trx, id))!;
        await audit.record(trx, actor, {
          action: 'user.create',
          entityType: 'user',
          entityId: id,
          orgId: created.org_id,
          summary: `新增用户“${created.username}”（${created.display_name}，${created.org_name}），角色：${created.roles.map((r) => ROLE_LABELS[r]).join('、')}`,
          after: auditableUser(created),
        });
        return { user: presentUser(created), initialPassword: password };
      });
      try {
        return await work;
      } catch (err) {
        // A concurrent request took the name between our check and our insert (the unique index refused
        // ours, on PostgreSQL where transactions overlap); everything was rolled back, so say so plainly.
        if (!(err instanceof AppError) && (await repo.findUserByUsername(db, input.username))) throw new UsernameTaken(input.username);
        throw err;
      }
    },

    /** @throws UserNotFound, ForbiddenError */
    async update(p: Principal, actor: AuditActor, id: number, input: UpdateUserInput): Promise<User> {
      const current = await loadManageable(p, id);
      if (input.orgId !== undefined && input.orgId !== current.org_id) await orgInScope(p, input.orgId);
      if (input.roles) assertCanAssignRoles(p, input.roles);
      // Guard against an admin locking themselves out by accident.
      if (id === p.userId && input.status === 'disabled') throw new SelfLockout('不能停用自己的账号');
      if (id === p.userId && input.roles && !input.roles.some((r) => r === 'sysadmin' || r === 'office_admin')) {
        throw new SelfLockout('不能取消自己的管理员角色');
      }
      return db.transaction().execute(async (trx) => {
        await repo.updateUser(trx, id, {
          ...(input.displayName !== undefined && { display_name: input.displayName }),
          ...(input.orgId !== undefined && { org_id: input.orgId }),
          ...(input.status !== undefined && { status: input.status }),
          ...(input.email !== undefined && { email: input.email ?? null }),
          ...(input.phone !== undefined && { phone: input.phone ?? null }),
          updated_at: clock.now().toISOString(),
        });
        if (input.roles) await repo.setRoles(trx, id, [...new Set(input.roles)] as Role[]);
        // A disabled user is logged out everywhere at once.
        if (input.status === 'disabled') await repo.deleteUserSessions(trx, id);
        const after = (await repo.findUserById(trx, id))!;
        const action = input.status && input.status !== current.status ? (input.status === 'disabled' ? 'user.disable' : 'user.enable') : 'user.update';
        await audit.record(trx, actor, {
          action,
          entityType: 'user',
          entityId: id,
          orgId: after.org_id,
          summary: `${action === 'user.disable' ? '停用' : action === 'user.enable' ? '启用' : '修改'}用户“${after.username}”`,
          before: auditableUser(current),
          after: auditableUser(after),
        });
        return presentUser(after);
      });
    },

    /** Sets a new random password (shown once) and ends the user's sessions. */
    async resetPassword(p: Principal, actor: AuditActor, id: number): Promise<{ password: string }> {
      const u = await loadManageable(p, id);
      const password = generatePassword();
      const hash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        await repo.updateUser(trx, id, { password_hash: hash, failed_logins: 0, locked_until: null, password_changed_at: null, updated_at: clock.now().toISOString() });
        await repo.deleteUserSessions(trx, id);
        await audit.record(trx, actor, { action: 'user.password_reset', entityType: 'user', entityId: id, orgId: u.org_id, summary: `重置用户“${u.username}”的密码` });
      });
      return { password };
    },

    async unlock(p: Principal, actor: AuditActor, id: number): Promise<User> {
      const u = await loadManageable(p, id);
      await db.transaction().execute(async (trx) => {
        await repo.updateUser(trx, id, { failed_logins: 0, locked_until: null, updated_at: clock.now().toISOString() });
        await audit.record(trx, actor, { action: 'user.unlock', entityType: 'user', entityId: id, orgId: u.org_id, summary: `解除用户“${u.username}”的登录锁定` });
      });
      return presentUser((await repo.findUserById(db, id))!);
    },

    /** A user changes their own password (the current one is required). */
    async changeOwnPassword(p: Principal, actor: AuditActor, current: string, next: string): Promise<void> {
      const u = (await repo.findUserById(db, p.userId))!;
      if (!(await verifyPassword(current, u.password_hash))) throw new CurrentPasswordWrong();
      // Re-entering the generated password would clear mustChangePassword without changing anything.
      const problem = next === current ? '新密码不能与当前密码相同' : passwordProblem(next);
      if (problem) throw new WeakPassword(problem);
      const hash = await hashPassword(next);
      await db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        await repo.updateUser(trx, u.id, { password_hash: hash, password_changed_at: now, updated_at: now });
        // Whoever else holds a session with the old password loses it; this one stays.
        await repo.deleteOtherSessions(trx, u.id, p.sessionId);
        await audit.record(trx, actor, { action: 'user.password_change', entityType: 'user', entityId: u.id, orgId: u.org_id, summary: `用户“${u.username}”修改了自己的密码` });
      });
    },

    countUsers: () => repo.countUsers(db),
  };
}
