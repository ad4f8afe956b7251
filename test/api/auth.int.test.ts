import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

// POST /api/v1/session is rate-limited per client IP (20 a minute, real time). This file logs in far
// more often than that, so each login comes from its own address; the limit itself is tested below.
let ipSeq = 0;
const nextIp = () => {
  ipSeq++;
  return `10.20.${Math.floor(ipSeq / 250)}.${(ipSeq % 250) + 1}`;
};

const HOUR = 3600_000;

describe('authentication: login, lockout, sessions, CSRF, passwords', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  function postLogin(username: string, password: string, extra: Partial<InjectOptions> = {}): Promise<LightMyRequestResponse> {
    return t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password }, remoteAddress: nextIp(), ...extra });
  }

  async function login(username: string, password = t.passwords[username]): Promise<Session> {
    const res = await postLogin(username, password);
    assert.equal(res.statusCode, 200, res.body);
    const cookie = res.cookies.find((k) => k.name === 'gk_session')!;
    return { cookie: `gk_session=${cookie.value}`, csrf: res.json().csrfToken, userId: res.json().user.id };
  }

  async function userId(username: string): Promise<number> {
    const row = await t.c.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    return row.id;
  }

  async function auditFor(id: number, action?: string) {
    let q = t.c.db.selectFrom('audit_entries').selectAll().where('entity_type', '=', 'user').where('entity_id', '=', String(id));
    if (action) q = q.where('action', '=', action);
    return q.orderBy('id').execute();
  }

  /** A fresh account (so lockout tests do not disturb the demo users others rely on). */
  async function freshUser(username: string, roles: string[] = ['editor']): Promise<{ id: number; password: string }> {
    const admin = await login('sysadmin');
    const res = await t.as(admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username, displayName: `测试用户${username}`, orgId: await t.orgId('hz-czj'), roles },
    });
    assert.equal(res.statusCode, 201, res.body);
    return { id: res.json().user.id, password: res.json().initialPassword };
  }

  it('login succeeds: user and CSRF token in the body, an httpOnly SameSite=Lax session cookie', async () => {
    const res = await postLogin('editor', t.passwords.editor, { headers: { 'user-agent': 'node-test' } });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.user.username, 'editor');
    assert.equal(body.user.orgCode, 'hz-czj');
    assert.equal(body.user.orgName, '菏泽市财政局');
    assert.deepEqual(body.user.roles, ['editor']);
    assert.equal(body.user.mustChangePassword, true, 'a seeded account still has its system-generated password');
    assert.equal(typeof body.csrfToken, 'string');
    assert.ok(body.csrfToken.length >= 24);
    assert.equal(body.token, undefined, 'the session token never appears in the body');

    const cookie = res.cookies.find((k) => k.name === 'gk_session');
    assert.ok(cookie, 'gk_session cookie set');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.ok(cookie.value.length >= 32);
    // Expires with the session: 12 hours after "now" on the fake clock.
    assert.equal(new Date(cookie.expires!).getTime(), t.clock.now().getTime() + 12 * HOUR);

    // Only a hash of the token is stored, along with the CSRF token.
    const sessions = await t.c.db.selectFrom('sessions').selectAll().where('user_id', '=', body.user.id).execute();
    assert.ok(sessions.length >= 1);
    assert.ok(sessions.every((s) => s.id !== cookie.value));
    assert.ok(sessions.some((s) => s.csrf_token === body.csrfToken && s.user_agent === 'node-test'));

    const user = await t.c.db.selectFrom('users').selectAll().where('username', '=', 'editor').executeTakeFirstOrThrow();
    assert.equal(user.last_login_at, t.clock.now().toISOString());
    assert.equal(user.failed_logins, 0);
  });

  it('a wrong password is 401 INVALID_CREDENTIALS as problem+json in Chinese, and audited', async () => {
    const id = await userId('reviewer');
    const res = await postLogin('reviewer', 'not-the-password');
    assert.equal(res.statusCode, 401);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    const p = res.json();
    assert.equal(p.code, 'INVALID_CREDENTIALS');
    assert.equal(p.status, 401);
    assert.equal(p.detail, '用户名或密码错误');
    assert.match(p.title, /[\u4e00-\u9fff]/);
    assert.equal(p.type, '/problems/invalid-credentials');
    assert.equal(p.instance, '/api/v1/session');
    assert.ok(p.requestId);
    assert.equal(res.cookies.length, 0, 'no cookie on failure');

    const failures = await auditFor(id, 'session.login_failed');
    assert.equal(failures.length, 1);
    assert.equal(failures[0].actor_id, id);
    assert.match(failures[0].summary, /reviewer/);
    assert.match(failures[0].summary, /第1次/);
    const row = await t.c.db.selectFrom('users').select('failed_logins').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.failed_logins, 1);

    // A later success resets the counter.
    await login('reviewer');
    const reset = await t.c.db.selectFrom('users').select('failed_logins').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(reset.failed_logins, 0);
  });

  it('an unknown username gets exactly the same 401 (no user enumeration), and the attempt is still audited', async () => {
    const known = await postLogin('leader', 'wrong-password-1');
    const unknown = await postLogin('no-such-user', 'wrong-password-1');
    assert.equal(unknown.statusCode, 401);
    const strip = (r: LightMyRequestResponse) => {
      const { requestId: _r, ...rest } = r.json();
      return rest;
    };
    assert.deepEqual(strip(unknown), strip(known));
    assert.equal(unknown.headers['content-type'], known.headers['content-type']);

    const entries = await t.c.db.selectFrom('audit_entries').selectAll().where('action', '=', 'session.login_failed').where('summary', 'like', '%no-such-user%').execute();
    assert.equal(entries.length, 1, 'failed login for an unknown name leaves a trace');
    assert.equal(entries[0].actor_id, null);
    assert.equal(entries[0].entity_id, null);
    assert.equal(entries[0].request_id, unknown.json().requestId);
  });

  it('locks the account after 5 wrong passwords (423 even with the right one), audits it, unlocks when the time has passed', async () => {
    const u = await freshUser('lock-a');
    for (let i = 1; i <= 4; i++) {
      const r = await postLogin('lock-a', `wrong-${i}`);
      assert.equal(r.statusCode, 401, `attempt ${i}`);
    }
    const fifth = await postLogin('lock-a', 'wrong-5');
    assert.equal(fifth.statusCode, 423);
    assert.match(String(fifth.headers['content-type']), /^application\/problem\+json/);
    const p = fifth.json();
    assert.equal(p.code, 'ACCOUNT_LOCKED');
    const expectedUntil = new Date(t.clock.now().getTime() + 15 * 60_000);
    assert.equal(new Date(p.lockedUntil).getTime(), expectedUntil.getTime());
    assert.match(p.lockedUntil, /\+08:00$/);
    assert.match(p.detail, /锁定/);

    // The right password does not help while locked.
    const right = await postLogin('lock-a', u.password);
    assert.equal(right.statusCode, 423);
    assert.equal(right.json().code, 'ACCOUNT_LOCKED');
    assert.equal(right.cookies.length, 0);

    const failed = await auditFor(u.id, 'session.login_failed');
    assert.equal(failed.length, 5, '4 wrong passwords and 1 attempt while locked');
    assert.match(failed[4].summary, /锁定中/);
    const locks = await auditFor(u.id, 'session.lock');
    assert.equal(locks.length, 1);
    assert.match(locks[0].summary, /锁定15分钟/);
    const row = await t.c.db.selectFrom('users').select(['locked_until']).where('id', '=', u.id).executeTakeFirstOrThrow();
    assert.equal(row.locked_until, expectedUntil.toISOString());

    // Still locked one minute before the end…
    t.clock.advance(14 * 60_000);
    assert.equal((await postLogin('lock-a', u.password)).statusCode, 423);
    // …and free once the lock has run out.
    t.clock.advance(2 * 60_000);
    const later = await postLogin('lock-a', u.password);
    assert.equal(later.statusCode, 200, later.body);
    const cleared = await t.c.db.selectFrom('users').select(['locked_until', 'failed_logins']).where('id', '=', u.id).executeTakeFirstOrThrow();
    assert.deepEqual(cleared, { locked_until: null, failed_logins: 0 });
    assert.equal((await auditFor(u.id, 'session.login')).length, 1);
  });

  it('an administrator can unlock a locked account at once (audited)', async () => {
    const u = await freshUser('lock-b');
    for (let i = 1; i <= 5; i++) await postLogin('lock-b', `wrong-${i}`);
    assert.equal((await postLogin('lock-b', u.password)).statusCode, 423);

    const before = await t.as(await login('gkb'), { method: 'GET', url: `/api/v1/users/${u.id}` });
    assert.equal(before.statusCode, 200);
    assert.ok(before.json().lockedUntil, 'the user list shows the lock');

    const gkb = await login('gkb');
    const res = await t.as(gkb, { method: 'POST', url: `/api/v1/users/${u.id}/unlock` });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().lockedUntil, null);
    assert.equal(res.json().username, 'lock-b');
    const unlocks = await auditFor(u.id, 'user.unlock');
    assert.equal(unlocks.length, 1);
    assert.equal(unlocks[0].actor_id, gkb.userId);

    assert.equal((await postLogin('lock-b', u.password)).statusCode, 200);
  });

  it('GET /api/v1/session returns the current user with a cookie and 401 without', async () => {
    const s = await login('handler');
    const res = await t.as(s, { method: 'GET', url: '/api/v1/session' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().user.username, 'handler');
    assert.equal(res.json().user.orgCode, 'hz-bgs');
    assert.equal(res.json().csrfToken, s.csrf);

    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/session' });
    assert.equal(anon.statusCode, 401);
    assert.equal(anon.json().code, 'UNAUTHENTICATED');
    assert.match(anon.json().detail, /登录/);

    const forged = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: 'gk_session=forged-token-value' } });
    assert.equal(forged.statusCode, 401);
  });

  it('cookie-authenticated writes need the session CSRF token: missing or wrong is 403 CSRF_TOKEN_INVALID', async () => {
    const s = await login('sysadmin');
    const orgId = await t.orgId('hz-czj');
    const payload = { username: 'csrf-victim', displayName: '不应创建', orgId, roles: ['editor'] };
    const count = async () => Number((await t.c.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const n0 = await count();

    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: s.cookie }, payload });
    assert.equal(missing.statusCode, 403);
    assert.equal(missing.json().code, 'CSRF_TOKEN_INVALID');
    assert.match(missing.json().detail, /CSRF/);

    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(32) }, payload });
    assert.equal(wrong.statusCode, 403);
    assert.equal(wrong.json().code, 'CSRF_TOKEN_INVALID');

    // Another session's token is wrong too.
    const other = await login('sysadmin');
    const crossed = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: s.cookie, 'x-csrf-token': other.csrf }, payload });
    assert.equal(crossed.statusCode, 403);

    // Logout is a write as well.
    const logout = await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie: s.cookie } });
    assert.equal(logout.statusCode, 403);
    assert.equal((await t.as(s, { method: 'GET', url: '/api/v1/session' })).statusCode, 200, 'session survived');

    assert.equal(await count(), n0, 'nothing was written');
    const ok = await t.as(s, { method: 'POST', url: '/api/v1/users', payload });
    assert.equal(ok.statusCode, 201, 'the same request with the token succeeds');
  });

  it('logout deletes the session, clears the cookie and is audited; the old cookie no longer works', async () => {
    const s = await login('leader');
    const res = await t.as(s, { method: 'DELETE', url: '/api/v1/session' });
    assert.equal(res.statusCode, 204);
    const cleared = res.cookies.find((k) => k.name === 'gk_session');
    assert.ok(cleared);
    assert.equal(cleared.value, '');
    assert.ok(new Date(cleared.expires!).getTime() <= Date.now());

    assert.equal((await t.as(s, { method: 'GET', url: '/api/v1/session' })).statusCode, 401);
    assert.equal((await t.as(s, { method: 'DELETE', url: '/api/v1/session' })).statusCode, 401);
    const logouts = await auditFor(s.userId, 'session.logout');
    assert.equal(logouts.length, 1);
  });

  it('a session expires 12 hours after login', async () => {
    const s = await login('editor');
    t.clock.advance(12 * HOUR - 60_000);
    assert.equal((await t.as(s, { method: 'GET', url: '/api/v1/session' })).statusCode, 200);
    t.clock.advance(2 * 60_000);
    const res = await t.as(s, { method: 'GET', url: '/api/v1/session' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'UNAUTHENTICATED');
  });

  it("disabling a user ends their existing sessions at once, and they cannot log in again", async () => {
    const u = await freshUser('to-disable');
    const victim = await login('to-disable', u.password);
    assert.equal((await t.as(victim, { method: 'GET', url: '/api/v1/session' })).statusCode, 200);

    const admin = await login('gkb');
    const res = await t.as(admin, { method: 'PATCH', url: `/api/v1/users/${u.id}`, payload: { status: 'disabled' } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'disabled');

    assert.equal((await t.as(victim, { method: 'GET', url: '/api/v1/session' })).statusCode, 401);
    const sessions = await t.c.db.selectFrom('sessions').select('id').where('user_id', '=', u.id).execute();
    assert.equal(sessions.length, 0);

    const again = await postLogin('to-disable', u.password);
    assert.equal(again.statusCode, 401);
    assert.equal(again.json().code, 'ACCOUNT_DISABLED');
    assert.match(again.json().detail, /停用/);
    const refused = await auditFor(u.id, 'session.login_failed');
    assert.equal(refused.length, 1, 'the refused login of a disabled account is audited');
    assert.match(refused[0].summary, /停用/);

    // Even a session row that somehow survived is refused for a disabled user.
    await t.c.db.updateTable('users').set({ status: 'active' }).where('id', '=', u.id).execute();
    const revived = await login('to-disable', u.password);
    await t.c.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', u.id).execute();
    assert.equal((await t.as(revived, { method: 'GET', url: '/api/v1/session' })).statusCode, 401);
  });

  it('changing one’s own password: wrong current, weak and strong new passwords; mustChangePassword follows', async () => {
    const u = await freshUser('pw-change');
    const first = await postLogin('pw-change', u.password);
    assert.equal(first.json().user.mustChangePassword, true, 'a new account logs in with the generated password');
    const s = await login('pw-change', u.password);
    const other = await login('pw-change', u.password);
    const mustChange = async (x: Session) => {
      const res = await t.as(x, { method: 'GET', url: '/api/v1/session' });
      assert.equal(res.statusCode, 200, res.body);
      return res.json().user.mustChangePassword as boolean;
    };
    assert.equal(await mustChange(s), true);
    const change = (currentPassword: string, newPassword: string) =>
      t.as(s, { method: 'POST', url: '/api/v1/session/password', payload: { currentPassword, newPassword } });

    const wrongCurrent = await change('not-my-password', 'Str0ng!Passw0rd');
    assert.equal(wrongCurrent.statusCode, 400, 'a wrong current password must not look like an expired session (401)');
    assert.equal(wrongCurrent.json().code, 'VALIDATION_FAILED');
    assert.deepEqual(wrongCurrent.json().errors.map((e: { path: string }) => e.path), ['body.currentPassword']);
    assert.equal((await t.as(s, { method: 'GET', url: '/api/v1/session' })).statusCode, 200, 'still logged in');

    const short = await change(u.password, 'Ab1!');
    assert.equal(short.statusCode, 400);
    assert.equal(short.json().code, 'VALIDATION_FAILED');
    assert.equal(short.json().detail, '密码至少10位');
    assert.deepEqual(short.json().errors, [{ path: 'body.newPassword', message: '密码至少10位' }]);

    const same = await change(u.password, u.password);
    assert.equal(same.statusCode, 400);
    assert.equal(same.json().detail, '新密码不能与当前密码相同');

    const simple = await change(u.password, 'abcdefghijkl');
    assert.equal(simple.statusCode, 400);
    assert.match(simple.json().detail, /至少三类/);

    assert.equal((await auditFor(u.id, 'user.password_change')).length, 0, 'refusals change nothing');
    assert.equal(await mustChange(s), true, 'still to be changed after refusals');
    const stored = await t.c.db.selectFrom('users').select(['password_hash', 'password_changed_at']).where('id', '=', u.id).executeTakeFirstOrThrow();
    assert.equal(stored.password_changed_at, null);

    const ok = await change(u.password, 'Str0ng!Passw0rd');
    assert.equal(ok.statusCode, 204);
    const changed = await t.c.db.selectFrom('users').select(['password_hash', 'password_changed_at']).where('id', '=', u.id).executeTakeFirstOrThrow();
    assert.notEqual(changed.password_hash, stored.password_hash);
    assert.equal(changed.password_changed_at, t.clock.now().toISOString());
    const audited = await auditFor(u.id, 'user.password_change');
    assert.equal(audited.length, 1);
    assert.equal(audited[0].actor_id, u.id);

    assert.equal(await mustChange(s), false, 'the session that changed it stays, no longer asked to change it');
    assert.equal((await t.as(other, { method: 'GET', url: '/api/v1/session' })).statusCode, 401, 'other sessions end');
    assert.equal((await postLogin('pw-change', u.password)).statusCode, 401, 'old password is gone');
    const again = await postLogin('pw-change', 'Str0ng!Passw0rd');
    assert.equal(again.statusCode, 200, 'new password works');
    assert.equal(again.json().user.mustChangePassword, false);

    // An administrator's reset hands out a generated password again: it must be changed again.
    const reset = await t.as(await login('sysadmin'), { method: 'POST', url: `/api/v1/users/${u.id}/password-reset` });
    assert.equal(reset.statusCode, 200, reset.body);
    const afterReset = await postLogin('pw-change', reset.json().password);
    assert.equal(afterReset.statusCode, 200, afterReset.body);
    assert.equal(afterReset.json().user.mustChangePassword, true);
    const r = await login('pw-change', reset.json().password);
    assert.equal(await mustChange(r), true);
    const changeAgain = await t.as(r, { method: 'POST', url: '/api/v1/session/password', payload: { currentPassword: reset.json().password, newPassword: 'An0ther!Passw0rd' } });
    assert.equal(changeAgain.statusCode, 204, changeAgain.body);
    assert.equal(await mustChange(r), false);

    const anon = await t.app.inject({ method: 'POST', url: '/api/v1/session/password', payload: { currentPassword: 'x', newPassword: 'Str0ng!Passw0rd' } });
    assert.equal(anon.statusCode, 401);
  });

  it('every successful login writes session.login with the request id and IP', async () => {
    const id = await userId('handler');
    const beforeCount = (await auditFor(id, 'session.login')).length;
    const res = await postLogin('handler', t.passwords.handler, { remoteAddress: '192.0.2.77' });
    assert.equal(res.statusCode, 200);
    const logins = await auditFor(id, 'session.login');
    assert.equal(logins.length, beforeCount + 1);
    const last = logins.at(-1)!;
    assert.equal(last.actor_id, id);
    assert.equal(last.ip, '192.0.2.77');
    assert.equal(last.request_id, res.headers['x-request-id']);
    assert.match(last.summary, /handler/);
    const verify = await t.c.audit.verify(t.c.db);
    assert.equal(verify.ok, true, verify.message);
  });

  it('the login endpoint is rate-limited per client address (429 RATE_LIMITED)', async () => {
    const ip = '198.51.100.9';
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await postLogin('nobody-here', 'x', { remoteAddress: ip })).statusCode);
    assert.deepEqual(codes.slice(0, 20), Array(20).fill(401));
    assert.equal(codes[20], 429);
    const limited = await postLogin('nobody-here', 'x', { remoteAddress: ip });
    assert.equal(limited.json().code, 'RATE_LIMITED');
    assert.match(limited.json().title, /频繁/);
    // Another address is unaffected.
    assert.equal((await postLogin('editor', t.passwords.editor)).statusCode, 200);
  });
});
