import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { digestOf } from '../../src/platform/audit/chain.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

interface UserBody {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  roles: string[];
  status: string;
  email: string | null;
  phone: string | null;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

/** What the audit trail digests of a user (identity.presenter auditableUser), rebuilt from the API shape. */
const auditable = (u: UserBody) => ({
  id: u.id, username: u.username, displayName: u.displayName, orgId: u.orgId, roles: u.roles, status: u.status, email: u.email, phone: u.phone,
});

// Logins are rate-limited per client address; give each one its own.
let ipSeq = 0;
const nextIp = () => {
  ipSeq++;
  return `10.30.${Math.floor(ipSeq / 250)}.${(ipSeq % 250) + 1}`;
};

describe('users: create, list, update, disable, reset', () => {
  let t: TestApp;
  const sessions: Record<string, Session> = {};
  const as = async (username: string, opts: InjectOptions) => {
    sessions[username] ??= await t.login(username);
    return t.as(sessions[username], opts);
  };
  const postLogin = (username: string, password: string): Promise<LightMyRequestResponse> =>
    t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password }, remoteAddress: nextIp() });
  const sessionFrom = (res: LightMyRequestResponse): Session => ({
    cookie: `gk_session=${res.cookies.find((k) => k.name === 'gk_session')!.value}`,
    csrf: res.json().csrfToken,
    userId: res.json().user.id,
  });
  const auditOf = (id: number) =>
    t.c.db.selectFrom('audit_entries').selectAll().where('entity_type', '=', 'user').where('entity_id', '=', String(id)).orderBy('id').execute();
  const count = async (table: 'users' | 'audit_entries' | 'user_roles') =>
    Number((await t.c.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const createUser = (who: string, payload: Record<string, unknown>) => as(who, { method: 'POST', url: '/api/v1/users', payload });
  const patchUser = (who: string, id: number, payload: Record<string, unknown>) => as(who, { method: 'PATCH', url: `/api/v1/users/${id}`, payload });
  const list = async (who: string, query: string) => {
    const res = await as(who, { method: 'GET', url: `/api/v1/users${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: UserBody[]; total: number };
  };

  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  it('creates a user with a one-time initial password that works for login, audited', async () => {
    const orgId = await t.orgId('hz-jyj');
    const res = await createUser('gkb', {
      username: ' wang.jy ',
      displayName: '王教育',
      orgId,
      roles: ['editor', 'reviewer', 'editor'],
      email: 'wang.jy@heze.gov.cn',
      phone: '0530-1234567',
    });
    assert.equal(res.statusCode, 201, res.body);
    const { user, initialPassword } = res.json() as { user: UserBody; initialPassword: string };
    assert.equal(user.username, 'wang.jy', 'trimmed');
    assert.equal(user.orgName, '菏泽市教育局');
    assert.deepEqual(user.roles, ['editor', 'reviewer'], 'roles deduplicated');
    assert.equal(user.status, 'active');
    assert.equal(user.lockedUntil, null);
    assert.equal(user.lastLoginAt, null);
    assert.equal(user.createdAt, '2026-03-02T09:00:00+08:00');
    assert.match(initialPassword, /^[A-HJ-NP-Za-km-z2-9]{16}$/);

    const row = await t.c.db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.notEqual(row.password_hash, initialPassword);
    assert.match(row.password_hash, /^scrypt\$/);
    assert.ok(!row.password_hash.includes(initialPassword));

    const entries = await auditOf(user.id);
    assert.equal(entries.length, 1);
    assert.equal(entries[0].action, 'user.create');
    assert.equal(entries[0].actor_id, sessions.gkb.userId);
    assert.equal(entries[0].org_id, orgId);
    assert.equal(entries[0].summary, '新增用户“wang.jy”（王教育，菏泽市教育局），角色：信息编辑、保密审查员');
    assert.equal(entries[0].before_digest, null);
    assert.equal(entries[0].after_digest, digestOf(auditable(user)));
    assert.ok(!JSON.stringify(entries[0]).includes(initialPassword), 'the password never reaches the audit trail');

    const login = await postLogin('wang.jy', initialPassword);
    assert.equal(login.statusCode, 200, login.body);
    assert.deepEqual(login.json().user.roles, ['editor', 'reviewer']);
    const fetched = await as('gkb', { method: 'GET', url: `/api/v1/users/${user.id}` });
    assert.equal(fetched.json().lastLoginAt, '2026-03-02T09:00:00+08:00');
    assert.equal(fetched.json().initialPassword, undefined);
  });

  it('a taken username is 409 USERNAME_TAKEN; nothing is written', async () => {
    sessions.sysadmin ??= await t.login('sysadmin');
    const users = await count('users');
    const audits = await count('audit_entries');
    for (const username of ['editor', ' editor']) {
      const res = await createUser('sysadmin', { username, displayName: '重复', orgId: await t.orgId('hz-czj'), roles: ['editor'] });
      assert.equal(res.statusCode, 409, username);
      assert.equal(res.json().code, 'USERNAME_TAKEN');
      assert.equal(res.json().field, 'username');
      assert.equal(res.json().detail, '用户名“editor”已被使用');
    }
    assert.equal(await count('users'), users);
    assert.equal(await count('audit_entries'), audits);
  });

  it('lists users with orgId subtree, text and status filters, and paging totals', async () => {
    // A few county users to filter.
    const cxCzj = await t.orgId('caoxian-czj');
    const made: UserBody[] = [];
    for (const [username, displayName] of [['cx-a', '曹县甲'], ['cx-b', '曹县乙'], ['cx-c', 'Alice Zhang']]) {
      const res = await createUser('caoxian-gkb', { username, displayName, orgId: cxCzj, roles: ['handler'] });
      assert.equal(res.statusCode, 201, res.body);
      made.push(res.json().user);
    }

    const all = await list('sysadmin', '?pageSize=200');
    assert.equal(all.total, all.items.length);
    assert.equal(all.total, await count('users'));

    const county = await list('gkb', `?orgId=${await t.orgId('caoxian')}`);
    assert.deepEqual(county.items.map((u) => u.username).sort(), ['caoxian-gkb', 'cx-a', 'cx-b', 'cx-c']);
    assert.equal(county.total, 4);
    const dept = await list('gkb', `?orgId=${cxCzj}`);
    assert.deepEqual(dept.items.map((u) => u.username), ['cx-a', 'cx-b', 'cx-c']);
    // The city office (heze) subtree is everyone.
    assert.equal((await list('gkb', `?orgId=${await t.orgId('heze')}&pageSize=1`)).total, all.total);

    assert.deepEqual((await list('gkb', '?q=%E7%94%B2')).items.map((u) => u.username), ['cx-a'], 'display name, Chinese');
    assert.deepEqual((await list('gkb', '?q=cx-')).items.map((u) => u.username), ['cx-a', 'cx-b', 'cx-c'], 'username');
    // The same match on either engine, whatever the letter case.
    assert.deepEqual((await list('gkb', '?q=alice')).items.map((u) => u.username), ['cx-c']);
    assert.deepEqual((await list('gkb', '?q=ZHANG')).items.map((u) => u.username), ['cx-c']);
    // LIKE wildcards are taken literally, not as patterns.
    assert.equal((await list('gkb', '?q=%25')).total, 0);
    assert.equal((await list('gkb', '?q=_')).total, 0);

    const disabled = await patchUser('caoxian-gkb', made[1].id, { status: 'disabled' });
    assert.equal(disabled.statusCode, 200);
    assert.deepEqual((await list('gkb', `?orgId=${cxCzj}&status=disabled`)).items.map((u) => u.username), ['cx-b']);
    assert.deepEqual((await list('gkb', `?orgId=${cxCzj}&status=active`)).items.map((u) => u.username), ['cx-a', 'cx-c']);

    // Paging: same order, no overlap, totals stay the total.
    const p1 = await list('sysadmin', '?pageSize=3&page=1');
    const p2 = await list('sysadmin', '?pageSize=3&page=2');
    assert.equal(p1.items.length, 3);
    assert.equal(p1.total, all.total);
    assert.equal(p2.total, all.total);
    assert.deepEqual([...p1.items, ...p2.items].map((u) => u.id), all.items.slice(0, 6).map((u) => u.id));
    const beyond = await list('sysadmin', '?pageSize=3&page=999');
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, all.total);
    const defaults = await list('sysadmin', '');
    assert.equal(defaults.items.length, Math.min(20, all.total));
  });

  it('updates roles, organisation and contact details, audited with before and after digests', async () => {
    const created = await createUser('gkb', { username: 'mover', displayName: '调动人员', orgId: await t.orgId('hz-czj'), roles: ['editor'] });
    const before: UserBody = created.json().user;
    const res = await patchUser('gkb', before.id, { roles: ['leader', 'reviewer'], orgId: await t.orgId('hz-wjw'), email: 'mover@heze.gov.cn' });
    assert.equal(res.statusCode, 200, res.body);
    const after: UserBody = res.json();
    assert.deepEqual(after.roles, ['leader', 'reviewer']);
    assert.equal(after.orgName, '菏泽市卫生健康委员会');
    assert.equal(after.email, 'mover@heze.gov.cn');
    assert.equal(after.displayName, '调动人员', 'untouched');
    const roles = await t.c.db.selectFrom('user_roles').select('role').where('user_id', '=', before.id).orderBy('role').execute();
    assert.deepEqual(roles.map((r) => r.role), ['leader', 'reviewer']);

    const entry = (await auditOf(before.id)).at(-1)!;
    assert.equal(entry.action, 'user.update');
    assert.equal(entry.summary, '修改用户“mover”');
    assert.equal(entry.before_digest, digestOf(auditable(before)));
    assert.equal(entry.after_digest, digestOf(auditable(after)));
    assert.notEqual(entry.before_digest, entry.after_digest);

    // A moved user's next request already carries the new organisation.
    const login = await postLogin('mover', created.json().initialPassword);
    assert.equal(login.json().user.orgCode, 'hz-wjw');

    const cleared = await patchUser('gkb', before.id, { email: null });
    assert.equal(cleared.statusCode, 200);
    assert.equal(cleared.json().email, null);
  });

  it('disabling a user stops logins until re-enabled; both audited', async () => {
    const created = await createUser('gkb', { username: 'temp-staff', displayName: '临时人员', orgId: await t.orgId('hz-rsj'), roles: ['handler'] });
    const { user, initialPassword } = created.json() as { user: UserBody; initialPassword: string };
    const off = await patchUser('gkb', user.id, { status: 'disabled' });
    assert.equal(off.statusCode, 200);
    const refused = await postLogin('temp-staff', initialPassword);
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.json().code, 'ACCOUNT_DISABLED');

    const on = await patchUser('gkb', user.id, { status: 'active' });
    assert.equal(on.statusCode, 200);
    assert.equal((await postLogin('temp-staff', initialPassword)).statusCode, 200);

    const actions = (await auditOf(user.id)).map((e) => e.action);
    assert.deepEqual(actions.filter((a) => a.startsWith('user.')), ['user.create', 'user.disable', 'user.enable']);
    const disable = (await auditOf(user.id)).find((e) => e.action === 'user.disable')!;
    assert.equal(disable.summary, '停用用户“temp-staff”');
    assert.equal(disable.before_digest, digestOf(auditable(user)));
    assert.equal(disable.after_digest, digestOf(auditable(off.json())));
  });

  it('a password reset returns a new working password and ends the user’s sessions', async () => {
    const created = await createUser('gkb', { username: 'forgetful', displayName: '忘密码', orgId: await t.orgId('hz-zjj'), roles: ['editor'] });
    const { user, initialPassword } = created.json() as { user: UserBody; initialPassword: string };
    const first = await postLogin('forgetful', initialPassword);
    const old = sessionFrom(first);
    assert.equal((await t.as(old, { method: 'GET', url: '/api/v1/session' })).statusCode, 200);

    const res = await as('gkb', { method: 'POST', url: `/api/v1/users/${user.id}/password-reset` });
    assert.equal(res.statusCode, 200, res.body);
    const { password } = res.json();
    assert.match(password, /^[A-HJ-NP-Za-km-z2-9]{16}$/);
    assert.notEqual(password, initialPassword);

    assert.equal((await t.as(old, { method: 'GET', url: '/api/v1/session' })).statusCode, 401, 'old session ended');
    assert.equal((await postLogin('forgetful', initialPassword)).statusCode, 401, 'old password refused');
    assert.equal((await postLogin('forgetful', password)).statusCode, 200, 'new password works');

    const entry = (await auditOf(user.id)).find((e) => e.action === 'user.password_reset')!;
    assert.equal(entry.summary, '重置用户“forgetful”的密码');
    assert.equal(entry.actor_id, sessions.gkb.userId);
    assert.ok(!JSON.stringify(entry).includes(password));
  });

  it('administrators cannot disable themselves or drop their own admin role', async () => {
    const self = sessions.gkb.userId;
    const audits = await count('audit_entries');
    const disable = await patchUser('gkb', self, { status: 'disabled' });
    assert.equal(disable.statusCode, 400);
    assert.equal(disable.json().code, 'VALIDATION_FAILED');
    assert.equal(disable.json().detail, '不能停用自己的账号');
    const demote = await patchUser('gkb', self, { roles: ['editor'] });
    assert.equal(demote.statusCode, 400);
    assert.equal(demote.json().detail, '不能取消自己的管理员角色');
    const sysSelf = await patchUser('sysadmin', sessions.sysadmin.userId, { status: 'disabled' });
    assert.equal(sysSelf.statusCode, 400);

    const row = await t.c.db.selectFrom('users').select('status').where('id', '=', self).executeTakeFirstOrThrow();
    assert.equal(row.status, 'active');
    assert.equal(await count('audit_entries'), audits);
    assert.equal((await as('gkb', { method: 'GET', url: '/api/v1/session' })).statusCode, 200);
    // Harmless self-edits are fine.
    const rename = await patchUser('gkb', self, { displayName: '王公开' });
    assert.equal(rename.statusCode, 200);
  });

  it('unknown users are 404 for every user route', async () => {
    for (const opts of [
      { method: 'GET', url: '/api/v1/users/99999' },
      { method: 'PATCH', url: '/api/v1/users/99999', payload: { displayName: '无' } },
      { method: 'POST', url: '/api/v1/users/99999/password-reset' },
      { method: 'POST', url: '/api/v1/users/99999/unlock' },
    ] as InjectOptions[]) {
      const res = await as('sysadmin', opts);
      assert.equal(res.statusCode, 404, `${opts.method} ${opts.url}`);
      assert.equal(res.json().code, 'USER_NOT_FOUND');
      assert.equal(res.json().detail, '用户不存在或您无权查看');
    }
  });
});
