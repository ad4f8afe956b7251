// Crash safety (issue #4): the server is killed with SIGKILL in the middle of a burst of online
// applications; after a restart every application that was acknowledged (201 with a tracking code) is
// in the database. An acknowledgement is only sent after the commit (SQLite synchronous=FULL).
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { idNumber } from '../support/documents.js';
import { type TestDatabase, createTestDatabase } from '../support/test-db.js';

const BURST = 400;
const CONCURRENCY = 16;

function startServer(db: TestDatabase, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, GONGKAI_DATA_DIR: db.dataDir, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', GONGKAI_REQUEST_SUBMITS_PER_HOUR: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    child.stdout!.on('data', (d: Buffer) => { if (d.toString().includes('已启动')) resolve(child); });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
}

/** A distinct applicant per submission (valid ID check digits), so no per-person limit or duplicate check applies. */
function application(i: number) {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
  return {
    to: 'hz-czj', delivery: 'electronic', description: `压力测试申请第${i}号：菏泽市财政局2025年度部门决算说明`,
    applicant: { type: 'natural', name: '测试申请人', idType: 'resident_id', idNumber: idNumber(`3717021970${month}${day}${String(i % 1000).padStart(3, '0')}`), phone: '13905300009' },
  };
}

describe('依申请公开 crash safety', () => {
  let db: TestDatabase;
  let server: ChildProcess | null = null;
  const port = 20000 + Math.floor(Math.random() * 20000);
  before(async () => { db = await createTestDatabase(); });
  after(async () => {
    server?.kill('SIGKILL');
    await db.drop();
  });

  it('every acknowledged submission survives a SIGKILL during a burst', { timeout: 120_000 }, async () => {
    server = await startServer(db, port);
    const acknowledged: string[] = [];
    let failed = 0;
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < BURST) {
        const i = next++;
        try {
          const r = await fetch(`http://127.0.0.1:${port}/api/v1/public/requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(application(i)) });
          if (r.status === 201) acknowledged.push(((await r.json()) as { trackingCode: string }).trackingCode);
          else failed += 1;
        } catch {
          failed += 1; // connection reset by the kill: not acknowledged, so nothing is promised
        }
        if (!killed && acknowledged.length >= 120) {
          killed = true;
          server!.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    assert.ok(killed, 'the server was killed mid-burst');
    assert.ok(acknowledged.length >= 120);
    assert.ok(failed > 0, 'some submissions were cut off by the kill');
    const dying = server;
    if (dying.exitCode === null && dying.signalCode === null) await new Promise((r) => dying.once('exit', r));

    server = await startServer(db, port);
    const { default: pg } = await import('pg');
    const { default: Sqlite } = await import('better-sqlite3');
    let stored: Set<string>;
    if (db.url.startsWith('postgres')) {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      stored = new Set((await c.query<{ tracking_code: string }>('select tracking_code from info_requests')).rows.map((r) => r.tracking_code));
      await c.end();
    } else {
      const s = new Sqlite(db.url.replace(/^sqlite:/, ''), { readonly: true });
      stored = new Set((s.prepare('select tracking_code from info_requests').all() as { tracking_code: string }[]).map((r) => r.tracking_code));
      s.close();
    }
    const lost = acknowledged.filter((c) => !stored.has(c));
    assert.deepEqual(lost, [], `${lost.length} acknowledged submissions lost`);
    // And the restarted server answers for them.
    const probe = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(probe.status, 200);
    server.kill('SIGTERM');
  });
});
