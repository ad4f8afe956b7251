import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { loadConfig, sqlitePath } from '../../src/config/config.js';
import { type Container, createContainer } from '../../src/container.js';
import { appEnv, cli } from '../support/cli.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';
import { TEST_ENGINE } from '../support/test-db.js';


/** A container on the same database, as a freshly started server (or CLI) would open it. */
async function withFreshContainer<T>(t: TestApp, fn: (c: Container) => Promise<T>): Promise<T> {
  const c = await createContainer(loadConfig(appEnv(t)));
  try {
    return await fn(c);
  } finally {
    await c.close();
  }
}

/** What the database holds: organisation codes, audit head and whether the chain verifies. */
async function fingerprint(c: Container) {
  const orgs = (await c.db.selectFrom('orgs').select('code').orderBy('code').execute()).map((o) => o.code);
  const head = await c.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
  const users = Number((await c.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const verify = await c.audit.verify(c.db);
  return { orgs, head, users, verifyOk: verify.ok, entries: verify.count };
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const chinese = /[\u4e00-\u9fff]/;

describe(`backup and restore (${TEST_ENGINE})`, () => {
  let t: TestApp;
  let sys: Session;
  let appClosed = false;
  let work: string;
  let seq = 0;

  async function createOrg(code: string) {
    return t.as(sys, {
      method: 'POST',
      url: '/api/v1/orgs',
      payload: { parentId: await t.orgId('heze'), code, name: `备份测试机构${code}`, kind: 'department', level: 'city' },
    });
  }

  /** Asserts a refused restore: non-zero, one Chinese message without English driver text or secrets, nothing changed. */
  async function assertRefused(file: string, message: RegExp) {
    const fileHashBefore = TEST_ENGINE === 'sqlite' ? sha256(sqlitePath(t.config.databaseUrl)) : null;
    const before = await fingerprint(t.c);
    const r = await cli(t, ['restore', file]);
    assert.notEqual(r.code, 0);
    assert.deepEqual(r.out, []);
    assert.equal(r.err.length, 1, r.err.join('\n'));
    assert.match(r.err[0], chinese);
    assert.match(r.err[0], message);
    assert.match(r.err[0], /未做(任何)?修改/);
    assert.doesNotMatch(r.err[0], /malformed|not a database|Command failed/i);
    const password = TEST_ENGINE === 'postgres' ? new URL(t.config.databaseUrl).password : '';
    if (password) assert.ok(!r.err[0].includes(`:${password}@`), 'the database password never appears in messages');
    assert.deepEqual(await fingerprint(t.c), before);
    if (fileHashBefore) assert.equal(sha256(sqlitePath(t.config.databaseUrl)), fileHashBefore);
    assert.equal((await createOrg(`refused-${++seq}`)).statusCode, 201, 'the app still works');
  }

  before(async () => {
    t = await buildTestApp();
    sys = await t.login('sysadmin');
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-backup-'));
  });
  after(async () => {
    if (!appClosed) {
      await t.app.close();
      await t.c.close();
    }
    await t.db.drop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('writes a backup while the app is serving requests', async () => {
    const file = path.join(work, 'sub', 'first.backup');
    const [r, ...writes] = await Promise.all([cli(t, ['backup', '--out', file]), ...Array.from({ length: 5 }, (_, i) => createOrg(`during-first-${i}`))]);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.match(r.out.join('\n'), new RegExp(`已备份到 ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}（\\d+ KB）`));
    assert.deepEqual(writes.map((w) => w.statusCode), Array(5).fill(201));
    const magic = fs.readFileSync(file).subarray(0, 16).toString('latin1');
    if (TEST_ENGINE === 'sqlite') assert.equal(magic, 'SQLite format 3\0');
    else assert.equal(magic.slice(0, 5), 'PGDMP');
    assert.ok(!fs.existsSync(`${file}.partial`));
  });

  it('refuses a missing file, a file of the other engine, garbage and a corrupt backup of the right kind, leaving the database untouched', async () => {
    await assertRefused(path.join(work, 'no-such.backup'), /备份文件不存在/);

    const garbage = path.join(work, 'garbage.bin');
    fs.writeFileSync(garbage, randomBytes(64 * 1024));
    await assertRefused(garbage, /备份文件类型（无法识别）与当前数据库（(sqlite|postgres)）不一致/);

    const empty = path.join(work, 'empty.bin');
    fs.writeFileSync(empty, '');
    await assertRefused(empty, /无法识别/);

    const otherKind = path.join(work, 'other-kind.backup');
    if (TEST_ENGINE === 'sqlite') {
      // Starts like a pg_dump custom-format archive.
      fs.writeFileSync(otherKind, Buffer.concat([Buffer.from('PGDMP'), randomBytes(4096)]));
      await assertRefused(otherKind, /备份文件类型（postgres）与当前数据库（sqlite）不一致/);
    } else {
      const db = new BetterSqlite3(otherKind);
      db.exec('create table kysely_migration(name text); create table audit_entries(id integer)');
      db.close();
      await assertRefused(otherKind, /备份文件类型（sqlite）与当前数据库（postgres）不一致/);
    }

    // A real backup cut short: right magic bytes, broken content.
    const full = path.join(work, 'sub', 'first.backup');
    const truncated = path.join(work, 'truncated.backup');
    const bytes = fs.readFileSync(full);
    fs.writeFileSync(truncated, bytes.subarray(0, Math.min(8192, Math.floor(bytes.length / 2))));
    await assertRefused(truncated, TEST_ENGINE === 'sqlite' ? /备份文件已损坏/ : /(已损坏|失败)/);

    // Right magic, garbage after it.
    const badMagic = path.join(work, 'bad-magic.backup');
    fs.writeFileSync(badMagic, Buffer.concat([Buffer.from(TEST_ENGINE === 'sqlite' ? 'SQLite format 3\0' : 'PGDMP'), randomBytes(8192)]));
    await assertRefused(badMagic, /已损坏/);

    // A well-formed database that is not this platform's.
    const foreign = path.join(work, 'foreign.backup');
    if (TEST_ENGINE === 'sqlite') {
      const db = new BetterSqlite3(foreign);
      db.exec("create table notes(x text); insert into notes values ('x')");
      db.close();
      await assertRefused(foreign, /不是本平台的数据库/);
    }
  });

  it('restores a backup taken while serving: later changes are gone, earlier data is back, and the audit chain verifies', async () => {
    assert.equal((await createOrg('before-backup')).statusCode, 201);
    const file = path.join(work, 'gongkai.backup');
    const [r, ...during] = await Promise.all([cli(t, ['backup', '--out', file]), ...Array.from({ length: 5 }, (_, i) => createOrg(`during-${i}`))]);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.deepEqual(during.map((w) => w.statusCode), Array(5).fill(201));

    assert.equal((await createOrg('after-backup')).statusCode, 201);
    const before = await fingerprint(t.c);
    assert.ok(before.orgs.includes('after-backup'));

    if (TEST_ENGINE === 'sqlite') {
      // Documented: stop the server before restoring a SQLite database.
      await t.app.close();
      await t.c.close();
      appClosed = true;
    }
    const rr = await cli(t, ['restore', file]);
    assert.equal(rr.code, 0, rr.err.join('\n'));
    assert.match(rr.out.join('\n'), /已从 .+ 恢复数据库/);

    await withFreshContainer(t, async (c) => {
      const now = await fingerprint(c);
      assert.equal(now.verifyOk, true, 'the restored audit chain verifies');
      assert.ok(!now.orgs.includes('after-backup'), 'the org created after the backup is gone');
      for (const code of ['heze', 'caoxian', 'hz-czj', 'before-backup', 'during-first-0', 'refused-1']) assert.ok(now.orgs.includes(code), code);
      assert.equal(now.users, before.users);
      assert.ok(now.entries < before.entries);
      // Orgs created while the backup ran are in it exactly when their audit entry is (one consistent snapshot).
      for (let i = 0; i < 5; i++) {
        const org = await c.orgs.findByCode(`during-${i}`);
        const entry = org && (await c.db.selectFrom('audit_entries').select('id').where('action', '=', 'org.create').where('entity_id', '=', String(org.id)).executeTakeFirst());
        assert.equal(Boolean(org), Boolean(entry), `during-${i}`);
      }
      // Users can log in again and the restored data is served.
      const afterOrg = await c.db.selectFrom('audit_entries').select('id').where('summary', 'like', '%after-backup%').executeTakeFirst();
      assert.equal(afterOrg, undefined);
      const cli2 = await cli(t, ['audit', 'verify']);
      assert.equal(cli2.code, 0, cli2.err.join('\n'));
      assert.deepEqual(cli2.out, [`审计链完整，共 ${now.entries} 条记录`]);
    });
  });

  it('the restored database accepts new changes and its chain continues', async () => {
    await withFreshContainer(t, async (c) => {
      const before = await fingerprint(c);
      const principal = { userId: 0, username: 'system', displayName: '系统', orgId: 0, orgCode: '', orgName: '', orgPath: '/', roles: ['sysadmin' as const], mustChangePassword: false, sessionId: '', csrfToken: '' };
      const heze = (await c.orgs.findByCode('heze'))!;
      await c.orgs.create(principal, { userId: null, name: '系统', orgId: null }, { parentId: heze.id, code: 'after-restore', name: '恢复后新建机构', kind: 'department', level: 'city' });
      const now = await fingerprint(c);
      assert.ok(now.orgs.includes('after-restore'));
      assert.equal(now.entries, before.entries + 1);
      assert.equal(now.verifyOk, true);
    });
  });
});
