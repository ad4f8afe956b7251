import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import type { Role } from '../../src/platform/auth/index.js';
import type { RouteEntry } from '../../src/platform/http/index.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

/**
 * Every route anyone may call without logging in. Adding a public route means adding it here,
 * on purpose: this list is the review point for anonymous access.
 */
const PUBLIC_ROUTES = [
  'GET /healthz',
  'GET /openapi.json',
  'POST /api/v1/session',
  'GET /api/v1/public/orgs',
  'GET /api/v1/public/documents',
  'GET /api/v1/public/documents/:id',
  'POST /api/v1/public/requests',
  'GET /api/v1/public/requests/:trackingCode',
  'POST /api/v1/public/requests/:trackingCode/correction',
  'GET /api/v1/public/requests/:trackingCode/letters/:letterId.:format',
  'GET /api/v1/publications/vocabulary',
  'GET /xxgk',
  'GET /xxgk/',
  'GET /xxgk/documents',
  'GET /xxgk/documents/:id',
  'GET /xxgk/documents/:id/attachments/:attId',
  'GET /search',
  'GET /xxgk/feed.atom',
  'GET /xxgk/orgs/:code/feed.atom',
  'GET /sitemap.xml',
  'GET /xxgk/guide/:orgCode',
  'GET /xxgk/catalogue',
  'GET /xxgk/columns/:orgCode/:slug',
  'GET /xxgk/columns/:orgCode/:slug/feed.atom',
  'GET /xxgk/normative',
  'GET /xxgk/normative/cleanups/:id',
  'GET /xxgk/gazette',
  'GET /xxgk/gazette/:id',
  'GET /xxgk/gazette/:id.pdf',
  'GET /xxgk/ndbg',
  'GET /xxgk/ndbg/',
  'GET /xxgk/ndbg/:org/:year',
  'GET /xxgk/plans/bulletins',
  'GET /xxgk/plans/bulletins/',
  'GET /xxgk/plans/bulletins/:id',
  'GET /xxgk/plans/assessment',
  'GET /xxgk/plans/assessment/',
  'GET /xxgk/plans/assessment/:org/:year',
  'GET /api/v1/public/annual-reports',
  'GET /api/v1/public/annual-reports/:org/:year',
  'GET /admin',
  'GET /admin/*',
  'GET /',
  'GET /zwgk',
  'GET /ysqgk',
  'GET /zcjd',
  'GET /hdjl',
  'GET /sjkf',
  'GET /yisqgk',
  'GET /yisqgk/',
  'GET /yisqgk/apply',
  'POST /yisqgk/apply',
  'GET /yisqgk/track',
  'POST /yisqgk/track',
  'POST /yisqgk/track/correction',
  'POST /yisqgk/letters',
  'GET /preferences/text-size',
  'GET /static/portal.css',
];

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Demo users and the roles they hold (see src/seed/demo-data.ts). */
const DEMO_ROLES: Record<string, Role[]> = {
  editor: ['editor'],
  reviewer: ['reviewer'],
  leader: ['leader'],
  handler: ['handler'],
  gkb: ['office_admin'],
  sysadmin: ['sysadmin'],
};

/** A concrete request for a route pattern: `:params` become 1, wildcards a harmless segment, writes carry `{}`. */
function requestFor(r: RouteEntry): InjectOptions {
  const url = r.url.replace(/:[A-Za-z_]\w*/g, '1').replace(/\*$/, 'x');
  const opts: InjectOptions = { method: r.method as InjectOptions['method'], url };
  if (WRITES.has(r.method)) opts.payload = {};
  return opts;
}

const key = (r: RouteEntry) => `${r.method} ${r.url}`;

