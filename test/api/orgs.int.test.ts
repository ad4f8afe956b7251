import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import { digestOf } from '../../src/platform/audit/chain.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

interface OrgBody {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  level: string;
  parentId: number | null;
  sortOrder: number;
  status: string;
}

describe('organisations: create, update, disable, move', () => {
  let t: TestApp;
  const sessions: Record<string, Session> = {};
  const as = async (username: string, opts: InjectOptions) => {
    sessions[username] ??= await t.login(username);
    return t.as(sessions[username], opts);
  };
  const orgRow = (id: number) => t.c.db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const auditOf = (id: number) =>
    t.c.db.selectFrom('audit_entries').selectAll().where('entity_type', '=', 'org').where('entity_id', '=', String(id)).orderBy('id').execute();
  const count = async (table: 'orgs' | 'audit_entries') =>
    Number((await t.c.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const create = (username: string, payload: Record<string, unknown>) => as(username, { method: 'POST', url: '/api/v1/orgs', payload });
  const patch = (username: string, id: number, payload: Record<string, unknown>) => as(username, { method: 'PATCH', url: `/api/v1/orgs/${id}`, payload });

  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  it('an office admin creates a child organisation: 201, stored with its path, audited with a summary', async () => {
    const parentId = await t.orgId('caoxian');
    const parent = await orgRow(parentId);
    const res = await create('caoxian-gkb', {
      parentId,
      code: 'caoxian-sthjj',
      name: '曹县生态环境分局',
      shortName: '县环境分局',
      kind: 'department',
      level: 'county',
      sortOrder: 7,
    });
    assert.equal(res.statusCode, 201, res.body);
    const org: OrgBody = res.json();
    assert.deepEqual({ ...org, id: 0 }, {
      id: 0,
      code: 'caoxian-sthjj',
      name: '曹县生态环境分局',
      shortName: '县环境分局',
      kind: 'department',
      level: 'county',
      parentId,
      sortOrder: 7,
      status: 'active',
    });
    const row = await orgRow(org.id);
    assert.equal(row.path, `${parent.path}${org.id}/`);
    assert.equal(row.created_at, t.clock.now().toISOString());

    const entries = await auditOf(org.id);
    assert.equal(entries.length, 1);
    assert.equal(entries[0].action, 'org.create');
    assert.equal(entries[0].actor_id, sessions['caoxian-gkb'].userId);
    assert.equal(entries[0].org_id, org.id);
    assert.equal(entries[0].summary, '在“曹县人民政府”下新增机构“曹县生态环境分局”（caoxian-sthjj）');
    assert.equal(entries[0].after_digest, digestOf(org));
    assert.equal(entries[0].before_digest, null);

    // Path scope covers the new organisation: the county admin sees it and can staff it…
    const mine = await as('caoxian-gkb', { method: 'GET', url: `/api/v1/orgs/${org.id}` });
    assert.equal(mine.statusCode, 200);
    const user = await as('caoxian-gkb', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'cx-sthjj-editor', displayName: '环境分局编辑', orgId: org.id, roles: ['editor'] },
    });
    assert.equal(user.statusCode, 201, user.body);
    // …the city admin supervises it too, the other county's admin does not.
    assert.equal((await as('gkb', { method: 'GET', url: `/api/v1/orgs/${org.id}` })).statusCode, 200);
    const cityUsers = await as('gkb', { method: 'GET', url: `/api/v1/users?orgId=${org.id}` });
    assert.deepEqual(cityUsers.json().items.map((u: { username: string }) => u.username), ['cx-sthjj-editor']);

    const pub = await t.app.inject('/api/v1/public/orgs');
    const listed = pub.json().items.find((o: { code: string }) => o.code === 'caoxian-sthjj');
    assert.deepEqual(listed, { code: 'caoxian-sthjj', name: '曹县生态环境分局', shortName: '县环境分局', kind: 'department', level: 'county', parentCode: 'caoxian' });
  });

  it('a duplicate code is 409 ORG_CODE_TAKEN and writes nothing', async () => {
    const orgs = await count('orgs');
    const audits = await count('audit_entries');
    const res = await create('gkb', { parentId: await t.orgId('heze'), code: 'hz-czj', name: '另一个财政局', kind: 'department', level: 'city' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'ORG_CODE_TAKEN');
    assert.equal(res.json().field, 'code');
    assert.match(res.json().detail, /hz-czj/);
    // Changing another organisation's code to a taken one is refused the same way.
    const rename = await patch('gkb', await t.orgId('hz-jyj'), { code: 'hz-czj' });
    assert.equal(rename.statusCode, 409);
    assert.equal(rename.json().code, 'ORG_CODE_TAKEN');
    assert.equal((await t.c.orgs.findByCode('hz-czj'))?.name, '菏泽市财政局');
    assert.equal(await count('orgs'), orgs);
    assert.equal(await count('audit_entries'), audits);
  });

  it('updates name and sort order, audited with before and after', async () => {
    const id = await t.orgId('hz-fgw');
    const before = await as('gkb', { method: 'GET', url: `/api/v1/orgs/${id}` });
    const res = await patch('gkb', id, { name: '菏泽市发展改革委', sortOrder: 42 });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().name, '菏泽市发展改革委');
    assert.equal(res.json().sortOrder, 42);
    assert.equal(res.json().code, 'hz-fgw', 'untouched fields stay');
    const row = await orgRow(id);
    assert.equal(row.name, '菏泽市发展改革委');
    assert.equal(row.sort_order, 42);

    const entries = await auditOf(id);
    const last = entries.at(-1)!;
    assert.equal(last.action, 'org.update');
    assert.match(last.summary, /名称 菏泽市发展和改革委员会 → 菏泽市发展改革委/);
    assert.match(last.summary, /排序 \d+ → 42/);
    assert.equal(last.before_digest, digestOf(before.json()));
    assert.equal(last.after_digest, digestOf(res.json()));

    const empty = await patch('gkb', id, {});
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().code, 'VALIDATION_FAILED');
  });

  it('disables and re-enables an organisation; the public list leaves out disabled ones and their subtree', async () => {
    const id = await t.orgId('mudan');
    const publicCodes = async () => (await t.app.inject('/api/v1/public/orgs')).json().items.map((o: { code: string }) => o.code) as string[];
    assert.ok((await publicCodes()).includes('mudan'));

    const off = await patch('gkb', id, { status: 'disabled' });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal(off.json().status, 'disabled');
    assert.equal((await orgRow(id)).status, 'disabled');
    const disabledEntry = (await auditOf(id)).at(-1)!;
    assert.equal(disabledEntry.action, 'org.disable');
    assert.match(disabledEntry.summary, /状态 active → disabled/);

    const pub = await t.app.inject('/api/v1/public/orgs');
    const items: { code: string; parentCode: string | null }[] = pub.json().items;
    const codes = items.map((o) => o.code);
    assert.ok(!codes.includes('mudan'));
    // Nothing under a disabled organisation is offered either, and nothing dangles or poses as a root.
    assert.ok(!codes.some((c) => c.startsWith('mudan-')), codes.join(','));
    assert.deepEqual(items.filter((o) => o.parentCode === null).map((o) => o.code), ['heze']);
    for (const o of items) if (o.parentCode) assert.ok(codes.includes(o.parentCode), `${o.code} → ${o.parentCode}`);

    // Admins still see it (to re-enable it).
    const adminList = await as('gkb', { method: 'GET', url: '/api/v1/orgs' });
    assert.ok(adminList.json().items.some((o: OrgBody) => o.code === 'mudan' && o.status === 'disabled'));

    const on = await patch('gkb', id, { status: 'active' });
    assert.equal(on.statusCode, 200);
    assert.equal(on.json().status, 'active');
    assert.equal((await auditOf(id)).at(-1)!.action, 'org.enable');
    const back = await publicCodes();
    assert.ok(back.includes('mudan') && back.includes('mudan-czj'));
  });

  it('the top organisation cannot be moved or disabled, and an office admin cannot disable their own', async () => {
    const root = await t.orgId('heze');
    for (const [who, body] of [
      ['sysadmin', { status: 'disabled' }],
      ['sysadmin', { parentId: await t.orgId('caoxian') }],
      ['gkb', { status: 'disabled' }],
    ] as const) {
      const res = await patch(who, root, body);
      assert.equal(res.statusCode, 400, `${who} ${JSON.stringify(body)}`);
      assert.equal(res.json().detail, '顶级机构不能移动或停用');
    }
    assert.equal((await orgRow(root)).status, 'active');
    // Renaming it is fine.
    const rename = await patch('gkb', root, { shortName: '菏泽市政府门户' });
    assert.equal(rename.statusCode, 200);
    assert.equal(rename.json().shortName, '菏泽市政府门户');
  });

  it('moves an organisation with its subtree: paths rewritten, scope follows', async () => {
    // A small city-level subtree with a user at the bottom.
    const heze = await t.orgId('heze');
    const centre = await create('gkb', { parentId: heze, code: 'hz-sjzx', name: '菏泽市大数据中心', kind: 'institution', level: 'city' });
    assert.equal(centre.statusCode, 201, centre.body);
    const lab = await create('gkb', { parentId: centre.json().id, code: 'hz-sjzx-lab', name: '菏泽市大数据中心实验室', kind: 'institution', level: 'city' });
    assert.equal(lab.statusCode, 201, lab.body);
    const staff = await as('gkb', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'lab-handler', displayName: '实验室办理员', orgId: lab.json().id, roles: ['handler'] },
    });
    assert.equal(staff.statusCode, 201, staff.body);
    const visibleToCounty = async () =>
      (await as('caoxian-gkb', { method: 'GET', url: '/api/v1/users?q=lab-handler' })).json().items.map((u: { username: string }) => u.username);
    assert.deepEqual(await visibleToCounty(), []);

    const caoxian = await orgRow(await t.orgId('caoxian'));
    const res = await patch('gkb', centre.json().id, { parentId: caoxian.id });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().parentId, caoxian.id);

    const centreRow = await orgRow(centre.json().id);
    const labRow = await orgRow(lab.json().id);
    assert.equal(centreRow.path, `${caoxian.path}${centreRow.id}/`);
    assert.equal(labRow.path, `${caoxian.path}${centreRow.id}/${labRow.id}/`);
    assert.equal(labRow.parent_id, centreRow.id);
    // No row is left with the old prefix.
    const stale = await t.c.db.selectFrom('orgs').select('id').where('path', 'like', `/${heze}/${centreRow.id}/%`).execute();
    assert.equal(stale.length, 0);

    // The county office admin now supervises the moved subtree, its user included.
    assert.deepEqual(await visibleToCounty(), ['lab-handler']);
    const countyOrgs = (await as('caoxian-gkb', { method: 'GET', url: '/api/v1/orgs' })).json().items.map((o: OrgBody) => o.code);
    assert.ok(countyOrgs.includes('hz-sjzx') && countyOrgs.includes('hz-sjzx-lab'));
    const labUser = await as('caoxian-gkb', { method: 'PATCH', url: `/api/v1/users/${staff.json().user.id}`, payload: { displayName: '实验室办理员（曹县）' } });
    assert.equal(labUser.statusCode, 200, labUser.body);

    const entry = (await auditOf(centreRow.id)).at(-1)!;
    assert.equal(entry.action, 'org.update');
    assert.match(entry.summary, new RegExp(`上级机构 ${heze} → ${caoxian.id}`));

    // The public list follows the move.
    const pub = (await t.app.inject('/api/v1/public/orgs')).json().items;
    assert.equal(pub.find((o: { code: string }) => o.code === 'hz-sjzx').parentCode, 'caoxian');

    // And the county admin can move it back within the county only.
    const outOfCounty = await patch('caoxian-gkb', centreRow.id, { parentId: heze });
    assert.equal(outOfCounty.statusCode, 404);
    assert.equal((await orgRow(centreRow.id)).parent_id, caoxian.id);
  });

  it('refuses to move an organisation under itself or its own subtree', async () => {
    const centre = await orgRow(await t.orgId('hz-sjzx'));
    const lab = await orgRow(await t.orgId('hz-sjzx-lab'));
    const audits = await count('audit_entries');
    for (const target of [centre.id, lab.id]) {
      const res = await patch('sysadmin', centre.id, { parentId: target });
      assert.equal(res.statusCode, 400, `under ${target}`);
      assert.equal(res.json().code, 'VALIDATION_FAILED');
      assert.equal(res.json().detail, '不能把机构移到它自己或它的下级机构之下');
    }
    const unknown = await patch('sysadmin', centre.id, { parentId: 99999 });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'ORG_NOT_FOUND');
    assert.deepEqual(await orgRow(centre.id), centre);
    assert.deepEqual(await orgRow(lab.id), lab);
    assert.equal(await count('audit_entries'), audits);
  });

  it('a move and a failing change in one request roll back together', async () => {
    const centre = await orgRow(await t.orgId('hz-sjzx'));
    const lab = await orgRow(await t.orgId('hz-sjzx-lab'));
    // Moving back under the city while taking a code that exists: the path rewrite must not survive.
    const res = await patch('sysadmin', centre.id, { parentId: await t.orgId('heze'), code: 'hz-jyj' });
    assert.equal(res.statusCode, 409);
    assert.deepEqual(await orgRow(centre.id), centre);
    assert.deepEqual(await orgRow(lab.id), lab);
  });

  it('validates the create body in Chinese', async () => {
    const res = await create('gkb', { parentId: await t.orgId('heze'), code: '坏 编码', name: '新', kind: 'bureau', level: 'city' });
    assert.equal(res.statusCode, 400);
    const paths = res.json().errors.map((e: { path: string }) => e.path).sort();
    assert.deepEqual(paths, ['body.code', 'body.kind', 'body.name']);
    const messages = Object.fromEntries(res.json().errors.map((e: { path: string; message: string }) => [e.path, e.message]));
    assert.equal(messages['body.code'], '机构编码只能包含字母、数字和连字符');
    assert.equal(messages['body.name'], '名称至少2个字');
    assert.match(messages['body.kind'], /[\u4e00-\u9fff]/);
  });
});
