import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { digestOf } from '../../src/platform/audit/index.js';
import { entryHash } from '../../src/platform/audit/chain.js';
import { cli } from '../support/cli.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

type Row = Record<string, any>;


describe('audit trail: same-transaction entries, hash chain, tamper detection, browsing', () => {
  let t: TestApp;
  let sys: Session;
  let gkb: Session;
  let editor: Session;
  let caoxian: Session;
  let seq = 0;

  const entries = (): Promise<Row[]> => t.c.db.selectFrom('audit_entries' as any).selectAll().orderBy('id').execute() as Promise<Row[]>;
  const head = async (): Promise<Row> => (await t.c.db.selectFrom('audit_head' as any).selectAll().executeTakeFirstOrThrow()) as Row;
  const entryCount = async (): Promise<number> => (await entries()).length;

  async function createOrg(s: Session, parentCode = 'heze', level = 'city', code = `audit-t${++seq}`) {
    return t.as(s, {
      method: 'POST',
      url: '/api/v1/orgs',
      payload: { parentId: await t.orgId(parentCode), code, name: `审计测试机构${code}`, kind: 'department', level },
    });
  }

  async function auditList(s: Session, query: string) {
    const res = await t.as(s, { method: 'GET', url: `/api/v1/audit${query}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: Row[]; total: number };
  }

  before(async () => {
    t = await buildTestApp();
    sys = await t.login('sysadmin');
    gkb = await t.login('gkb');
    editor = await t.login('editor');
    caoxian = await t.login('caoxian-gkb');
  });
  after(() => t.close());

  it('creating an org writes one entry with actor, org, action, entity, summary and after digest, linked to the previous entry', async () => {
    const before = await entries();
    const res = await createOrg(gkb, 'heze', 'city', 'audit-first');
    assert.equal(res.statusCode, 201, res.body);
    const org = res.json();
    const after = await entries();
    assert.equal(after.length, before.length + 1);
    const e = after[after.length - 1];
    const prev = before[before.length - 1];
    assert.equal(e.actor_id, gkb.userId);
    assert.equal(e.actor_name, '王公开（市政务公开办）');
    assert.equal(e.org_id, org.id);
    assert.equal(e.action, 'org.create');
    assert.equal(e.entity_type, 'org');
    assert.equal(e.entity_id, String(org.id));
    assert.equal(e.summary, '在“菏泽市人民政府”下新增机构“审计测试机构audit-first”（audit-first）');
    assert.equal(e.before_digest, null);
    assert.equal(e.after_digest, digestOf(org));
    assert.match(String(e.after_digest), /^[0-9a-f]{64}$/);
    assert.equal(e.request_id, res.headers['x-request-id']);
    assert.equal(e.occurred_at, t.clock.now().toISOString());
    assert.equal(e.prev_hash, prev.hash);
    const h = await head();
    assert.deepEqual({ last_id: h.last_id, last_hash: h.last_hash, entry_count: h.entry_count }, { last_id: e.id, last_hash: e.hash, entry_count: after.length });
  });

  it('a refused request writes no entry (duplicate code → 409)', async () => {
    const n = await entryCount();
    const res = await createOrg(gkb, 'heze', 'city', 'audit-first');
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(await entryCount(), n);
  });

  it('a failure after the entry was appended rolls back both the change and its entry', async () => {
    const n = await entryCount();
    const h0 = await head();
    const original = t.c.audit.record;
    t.c.audit.record = async (...args: Parameters<typeof original>) => {
      await original.apply(t.c.audit, args);
      throw new Error('simulated failure after the audit append');
    };
    try {
      const res = await createOrg(gkb, 'heze', 'city', 'audit-rolled-back');
      assert.equal(res.statusCode, 500);
    } finally {
      t.c.audit.record = original;
    }
    assert.equal(await t.c.orgs.findByCode('audit-rolled-back'), undefined);
    assert.equal(await entryCount(), n);
    assert.deepEqual(await head(), h0);
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });

  it('the chain verifies in the service and through POST /api/v1/audit/verify', async () => {
    const n = await entryCount();
    const r = await t.c.audit.verify(t.c.db);
    assert.deepEqual(r, { ok: true, count: n, firstBadId: null, message: `审计链完整，共 ${n} 条记录` });
    const res = await t.as(gkb, { method: 'POST', url: '/api/v1/audit/verify' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), r);
  });

  it('the CLI `gongkai audit verify` exits 0 on an intact chain', async () => {
    const n = await entryCount();
    const r = await cli(t, ['audit', 'verify']);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.deepEqual(r.out, [`审计链完整，共 ${n} 条记录`]);
    assert.deepEqual(r.err, []);
  });

  it('editing a middle entry is detected at that entry (service, API and CLI), and repairing it restores the chain', async () => {
    const all = await entries();
    const mid = all[Math.floor(all.length / 2)];
    await t.c.db.updateTable('audit_entries' as any).set({ summary: `${mid.summary}（已篡改）` } as any).where('id', '=', mid.id).execute();
    try {
      const r = await t.c.audit.verify(t.c.db);
      assert.equal(r.ok, false);
      assert.equal(r.firstBadId, mid.id);
      assert.equal(r.count, all.findIndex((e) => e.id === mid.id));
      assert.match(r.message, new RegExp(`第 ${mid.id} 条记录处断裂`));

      const res = await t.as(sys, { method: 'POST', url: '/api/v1/audit/verify' });
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().ok, false);
      assert.equal(res.json().firstBadId, mid.id);

      const c = await cli(t, ['audit', 'verify']);
      assert.notEqual(c.code, 0);
      assert.deepEqual(c.out, []);
      assert.equal(c.err.length, 1);
      assert.match(c.err[0], new RegExp(`第 ${mid.id} 条`));
    } finally {
      await t.c.db.updateTable('audit_entries' as any).set({ summary: mid.summary } as any).where('id', '=', mid.id).execute();
    }
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });

  it('changing a hashed field other than the summary (the actor) is detected too', async () => {
    const all = await entries();
    const e = all[3];
    await t.c.db.updateTable('audit_entries' as any).set({ actor_name: '他人' } as any).where('id', '=', e.id).execute();
    try {
      const r = await t.c.audit.verify(t.c.db);
      assert.equal(r.ok, false);
      assert.equal(r.firstBadId, e.id);
    } finally {
      await t.c.db.updateTable('audit_entries' as any).set({ actor_name: e.actor_name } as any).where('id', '=', e.id).execute();
    }
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });

  it('deleting a middle entry is detected at the entry after it', async () => {
    const all = await entries();
    const i = Math.floor(all.length / 3);
    const victim = all[i];
    const next = all[i + 1];
    await t.c.db.deleteFrom('audit_entries' as any).where('id', '=', victim.id).execute();
    try {
      const r = await t.c.audit.verify(t.c.db);
      assert.equal(r.ok, false);
      assert.equal(r.firstBadId, next.id);
      assert.match(r.message, new RegExp(`第 ${next.id} 条记录处断裂`));
      const c = await cli(t, ['audit', 'verify']);
      assert.equal(c.code, 1);
      assert.match(c.err.join('\n'), new RegExp(`第 ${next.id} 条`));
    } finally {
      await t.c.db.insertInto('audit_entries' as any).values(victim as any).execute();
    }
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });

  it('deleting the newest entry is detected through audit_head', async () => {
    const all = await entries();
    const newest = all[all.length - 1];
    await t.c.db.deleteFrom('audit_entries' as any).where('id', '=', newest.id).execute();
    try {
      const r = await t.c.audit.verify(t.c.db);
      assert.equal(r.ok, false);
      assert.equal(r.count, all.length - 1);
      assert.equal(r.firstBadId, newest.id);
      assert.match(r.message, /末尾不完整/);
      assert.match(r.message, new RegExp(`应有 ${all.length} 条记录（最新为第 ${newest.id} 条），实有 ${all.length - 1} 条`));
      const c = await cli(t, ['audit', 'verify']);
      assert.equal(c.code, 1);
      assert.match(c.err.join('\n'), new RegExp(`第 ${newest.id} 条`));
    } finally {
      await t.c.db.insertInto('audit_entries' as any).values(newest as any).execute();
    }
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });

  it('a correctly hashed entry appended behind the chain head is detected and named', async () => {
    const all = await entries();
    const last = all[all.length - 1];
    const { id: _id, hash: _hash, ...fields } = last;
    const forgedFields = { ...fields, prev_hash: last.hash, summary: '伪造的记录' };
    const forged = (await t.c.db
      .insertInto('audit_entries' as any)
      .values({ ...forgedFields, hash: entryHash(forgedFields as any) } as any)
      .returning('id' as any)
      .executeTakeFirstOrThrow()) as Row;
    try {
      const r = await t.c.audit.verify(t.c.db);
      assert.equal(r.ok, false);
      assert.equal(r.firstBadId, forged.id);
      assert.match(r.message, new RegExp(`第 ${forged.id} 条`));
    } finally {
      await t.c.db.deleteFrom('audit_entries' as any).where('id', '=', forged.id).execute();
    }
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });

  it('replacing the newest entry with a re-hashed one is detected through audit_head', async () => {
    const all = await entries();
    const last = all[all.length - 1];
    const { id: _id, hash: _hash, ...fields } = last;
    const rewritten = { ...fields, summary: '改写的最新记录' };
    await t.c.db.updateTable('audit_entries' as any).set({ summary: rewritten.summary, hash: entryHash(rewritten as any) } as any).where('id', '=', last.id).execute();
    try {
      const r = await t.c.audit.verify(t.c.db);
      assert.equal(r.ok, false);
      assert.equal(r.firstBadId, last.id);
      assert.match(r.message, new RegExp(`第 ${last.id} 条`));
    } finally {
      await t.c.db.updateTable('audit_entries' as any).set({ summary: last.summary, hash: last.hash } as any).where('id', '=', last.id).execute();
    }
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });

  it('deleting the chain head itself is detected', async () => {
    const h = await head();
    await t.c.db.deleteFrom('audit_head' as any).execute();
    try {
      const r = await t.c.audit.verify(t.c.db);
      assert.equal(r.ok, false);
      assert.match(r.message, /audit_head/);
      assert.match(r.message, /缺失/);
      const c = await cli(t, ['audit', 'verify']);
      assert.equal(c.code, 1);
    } finally {
      await t.c.db.insertInto('audit_head' as any).values(h as any).execute();
    }
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });

  it('GET /api/v1/audit filters by action prefix and actor, newest first, with pagination', async () => {
    assert.equal((await createOrg(sys)).statusCode, 201);
    assert.equal((await createOrg(gkb)).statusCode, 201);

    const orgCreates = await auditList(sys, '?action=org.&pageSize=200');
    const dbOrgCreates = (await entries()).filter((e) => e.action.startsWith('org.'));
    assert.equal(orgCreates.total, dbOrgCreates.length);
    assert.deepEqual(orgCreates.items.map((i) => i.id), dbOrgCreates.map((e) => e.id).reverse());
    assert.ok(orgCreates.items.every((i) => i.action.startsWith('org.')));

    const logins = await auditList(sys, '?action=session.login&pageSize=200');
    assert.ok(logins.items.length >= 4);
    assert.ok(logins.items.every((i) => i.action === 'session.login'));

    const byGkb = await auditList(sys, `?actor=${encodeURIComponent('王公开')}&action=org.create&pageSize=200`);
    const dbByGkb = (await entries()).filter((e) => e.actor_id === gkb.userId && e.action === 'org.create');
    assert.deepEqual(byGkb.items.map((i) => i.id), dbByGkb.map((e) => e.id).reverse());
    assert.ok(byGkb.items.every((i) => i.actorName === '王公开（市政务公开办）'));
    const newest = byGkb.items[0];
    const row = (await entries()).find((e) => e.id === newest.id)!;
    const createdOrg = (await t.c.orgs.findById(Number(row.entity_id)))!;
    assert.deepEqual(newest, {
      id: row.id,
      occurredAt: '2026-03-02T09:00:00+08:00',
      actorName: row.actor_name,
      orgName: createdOrg.name,
      action: 'org.create',
      entityType: 'org',
      entityId: row.entity_id,
      summary: row.summary,
      beforeDigest: null,
      afterDigest: row.after_digest,
      hash: row.hash,
    });

    const all = await auditList(sys, '?pageSize=200');
    assert.equal(all.total, await entryCount());
    const p1 = await auditList(sys, '?pageSize=5&page=1');
    const p2 = await auditList(sys, '?pageSize=5&page=2');
    assert.equal(p1.total, all.total);
    assert.deepEqual(p1.items.map((i) => i.id), all.items.slice(0, 5).map((i) => i.id));
    assert.deepEqual(p2.items.map((i) => i.id), all.items.slice(5, 10).map((i) => i.id));
    const beyond = await auditList(sys, `?pageSize=200&page=${Math.ceil(all.total / 200) + 1}`);
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, all.total);
  });

  it('an action filter containing an underscore matches literally', async () => {
    // user.password_reset and the like: `_` must not be dropped nor act as a wildcard.
    await t.c.db.transaction().execute((trx) =>
      t.c.audit.record(trx, { userId: null, name: '系统', orgId: null }, { action: 'test.a_b', entityType: 'test', entityId: 1, summary: '下划线动作' }),
    );
    await t.c.db.transaction().execute((trx) =>
      t.c.audit.record(trx, { userId: null, name: '系统', orgId: null }, { action: 'test.axb', entityType: 'test', entityId: 2, summary: '相似动作' }),
    );
    const r = await auditList(sys, '?action=test.a_b');
    assert.deepEqual(r.items.map((i) => i.action), ['test.a_b']);
    const pct = await auditList(sys, '?action=test.%25');
    assert.equal(pct.total, 0);
  });

  it('an office admin of a county sees only entries about their subtree', async () => {
    const res = await createOrg(caoxian, 'caoxian', 'county', 'caoxian-audit');
    assert.equal(res.statusCode, 201, res.body);
    const mine = await auditList(caoxian, '?pageSize=200');
    const caoxianPath = (await t.c.orgs.findByCode('caoxian'))!.path;
    const orgs = await t.c.db.selectFrom('orgs' as any).select(['id', 'path'] as any).execute() as Row[];
    const pathOf = new Map(orgs.map((o) => [o.id, o.path as string]));
    const expected = (await entries()).filter((e) => e.org_id !== null && pathOf.get(e.org_id)!.startsWith(caoxianPath)).map((e) => e.id).reverse();
    assert.ok(expected.length >= 3, 'caoxian has its own entries (org creations, its admin, the login)');
    assert.equal(mine.total, expected.length);
    assert.deepEqual(mine.items.map((i) => i.id), expected);
    assert.ok(mine.items.some((i) => i.entityId === String(res.json().id) && i.action === 'org.create'));
    // Nothing about the city level or other counties, and no system entries.
    const all = await auditList(sys, '?pageSize=200');
    assert.ok(all.total > mine.total);
    assert.ok(!mine.items.some((i) => i.orgName === '菏泽市人民政府' || i.orgName === null || /牡丹区/.test(i.orgName)));

    const cityAdmin = await auditList(gkb, '?pageSize=200');
    assert.ok(cityAdmin.items.some((i) => i.entityId === String(res.json().id)), 'the city office admin supervises caoxian');
    assert.ok(!cityAdmin.items.some((i) => i.orgName === null), 'system entries are for the sysadmin only');
  });

  it('an editor may neither browse nor verify the audit trail (403)', async () => {
    const list = await t.as(editor, { method: 'GET', url: '/api/v1/audit' });
    assert.equal(list.statusCode, 403);
    assert.match(String(list.headers['content-type']), /application\/problem\+json/);
    const verify = await t.as(editor, { method: 'POST', url: '/api/v1/audit/verify' });
    assert.equal(verify.statusCode, 403);
    const anon = await t.as(null, { method: 'GET', url: '/api/v1/audit' });
    assert.equal(anon.statusCode, 401);
  });

  it('GET /api/v1/audit filters by date range in Asia/Shanghai days', async () => {
    try {
      t.clock.set('2026-03-05T23:30:00+08:00');
      const s = await t.login('sysadmin');
      const late = await createOrg(s, 'heze', 'city', 'audit-day5');
      assert.equal(late.statusCode, 201, late.body);
      t.clock.set('2026-03-06T00:30:00+08:00'); // still 2026-03-05 in UTC (and in New York)
      const early = await createOrg(s, 'heze', 'city', 'audit-day6');
      assert.equal(early.statusCode, 201, early.body);

      const day5 = await auditList(s, '?from=2026-03-05&to=2026-03-05&action=org.create');
      assert.deepEqual(day5.items.map((i) => i.entityId), [String(late.json().id)]);
      assert.equal(day5.items[0].occurredAt, '2026-03-05T23:30:00+08:00');
      const day6 = await auditList(s, '?from=2026-03-06&action=org.create');
      assert.deepEqual(day6.items.map((i) => i.entityId), [String(early.json().id)]);
      assert.equal(day6.items[0].occurredAt, '2026-03-06T00:30:00+08:00');
      const both = await auditList(s, '?from=2026-03-03&to=2026-03-06&action=org.create');
      assert.equal(both.total, 2);
      const upTo2 = await auditList(s, '?to=2026-03-02&pageSize=200');
      assert.ok(upTo2.items.every((i) => i.occurredAt.startsWith('2026-03-02')));
      assert.ok(!upTo2.items.some((i) => i.entityId === String(late.json().id)));
      assert.equal(upTo2.total + (await auditList(s, '?from=2026-03-03')).total, (await auditList(s, '')).total);

      const bad = await t.as(s, { method: 'GET', url: '/api/v1/audit?from=2026-3-5' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().detail, /日期格式应为 YYYY-MM-DD/);
    } finally {
      t.clock.set('2026-03-02T10:00:00+08:00');
    }
  });

  it('20 parallel org creations all succeed and the chain still verifies (appends are serialised)', async () => {
    const n = await entryCount();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => createOrg(sys, 'heze', 'city', `audit-par-${i}`)));
    assert.deepEqual(results.map((r) => r.statusCode), Array(20).fill(201));
    const after = await entries();
    assert.equal(after.length, n + 20);
    const ids = new Set(results.map((r) => String(r.json().id)));
    assert.equal(after.filter((e) => e.action === 'org.create' && ids.has(e.entity_id)).length, 20);
    // Each entry links to the one before it: no two appends read the same head.
    assert.equal(new Set(after.map((e) => e.prev_hash)).size, after.length);
    const r = await t.c.audit.verify(t.c.db);
    assert.deepEqual(r, { ok: true, count: n + 20, firstBadId: null, message: `审计链完整，共 ${n + 20} 条记录` });
    assert.equal((await head()).entry_count, n + 20);
  });

  it('verification running while entries are appended never reports a false break', async () => {
    const writes = Array.from({ length: 15 }, (_, i) => createOrg(sys, 'heze', 'city', `audit-race-${i}`));
    const checks = Array.from({ length: 15 }, () => t.as(sys, { method: 'POST', url: '/api/v1/audit/verify' }));
    const [w, v] = await Promise.all([Promise.all(writes), Promise.all(checks)]);
    assert.deepEqual(w.map((r) => r.statusCode), Array(15).fill(201));
    for (const r of v) assert.equal(r.json().ok, true, r.body);
    assert.equal((await t.c.audit.verify(t.c.db)).ok, true);
  });
});