describe('RBAC: every route is guarded, and organisation scope is enforced', () => {
  let t: TestApp;
  const sessions: Record<string, Session> = {};
  const as = async (username: string, opts: InjectOptions) => {
    sessions[username] ??= await t.login(username);
    return t.as(sessions[username], opts);
  };
  const count = async (table: 'users' | 'orgs' | 'audit_entries' | 'user_roles') =>
    Number((await t.c.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const userIdOf = async (username: string) =>
    (await t.c.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  it('the route registry is complete and every route declares its access', () => {
    assert.ok(t.routes.length >= 30, `expected the whole app, got ${t.routes.length} routes`);
    for (const r of t.routes) {
      assert.ok(r.access === 'public' || r.access === 'authenticated' || (Array.isArray(r.access) && r.access.length > 0), key(r));
    }
    // Spot-check that the registry reflects what the modules declare.
    const find = (k: string) => t.routes.find((r) => key(r) === k)?.access;
    assert.deepEqual(find('POST /api/v1/users'), ['sysadmin', 'office_admin']);
    assert.equal(find('GET /api/v1/orgs'), 'authenticated');
    assert.equal(find('POST /api/v1/session'), 'public');
  });

  it('the public routes are exactly the allow-list', () => {
    // HEAD routes are Fastify's automatic twins of GET routes.
    const publicRoutes = t.routes.filter((r) => r.access === 'public' && r.method !== 'HEAD').map(key).sort();
    assert.deepEqual(publicRoutes, [...PUBLIC_ROUTES].sort());
    const publicHeads = t.routes.filter((r) => r.access === 'public' && r.method === 'HEAD').map((r) => r.url).sort();
    assert.deepEqual(publicHeads, PUBLIC_ROUTES.filter((k) => k.startsWith('GET ')).map((k) => k.slice(4)).sort());
  });

  it('every non-public route answers 401 to an anonymous request', async () => {
    const guarded = t.routes.filter((r) => r.access !== 'public');
    assert.ok(guarded.length >= 20);
    for (const r of guarded) {
      const res = await t.app.inject(requestFor(r));
      assert.equal(res.statusCode, 401, `${key(r)} answered ${res.statusCode}`);
      if (r.method !== 'HEAD') {
        assert.match(String(res.headers['content-type']), /^application\/problem\+json/, key(r));
        assert.equal(res.json().code, 'UNAUTHENTICATED', key(r));
      }
    }
  });

  it('an unknown or forged session cookie is the same as none', async () => {
    for (const r of t.routes.filter((x) => x.access !== 'public')) {
      const opts = requestFor(r);
      const res = await t.app.inject({ ...opts, headers: { cookie: 'gk_session=not-a-real-session', 'x-csrf-token': 'whatever' } });
      assert.equal(res.statusCode, 401, `${key(r)} answered ${res.statusCode}`);
    }
  });

  it('every role-restricted route answers 403 to a logged-in user lacking those roles', async () => {
    const restricted = t.routes.filter((r): r is RouteEntry & { access: readonly Role[] } => Array.isArray(r.access));
    assert.ok(restricted.length >= 10);
    for (const r of restricted) {
      const outsider = Object.keys(DEMO_ROLES).find((u) => !DEMO_ROLES[u].some((role) => r.access.includes(role)));
      assert.ok(outsider, `no demo user lacks all of ${r.access.join(',')} (${key(r)})`);
      const res = await as(outsider, requestFor(r));
      assert.equal(res.statusCode, 403, `${key(r)} as ${outsider} answered ${res.statusCode}`);
      if (r.method !== 'HEAD') assert.equal(res.json().code, 'FORBIDDEN', key(r));
    }
  });

  it('routes open to any logged-in user are not refused for lack of a role', async () => {
    const open = t.routes.filter((r) => r.access === 'authenticated' && !WRITES.has(r.method) && !r.url.includes(':'));
    assert.ok(open.length >= 3);
    for (const r of open) {
      const res = await as('handler', requestFor(r));
      assert.ok(![401, 403].includes(res.statusCode), `${key(r)} as handler answered ${res.statusCode}`);
      assert.ok(res.statusCode < 500, `${key(r)} answered ${res.statusCode}`);
    }
  });

  it('editor cannot list, read or create users', async () => {
    const list = await as('editor', { method: 'GET', url: '/api/v1/users' });
    assert.equal(list.statusCode, 403);
    assert.equal(list.json().code, 'FORBIDDEN');
    assert.match(list.json().detail, /权限/);
    const one = await as('editor', { method: 'GET', url: `/api/v1/users/${await userIdOf('editor')}` });
    assert.equal(one.statusCode, 403);
    const n = await count('users');
    const create = await as('editor', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'sneaky', displayName: '越权', orgId: await t.orgId('hz-czj'), roles: ['editor'] },
    });
    assert.equal(create.statusCode, 403);
    assert.equal(await count('users'), n);
  });

  it('a county office admin sees only the county subtree of organisations', async () => {
    const res = await as('caoxian-gkb', { method: 'GET', url: '/api/v1/orgs' });
    assert.equal(res.statusCode, 200);
    const codes = res.json().items.map((o: { code: string }) => o.code).sort();
    assert.deepEqual(codes, ['caoxian', 'caoxian-bgs', 'caoxian-czj', 'caoxian-jyj', 'caoxian-qingguji', 'caoxian-zjj']);

    // The city office admin supervises the counties too.
    const city = await as('gkb', { method: 'GET', url: '/api/v1/orgs' });
    const cityCodes = city.json().items.map((o: { code: string }) => o.code);
    for (const c of ['heze', 'hz-czj', 'mudan', 'caoxian', 'caoxian-czj']) assert.ok(cityCodes.includes(c), c);

    const own = await as('caoxian-gkb', { method: 'GET', url: `/api/v1/orgs/${await t.orgId('caoxian-czj')}` });
    assert.equal(own.statusCode, 200);
    assert.equal(own.json().name, '曹县财政局');

    for (const code of ['hz-czj', 'heze', 'mudan', 'mudan-czj']) {
      const other = await as('caoxian-gkb', { method: 'GET', url: `/api/v1/orgs/${await t.orgId(code)}` });
      assert.equal(other.statusCode, 404, code);
      assert.equal(other.json().code, 'ORG_NOT_FOUND');
    }
    // Out of scope looks exactly like nonexistent.
    const missing = await as('caoxian-gkb', { method: 'GET', url: '/api/v1/orgs/99999' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().detail, (await as('caoxian-gkb', { method: 'GET', url: `/api/v1/orgs/${await t.orgId('heze')}` })).json().detail);
  });

  it('a county office admin manages users in the county only', async () => {
    const created = await as('caoxian-gkb', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'cx-editor', displayName: '曹县编辑', orgId: await t.orgId('caoxian-czj'), roles: ['editor'] },
    });
    assert.equal(created.statusCode, 201, created.body);

    const list = await as('caoxian-gkb', { method: 'GET', url: '/api/v1/users' });
    assert.equal(list.statusCode, 200);
    const names = list.json().items.map((u: { username: string }) => u.username).sort();
    assert.deepEqual(names, ['caoxian-gkb', 'cx-editor']);
    assert.equal(list.json().total, 2);

    // Filtering by a city organisation shows nothing rather than leaking.
    const filtered = await as('caoxian-gkb', { method: 'GET', url: `/api/v1/users?orgId=${await t.orgId('hz-czj')}` });
    assert.equal(filtered.statusCode, 200);
    assert.deepEqual(filtered.json(), { items: [], total: 0 });
    const searched = await as('caoxian-gkb', { method: 'GET', url: '/api/v1/users?q=editor' });
    assert.deepEqual(searched.json().items.map((u: { username: string }) => u.username), ['cx-editor']);

    const editorId = await userIdOf('editor');
    const auditBefore = await count('audit_entries');
    const probes: InjectOptions[] = [
      { method: 'GET', url: `/api/v1/users/${editorId}` },
      { method: 'PATCH', url: `/api/v1/users/${editorId}`, payload: { displayName: '被改了' } },
      { method: 'PATCH', url: `/api/v1/users/${editorId}`, payload: { status: 'disabled' } },
      { method: 'POST', url: `/api/v1/users/${editorId}/password-reset` },
      { method: 'POST', url: `/api/v1/users/${editorId}/unlock` },
      { method: 'GET', url: `/api/v1/users/${await userIdOf('gkb')}` },
    ];
    for (const p of probes) {
      const res = await as('caoxian-gkb', p);
      assert.equal(res.statusCode, 404, `${p.method} ${p.url}`);
      assert.equal(res.json().code, 'USER_NOT_FOUND');
    }
    const editor = await t.c.db.selectFrom('users').selectAll().where('id', '=', editorId).executeTakeFirstOrThrow();
    assert.equal(editor.display_name, '李编辑（市财政局）');
    assert.equal(editor.status, 'active');
    assert.equal(await count('audit_entries'), auditBefore, 'no audit entry for refused changes');
  });

  it('a county office admin cannot create users in a city organisation, nor move county users there', async () => {
    const usersBefore = await count('users');
    const auditBefore = await count('audit_entries');
    for (const code of ['hz-czj', 'heze', 'mudan-czj']) {
      const res = await as('caoxian-gkb', {
        method: 'POST',
        url: '/api/v1/users',
        payload: { username: `intruder-${code}`, displayName: '越界', orgId: await t.orgId(code), roles: ['editor'] },
      });
      assert.equal(res.statusCode, 400, code);
      assert.equal(res.json().code, 'VALIDATION_FAILED');
      assert.deepEqual(res.json().errors.map((e: { path: string }) => e.path), ['body.orgId']);
      assert.match(res.json().detail, /管理范围/);
    }
    const cxEditor = await userIdOf('cx-editor');
    const move = await as('caoxian-gkb', { method: 'PATCH', url: `/api/v1/users/${cxEditor}`, payload: { orgId: await t.orgId('hz-czj') } });
    assert.equal(move.statusCode, 400);
    assert.equal(move.json().code, 'VALIDATION_FAILED');
    const row = await t.c.db.selectFrom('users').select('org_id').where('id', '=', cxEditor).executeTakeFirstOrThrow();
    assert.equal(row.org_id, await t.orgId('caoxian-czj'));

    assert.equal(await count('users'), usersBefore);
    assert.equal(await count('audit_entries'), auditBefore);
    const intruders = await t.c.db.selectFrom('users').select('id').where('username', 'like', 'intruder-%').execute();
    assert.equal(intruders.length, 0);
  });

  it('a county office admin cannot create, change or move organisations outside the county', async () => {
    const orgsBefore = await count('orgs');
    const auditBefore = await count('audit_entries');
    const under = await as('caoxian-gkb', {
      method: 'POST',
      url: '/api/v1/orgs',
      payload: { parentId: await t.orgId('heze'), code: 'hz-rogue', name: '冒名机构', kind: 'department', level: 'city' },
    });
    assert.equal(under.statusCode, 404);
    assert.equal(under.json().code, 'ORG_NOT_FOUND');

    const rename = await as('caoxian-gkb', { method: 'PATCH', url: `/api/v1/orgs/${await t.orgId('hz-czj')}`, payload: { name: '被改名的财政局' } });
    assert.equal(rename.statusCode, 404);

    // Moving a county department under the city, or the county itself, is refused.
    const moveOut = await as('caoxian-gkb', { method: 'PATCH', url: `/api/v1/orgs/${await t.orgId('caoxian-jyj')}`, payload: { parentId: await t.orgId('heze') } });
    assert.equal(moveOut.statusCode, 404);
    const moveSelf = await as('caoxian-gkb', { method: 'PATCH', url: `/api/v1/orgs/${await t.orgId('caoxian')}`, payload: { parentId: await t.orgId('caoxian-bgs') } });
    assert.equal(moveSelf.statusCode, 400);
    const disableSelf = await as('caoxian-gkb', { method: 'PATCH', url: `/api/v1/orgs/${await t.orgId('caoxian')}`, payload: { status: 'disabled' } });
    assert.equal(disableSelf.statusCode, 400);
    assert.match(disableSelf.json().detail, /顶级机构/);

    assert.equal(await count('orgs'), orgsBefore);
    assert.equal(await count('audit_entries'), auditBefore);
    const czj = await t.c.orgs.findByCode('hz-czj');
    assert.equal(czj?.name, '菏泽市财政局');
    const jyj = await t.c.orgs.findByCode('caoxian-jyj');
    assert.equal(jyj?.parent_id, await t.orgId('caoxian'));
    const cx = await t.c.orgs.findByCode('caoxian');
    assert.equal(cx?.status, 'active');
  });

  it('a city office admin cannot grant the sysadmin role or touch the sysadmin account', async () => {
    const sysadminId = await userIdOf('sysadmin');
    const editorId = await userIdOf('editor');
    const usersBefore = await count('users');
    const rolesBefore = await count('user_roles');
    const auditBefore = await count('audit_entries');

    const grantNew = await as('gkb', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'root2', displayName: '第二个管理员', orgId: await t.orgId('heze'), roles: ['office_admin', 'sysadmin'] },
    });
    assert.equal(grantNew.statusCode, 403);
    assert.equal(grantNew.json().code, 'FORBIDDEN');
    assert.match(grantNew.json().detail, /系统管理员/);

    const grantExisting = await as('gkb', { method: 'PATCH', url: `/api/v1/users/${editorId}`, payload: { roles: ['editor', 'sysadmin'] } });
    assert.equal(grantExisting.statusCode, 403);
    const grantSelf = await as('gkb', { method: 'PATCH', url: `/api/v1/users/${await userIdOf('gkb')}`, payload: { roles: ['office_admin', 'sysadmin'] } });
    assert.equal(grantSelf.statusCode, 403);

    // The sysadmin account is visible but untouchable for an office admin.
    assert.equal((await as('gkb', { method: 'GET', url: `/api/v1/users/${sysadminId}` })).statusCode, 200);
    const touches: InjectOptions[] = [
      { method: 'PATCH', url: `/api/v1/users/${sysadminId}`, payload: { displayName: '被改的管理员' } },
      { method: 'PATCH', url: `/api/v1/users/${sysadminId}`, payload: { status: 'disabled' } },
      { method: 'PATCH', url: `/api/v1/users/${sysadminId}`, payload: { roles: ['editor'] } },
      { method: 'POST', url: `/api/v1/users/${sysadminId}/password-reset` },
      { method: 'POST', url: `/api/v1/users/${sysadminId}/unlock` },
    ];
    for (const p of touches) {
      const res = await as('gkb', p);
      assert.equal(res.statusCode, 403, `${p.method} ${p.url} ${JSON.stringify(p.payload)}`);
      assert.equal(res.json().code, 'FORBIDDEN');
    }

    assert.equal(await count('users'), usersBefore);
    assert.equal(await count('user_roles'), rolesBefore);
    assert.equal(await count('audit_entries'), auditBefore);
    const sys = await t.c.db.selectFrom('users').selectAll().where('id', '=', sysadminId).executeTakeFirstOrThrow();
    assert.equal(sys.display_name, '系统管理员');
    assert.equal(sys.status, 'active');
    const roles = await t.c.db.selectFrom('user_roles').select('role').where('user_id', 'in', [sysadminId, editorId]).orderBy('role').execute();
    assert.deepEqual(roles.map((r) => r.role), ['editor', 'sysadmin']);
    // The sysadmin still logs in with the original password.
    assert.equal((await t.login('sysadmin')).userId, sysadminId);
  });

  it('the sysadmin may grant sysadmin', async () => {
    const res = await as('sysadmin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'root2', displayName: '第二个管理员', orgId: await t.orgId('heze'), roles: ['sysadmin'] },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().user.roles, ['sysadmin']);
  });
});
