import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

const CJK = /[\u4e00-\u9fff]/;

interface FieldProblem {
  path: string;
  message: string;
}

function assertProblem(res: LightMyRequestResponse, status: number, code: string, what = '') {
  assert.equal(res.statusCode, status, `${what} ${res.body}`);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/, what);
  const p = res.json();
  assert.equal(p.code, code, what);
  assert.equal(p.status, status, what);
  assert.match(p.title, CJK, what);
  assert.match(p.detail, CJK, what);
  assert.equal(typeof p.requestId, 'string', what);
  return p as { code: string; detail: string; errors?: FieldProblem[] };
}

describe('bad input: refused with 4xx problem documents, never 5xx, never half-written', () => {
  let t: TestApp;
  let admin: Session;
  let editor: Session;
  const as = (opts: InjectOptions) => t.as(admin, opts);
  const counts = async () => {
    const n = async (table: 'users' | 'user_roles' | 'orgs' | 'audit_entries' | 'sessions') =>
      Number((await t.c.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const head = await t.c.db.selectFrom('audit_head').selectAll().executeTakeFirst();
    return { users: await n('users'), roles: await n('user_roles'), orgs: await n('orgs'), audit: await n('audit_entries'), head };
  };
  const newUser = (over: Record<string, unknown> = {}) => ({ username: 'new-user', displayName: '新用户', orgId: 2, roles: ['editor'], ...over });

  before(async () => {
    t = await buildTestApp();
    admin = await t.login('sysadmin');
    editor = await t.login('editor');
  });
  after(() => t.close());

  it('malformed JSON is 400 INVALID_JSON', async () => {
    for (const payload of ['{"username": "a",', '{username: "a"}', "{'a': 1}", '{"a":1}}', 'nul']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'application/json' }, payload });
      const p = assertProblem(res, 400, 'INVALID_JSON', payload);
      assert.equal(p.detail, '请求体不是合法的 JSON');
    }
    const authed = await as({ method: 'POST', url: '/api/v1/users', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    assertProblem(authed, 400, 'INVALID_JSON');
    // Prototype-poisoning JSON is refused, not merged.
    const poisoned = await as({
      method: 'POST',
      url: '/api/v1/users',
      headers: { 'content-type': 'application/json' },
      payload: '{"__proto__":{"roles":["sysadmin"]},"username":"poison","displayName":"毒","orgId":2,"roles":["editor"]}',
    });
    assert.equal(poisoned.statusCode, 400);
    assert.equal((await t.c.db.selectFrom('users').select('id').where('username', '=', 'poison').execute()).length, 0);
  });

  it('wrong types are 400 VALIDATION_FAILED with a path and a Chinese message per field', async () => {
    const res = await as({ method: 'POST', url: '/api/v1/users', payload: { username: 42, displayName: ['x'], orgId: '2', roles: 'editor' } });
    const p = assertProblem(res, 400, 'VALIDATION_FAILED');
    assert.deepEqual(p.errors!.map((e) => e.path).sort(), ['body.displayName', 'body.orgId', 'body.roles', 'body.username']);
    for (const e of p.errors!) assert.match(e.message, CJK, e.path);
    for (const e of p.errors!) assert.ok(p.detail.includes(`${e.path}：${e.message}`), 'detail lists every problem');

    const nested = await as({ method: 'POST', url: '/api/v1/users', payload: newUser({ roles: ['editor', 'king'] }) });
    const np = assertProblem(nested, 400, 'VALIDATION_FAILED');
    assert.deepEqual(np.errors!.map((e) => e.path), ['body.roles.1']);

    const rules = await as({ method: 'POST', url: '/api/v1/users', payload: newUser({ username: 'ab', email: 'not-an-email', phone: 'call me', roles: [] }) });
    const rp = assertProblem(rules, 400, 'VALIDATION_FAILED');
    const byPath = Object.fromEntries(rp.errors!.map((e) => [e.path, e.message]));
    assert.equal(byPath['body.username'], '用户名至少3个字符');
    assert.equal(byPath['body.email'], '邮箱格式不正确');
    assert.equal(byPath['body.phone'], '电话号码格式不正确');
    assert.equal(byPath['body.roles'], '至少选择一个角色');

    const login = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: '', password: 123 } });
    const lp = assertProblem(login, 400, 'VALIDATION_FAILED');
    assert.deepEqual(lp.errors!.map((e) => e.path).sort(), ['body.password', 'body.username']);
    assert.equal(lp.errors!.find((e) => e.path === 'body.username')!.message, '请输入用户名');

    for (const body of [null, [], 'text', 7]) {
      const r = await as({ method: 'POST', url: '/api/v1/users', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      assertProblem(r, 400, 'VALIDATION_FAILED', JSON.stringify(body));
    }
  });

  it('unknown fields are refused by strict bodies', async () => {
    const res = await as({ method: 'POST', url: '/api/v1/users', payload: newUser({ username: 'strict-one', isAdmin: true }) });
    const p = assertProblem(res, 400, 'VALIDATION_FAILED');
    assert.equal(p.errors!.length, 1);
    assert.equal(p.errors![0].path, 'body');
    assert.match(p.errors![0].message, /isAdmin/);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'editor', password: t.passwords.editor, remember: true } });
    assertProblem(login, 400, 'VALIDATION_FAILED');
    const patch = await as({ method: 'PATCH', url: `/api/v1/users/${editor.userId}`, payload: { password_hash: 'x' } });
    assertProblem(patch, 400, 'VALIDATION_FAILED');
    const org = await as({ method: 'PATCH', url: '/api/v1/orgs/2', payload: { path: '/' } });
    assertProblem(org, 400, 'VALIDATION_FAILED');
    assert.equal((await t.c.db.selectFrom('users').select('id').where('username', '=', 'strict-one').execute()).length, 0);
  });

  it('a body over 1 MiB is 413 BODY_TOO_LARGE', async () => {
    const big = JSON.stringify({ username: 'big', displayName: 'x'.repeat(1024 * 1024 + 10), orgId: 2, roles: ['editor'] });
    const res = await as({ method: 'POST', url: '/api/v1/users', headers: { 'content-type': 'application/json' }, payload: big });
    const p = assertProblem(res, 413, 'BODY_TOO_LARGE');
    assert.equal(p.detail, '请求体超过允许的大小');
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'application/json' }, payload: big });
    assertProblem(login, 413, 'BODY_TOO_LARGE');
    // Just under the limit is parsed (and then refused by validation, not by size).
    const under = JSON.stringify({ username: 'big', displayName: 'x'.repeat(1024 * 1024 - 200), orgId: 2, roles: ['editor'] });
    const ok = await as({ method: 'POST', url: '/api/v1/users', headers: { 'content-type': 'application/json' }, payload: under });
    assertProblem(ok, 400, 'VALIDATION_FAILED');
  });

  it('a body that is not JSON is 415 on the API (forms cannot log in or write across sites)', async () => {
    const cases: [string, string][] = [
      ['application/xml', '<user><username>x</username></user>'],
      ['text/plain', '{"username":"editor","password":"x"}'],
      ['application/x-www-form-urlencoded', `username=editor&password=${encodeURIComponent(t.passwords.editor)}`],
      ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="username"\r\n\r\neditor\r\n--xyz--\r\n'],
    ];
    for (const [type, payload] of cases) {
      const login = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': type }, payload });
      const p = assertProblem(login, 415, 'UNSUPPORTED_MEDIA_TYPE', type);
      assert.equal(p.detail, '请以 application/json 提交');
      assert.equal(login.cookies.length, 0, `${type} must not log in`);
      const write = await as({ method: 'PATCH', url: `/api/v1/users/${editor.userId}`, headers: { 'content-type': type }, payload });
      assertProblem(write, 415, 'UNSUPPORTED_MEDIA_TYPE', type);
    }
    // JSON with a charset parameter is still JSON.
    const charset = await t.app.inject({
      method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'application/json; charset=utf-8' },
      payload: JSON.stringify({ username: 'handler', password: t.passwords.handler }), remoteAddress: '10.40.0.1',
    });
    assert.equal(charset.statusCode, 200, charset.body);
  });

  it('a POST without a body is refused as invalid, not as a crash', async () => {
    const none = await as({ method: 'POST', url: '/api/v1/users' });
    const p = assertProblem(none, 400, 'VALIDATION_FAILED');
    assert.equal(p.errors![0].path, 'body');
    const emptyJson = await as({ method: 'POST', url: '/api/v1/users', headers: { 'content-type': 'application/json' }, payload: '' });
    assertProblem(emptyJson, 400, 'EMPTY_JSON_BODY');
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/session' });
    assertProblem(login, 400, 'VALIDATION_FAILED');
    const empty = await as({ method: 'PATCH', url: `/api/v1/users/${editor.userId}`, payload: {} });
    const ep = assertProblem(empty, 400, 'VALIDATION_FAILED');
    assert.match(ep.detail, /至少修改一项/);
  });

  it('invalid path parameters are 400 with the parameter named', async () => {
    for (const id of ['abc', '0', '-1', '1.5', '1e400', '%20', '0x10', '99999999999999999999']) {
      const res = await as({ method: 'GET', url: `/api/v1/users/${id}` });
      const p = assertProblem(res, 400, 'VALIDATION_FAILED', id);
      assert.equal(p.errors![0].path, 'params.id', id);
    }
    for (const url of ['/api/v1/orgs/abc', '/api/v1/users/abc/unlock', '/api/v1/users/abc/password-reset']) {
      const method = url.endsWith('s/abc') ? 'GET' : 'POST';
      assertProblem(await as({ method, url }), 400, 'VALIDATION_FAILED', url);
    }
    const patch = await as({ method: 'PATCH', url: '/api/v1/orgs/x', payload: { name: '改名' } });
    assertProblem(patch, 400, 'VALIDATION_FAILED');
  });

  it('ids beyond the database integer range are refused, not passed to the database', async () => {
    const huge = 2 ** 31;
    assertProblem(await as({ method: 'GET', url: `/api/v1/users/${huge}` }), 400, 'VALIDATION_FAILED', 'user id');
    assertProblem(await as({ method: 'GET', url: `/api/v1/orgs/${huge}` }), 400, 'VALIDATION_FAILED', 'org id');
    assertProblem(await as({ method: 'GET', url: `/api/v1/users?orgId=${huge}` }), 400, 'VALIDATION_FAILED', 'orgId filter');
    assertProblem(await as({ method: 'POST', url: '/api/v1/users', payload: newUser({ username: 'huge-org', orgId: huge }) }), 400, 'VALIDATION_FAILED', 'orgId body');
    assertProblem(await as({ method: 'PATCH', url: `/api/v1/users/${editor.userId}`, payload: { orgId: huge } }), 400, 'VALIDATION_FAILED', 'orgId patch');
    assertProblem(
      await as({ method: 'POST', url: '/api/v1/orgs', payload: { parentId: huge, code: 'huge', name: '巨大', kind: 'department', level: 'city' } }),
      400, 'VALIDATION_FAILED', 'parentId',
    );
    assertProblem(await as({ method: 'PATCH', url: '/api/v1/orgs/2', payload: { parentId: huge } }), 400, 'VALIDATION_FAILED', 'parentId patch');
    // The largest valid id is just "not found".
    const max = 2 ** 31 - 1;
    assertProblem(await as({ method: 'GET', url: `/api/v1/users/${max}` }), 404, 'USER_NOT_FOUND');
    assertProblem(await as({ method: 'GET', url: `/api/v1/orgs/${max}` }), 404, 'ORG_NOT_FOUND');
  });

  it('query-string junk is 400 on strict queries and ignored where there is no query', async () => {
    const cases: [string, string][] = [
      ['?page=abc', 'querystring.page'],
      ['?page=0', 'querystring.page'],
      ['?pageSize=201', 'querystring.pageSize'],
      ['?pageSize=-5', 'querystring.pageSize'],
      ['?status=deleted', 'querystring.status'],
      ['?orgId=1&orgId=2', 'querystring.orgId'],
      [`?q=${'x'.repeat(51)}`, 'querystring.q'],
    ];
    for (const [qs, path] of cases) {
      const p = assertProblem(await as({ method: 'GET', url: `/api/v1/users${qs}` }), 400, 'VALIDATION_FAILED', qs);
      assert.ok(p.errors!.some((e) => e.path === path), `${qs}: ${JSON.stringify(p.errors)}`);
    }
    const unknown = assertProblem(await as({ method: 'GET', url: '/api/v1/users?sort=password_hash' }), 400, 'VALIDATION_FAILED');
    assert.match(unknown.errors![0].message, /sort/);
    // Harmless oddities work.
    for (const qs of ['?q=', '?q=%27%20OR%201%3D1--', '?q=%E2%80%AE', '?q=%F0%9F%98%80', '?page=1&']) {
      const res = await as({ method: 'GET', url: `/api/v1/users${qs}` });
      assert.equal(res.statusCode, 200, `${qs} ${res.body}`);
    }
    const sqlish = await as({ method: 'GET', url: '/api/v1/users?q=%27%20OR%201%3D1--' });
    assert.equal(sqlish.json().total, 0);
    const orgs = await as({ method: 'GET', url: '/api/v1/orgs?junk[]=1&x=%27' });
    assert.equal(orgs.statusCode, 200);
  });

  it('NUL characters are refused the same way on every engine', async () => {
    const before = await counts();
    const cases: [string, InjectOptions][] = [
      ['login username', { method: 'POST', url: '/api/v1/session', payload: { username: 'edi\u0000tor', password: 'x' } }],
      ['display name', { method: 'POST', url: '/api/v1/users', payload: newUser({ username: 'nul-user', displayName: '空\u0000字符' }) }],
      ['org name', { method: 'PATCH', url: '/api/v1/orgs/2', payload: { name: '名\u0000称' } }],
      ['search', { method: 'GET', url: '/api/v1/users?q=a%00b' }],
      ['path', { method: 'GET', url: '/api/v1/users/1%00' }],
      ['unused query', { method: 'GET', url: '/api/v1/orgs?x=%00' }],
      ['nested', { method: 'PATCH', url: '/api/v1/users/2', payload: { roles: ['editor\u0000'] } }],
    ];
    for (const [what, opts] of cases) {
      const res = await as(opts);
      const p = assertProblem(res, 400, 'VALIDATION_FAILED', what);
      assert.ok(p.errors && p.errors.length > 0, what);
    }
    assert.deepEqual(await counts(), before);
  });

  it('a failed create leaves no row and no audit entry (the transaction rolls back as a whole)', async () => {
    const before = await counts();
    const taken = await as({ method: 'POST', url: '/api/v1/users', payload: newUser({ username: 'editor' }) });
    assertProblem(taken, 409, 'USERNAME_TAKEN');
    const takenOrg = await as({ method: 'POST', url: '/api/v1/orgs', payload: { parentId: 1, code: 'heze', name: '重复的政府', kind: 'region', level: 'city' } });
    assertProblem(takenOrg, 409, 'ORG_CODE_TAKEN');
    assert.deepEqual(await counts(), before);

    // Two concurrent creates of one new name: one wins, the other is a clean 409 (not a 500), and only
    // one user, one set of roles and one audit entry exist afterwards.
    for (const round of [1, 2, 3]) {
      const username = `race-${round}`;
      const start = await counts();
      const results = await Promise.all([1, 2, 3].map(() => as({ method: 'POST', url: '/api/v1/users', payload: newUser({ username, roles: ['editor', 'reviewer'] }) })));
      const statuses = results.map((r) => r.statusCode).sort();
      assert.deepEqual(statuses, [201, 409, 409], results.map((r) => r.body).join('\n'));
      for (const r of results.filter((x) => x.statusCode === 409)) assert.equal(r.json().code, 'USERNAME_TAKEN');
      const end = await counts();
      assert.equal(end.users, start.users + 1);
      assert.equal(end.roles, start.roles + 2);
      assert.equal(end.audit, start.audit + 1);
      const codeRace = await Promise.all([1, 2].map(() =>
        as({ method: 'POST', url: '/api/v1/orgs', payload: { parentId: 1, code: `race-org-${round}`, name: '并发机构', kind: 'department', level: 'city' } })));
      assert.deepEqual(codeRace.map((r) => r.statusCode).sort(), [201, 409], codeRace.map((r) => r.body).join('\n'));
      assert.equal((await counts()).orgs, start.orgs + 1);
    }
    const chain = await t.c.audit.verify(t.c.db);
    assert.equal(chain.ok, true, chain.message);
  });

  it('nothing in this file produced a 5xx: a sweep of odd requests', async () => {
    const odd: InjectOptions[] = [
      { method: 'GET', url: '/api/v1/users/%E0%A4%A' },
      { method: 'GET', url: '/api/v1/%' },
      { method: 'GET', url: `/api/v1/orgs/${'9'.repeat(190)}` },
      { method: 'POST', url: '/api/v1/orgs', payload: { parentId: 1.5, code: 'x'.repeat(41), name: 'x'.repeat(101), kind: null, level: {} } },
      { method: 'PATCH', url: '/api/v1/orgs/1', payload: { sortOrder: 1e300 } },
      { method: 'PATCH', url: '/api/v1/users/1', payload: { roles: Array(50).fill('editor') } },
      { method: 'POST', url: '/api/v1/session/password', payload: { currentPassword: 'x'.repeat(257), newPassword: '' } },
      { method: 'POST', url: '/api/v1/users', headers: { 'content-type': 'application/json' }, payload: `${'['.repeat(5000)}${']'.repeat(5000)}` },
      { method: 'POST', url: '/api/v1/users', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, payload: '{}' },
      { method: 'PUT', url: '/api/v1/users/1', payload: {} },
    ];
    for (const o of odd) {
      const res = await as(o);
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${o.method} ${o.url} → ${res.statusCode} ${res.body.slice(0, 300)}`);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/, `${o.method} ${o.url}`);
    }
  });

  it('URLs that fail before routing are answered like every other error', async () => {
    const bad = await as({ method: 'GET', url: '/api/v1/users/%E0%A4%A' });
    const p = assertProblem(bad, 400, 'BAD_URL');
    assert.equal(p.detail, '请求地址无法解析');
    assert.ok(bad.headers['x-request-id']);
    assert.equal(bad.headers['x-content-type-options'], 'nosniff');
    const long = await as({ method: 'GET', url: `/api/v1/orgs/${'9'.repeat(201)}` });
    assertProblem(long, 414, 'URL_TOO_LONG');
    const page = await t.app.inject({ url: '/admin/%E0%A4%A', headers: { accept: 'text/html' } });
    assert.equal(page.statusCode, 400);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(page.body, /<html lang="zh-CN"/);
    assert.match(page.body, /请求地址有误/);
    assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);
  });

  it('HTML pages get a Chinese HTML error page; the API always answers problem+json', async () => {
    const page = await t.app.inject({ url: '/preferences/text-size?size=huge', headers: { accept: 'text/html,application/xhtml+xml' } });
    assert.equal(page.statusCode, 400);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(page.body, /<html lang="zh-CN"/);
    assert.match(page.body, /请求内容有误/);
    assert.match(page.body, /错误代码 400/);
    assert.ok(page.body.includes(String(page.headers['x-request-id'])), 'the request id is shown for support');
    assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');

    const missing = await t.app.inject({ url: '/no/such/page', headers: { accept: 'text/html' } });
    assert.equal(missing.statusCode, 404);
    assert.match(missing.body, /页面不存在/);
    assert.match(missing.body, /没有找到 GET \/no\/such\/page/);
    // Markup in the URL is escaped, never reflected.
    const xss = await t.app.inject({ url: '/%3Cscript%3Ealert(1)%3C/script%3E', headers: { accept: 'text/html' } });
    assert.equal(xss.statusCode, 404);
    assert.ok(!xss.body.includes('<script>alert(1)</script>'));

    const api = await t.app.inject({ url: '/api/v1/users/abc', headers: { accept: 'text/html', cookie: admin.cookie } });
    assertProblem(api, 400, 'VALIDATION_FAILED');
    const anon = await t.app.inject({ url: '/api/v1/users', headers: { accept: 'text/html' } });
    assertProblem(anon, 401, 'UNAUTHENTICATED');
    // Without text/html in Accept, non-API errors are problem+json too.
    const plain = await t.app.inject({ url: '/no/such/page', headers: { accept: 'application/json' } });
    assertProblem(plain, 404, 'NOT_FOUND');
  });
});
