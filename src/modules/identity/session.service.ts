import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../../platform/audit/index.js';
import { type Principal, verifyPassword } from '../../platform/auth/index.js';
import type { Clock } from '../../platform/time/index.js';
import { shanghaiIso } from '../../platform/time/index.js';
import { AccountDisabled, AccountLocked, InvalidCredentials } from './identity.errors.js';
import { identityRepository as repo, type UserWithOrg } from './identity.repository.js';
import type { IdentityTables } from './identity.tables.js';
import type { OrgTables } from '../orgs/index.js';

export interface SessionServiceDeps {
  db: Kysely<any>;
  audit: AuditLog;
  clock: Clock;
  maxFailures: number;
  lockMinutes: number;
  sessionHours: number;
}

export interface LoginResult {
  token: string;
  principal: Principal;
  expiresAt: Date;
}

// A real hash to compare against when the username is unknown, so timing does not reveal which usernames exist.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
// Refresh last_seen_at at most this often: a write per request would cost more than it tells.
const TOUCH_EVERY_MS = 5 * 60 * 1000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export type SessionService = ReturnType<typeof createSessionService>;

/** Login, logout and session lookup (cookie sessions; only a hash of the token is stored). */
export function createSessionService(d: SessionServiceDeps) {
  const { audit, clock } = d;
  const db = d.db as Kysely<IdentityTables & OrgTables>;

  function toPrincipal(u: UserWithOrg, sessionId: string, csrfToken: string): Principal {
    return {
      userId: u.id,
      username: u.username,
      displayName: u.display_name,
      orgId: u.org_id,
      orgCode: u.org_code,
      orgName: u.org_name,
      orgPath: u.org_path,
      roles: u.roles,
      mustChangePassword: u.password_changed_at === null,
      sessionId,
      csrfToken,
    };
  }

  return {
    /**
     * Checks the password and opens a session. Repeated failures lock the account
     * for `lockMinutes`; every attempt is audited.
     * @throws InvalidCredentials, AccountLocked, AccountDisabled
     */
    async login(username: string, password: string, meta: { ip: string | null; userAgent: string | null; requestId: string }): Promise<LoginResult> {
      const user = await repo.findUserByUsername(db, username);
      const now = clock.now();
      /** Audits a refused attempt that changes nothing else (unknown name, locked or disabled account). */
      const refused = (actor: AuditActor, entityId: number | null, summary: string) =>
        db.transaction().execute((trx) => audit.record(trx, actor, { action: 'session.login_failed', entityType: 'user', entityId, summary }));
      if (!user) {
        await verifyPassword(password, DUMMY_HASH);
        await refused({ userId: null, name: '未登录访问者', orgId: null, requestId: meta.requestId, ip: meta.ip }, null, `登录失败：用户名“${username}”不存在`);
        throw new InvalidCredentials();
      }
      const actor = { userId: user.id, name: user.display_name, orgId: user.org_id, requestId: meta.requestId, ip: meta.ip };
      if (user.locked_until && new Date(user.locked_until) > now) {
        await refused(actor, user.id, `用户“${user.username}”登录被拒绝（账号锁定中）`);
        throw new AccountLocked(shanghaiIso(user.locked_until));
      }
      const ok = await verifyPassword(password, user.password_hash);
      if (!ok) {
        const failures = user.failed_logins + 1;
        const lock = failures >= d.maxFailures ? new Date(now.getTime() + d.lockMinutes * 60_000) : null;
        await db.transaction().execute(async (trx) => {
          await repo.updateUser(trx, user.id, { failed_logins: lock ? 0 : failures, locked_until: lock ? lock.toISOString() : user.locked_until });
          await audit.record(trx, actor, {
            action: lock ? 'session.lock' : 'session.login_failed',
            entityType: 'user',
            entityId: user.id,
            summary: lock ? `用户“${user.username}”连续${failures}次密码错误，账号锁定${d.lockMinutes}分钟` : `用户“${user.username}”登录失败（密码错误，第${failures}次）`,
          });
        });
        if (lock) throw new AccountLocked(shanghaiIso(lock));
        throw new InvalidCredentials();
      }
      if (user.status !== 'active') {
        await refused(actor, user.id, `用户“${user.username}”登录被拒绝（账号已停用）`);
        throw new AccountDisabled();
      }
      const token = randomBytes(32).toString('base64url');
      const csrfToken = randomBytes(24).toString('base64url');
      const expiresAt = new Date(now.getTime() + d.sessionHours * 3600_000);
      const id = sha256(token);
      await db.transaction().execute(async (trx) => {
        await repo.insertSession(trx, {
          id,
          user_id: user.id,
          csrf_token: csrfToken,
          created_at: now.toISOString(),
          expires_at: expiresAt.toISOString(),
          last_seen_at: now.toISOString(),
          ip: meta.ip,
          user_agent: meta.userAgent?.slice(0, 300) ?? null,
        });
        await repo.updateUser(trx, user.id, { failed_logins: 0, locked_until: null, last_login_at: now.toISOString() });
        await audit.record(trx, actor, { action: 'session.login', entityType: 'user', entityId: user.id, summary: `用户“${user.username}”登录` });
      });
      return { token, principal: toPrincipal(user, id, csrfToken), expiresAt };
    },

    /** The principal of a live session, or null. Disabled users lose their sessions at once. */
    async resolve(token: string): Promise<Principal | null> {
      const id = sha256(token);
      const s = await repo.findSession(db, id);
      const now = clock.now();
      if (!s || new Date(s.expires_at) <= now) return null;
      const user = await repo.findUserById(db, s.user_id);
      if (!user || user.status !== 'active') return null;
      if (now.getTime() - new Date(s.last_seen_at).getTime() > TOUCH_EVERY_MS) await repo.touchSession(db, id, now.toISOString());
      return toPrincipal(user, id, s.csrf_token);
    },

    /** Ends the session (audited). */
    async logout(p: Principal, requestId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await repo.deleteSession(trx, p.sessionId);
        await audit.record(trx, { userId: p.userId, name: p.displayName, orgId: p.orgId, requestId }, {
          action: 'session.logout',
          entityType: 'user',
          entityId: p.userId,
          summary: `用户“${p.username}”退出登录`,
        });
      });
    },

    /** Housekeeping for the scheduler. */
    purgeExpired: () => repo.deleteExpiredSessions(db, clock.now().toISOString()),
  };
}
