// The public page cache (modules/portal/page-cache.ts): a page is served without the database while
// nothing audited has committed, and is never stale after an audited change — from this process or
// from another one sharing the database (SQLite data_version, PostgreSQL LISTEN/NOTIFY).
import assert from 'node:assert/strict';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createContainer } from '../../src/container.js';
import { SYSTEM_ACTOR } from '../../src/platform/audit/index.js';
import { documentActions } from '../support/documents.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

const HTML = { accept: 'text/html' };
const titleOf = (html: string) => /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1];

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('public page cache', () => {
  let t: TestApp;
  const ids: number[] = [];
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { ...HTML, ...headers } });
  /** Changes a title behind the services' back: no audit entry, so no change signal. */
  const quietRename = (id: number, title: string) => sql`update documents set title = ${title} where id = ${id}`.execute(t.c.db);

  before(async () => {
    t = await buildTestApp();
    async function* lines() {
      for (const n of [1, 2, 3]) {
        yield JSON.stringify({ title: `缓存测试文件${n}`, org: 'hz-czj', writtenAt: '2026-02-02', publishedAt: '2026-02-03', body: `<p>第${n}件。</p>` });
      }
    }
    const summary = await t.c.publications.imports.importLines(SYSTEM_ACTOR, lines(), { baseDir: t.db.dataDir });
    assert.equal(summary.imported, 3);
    const rows = await t.c.db.selectFrom('documents').select('id').where('title', 'like', '缓存测试文件%').orderBy('id').execute();
    ids.push(...rows.map((r) => r.id as number));
    // PostgreSQL: the listening connection opens on first use; until it listens nothing is cached.
    await eventually(async () => t.c.changes.current(), (v) => v !== null);
  });
  after(() => t.close());

  it('serves a page again without reading the database, and a revisit with its ETag costs a 304', async () => {
    const url = `/xxgk/documents/${ids[0]}`;
    const first = await get(url);
    assert.equal(first.statusCode, 200);
    assert.equal(titleOf(first.body), '缓存测试文件1');
    await quietRename(ids[0], '未经审计的改名');
    const again = await get(url);
    assert.equal(titleOf(again.body), '缓存测试文件1', 'the second request must come from the cache');
    assert.equal(again.headers.etag, first.headers.etag);
    assert.equal(again.headers['content-security-policy'], first.headers['content-security-policy'], 'security headers on cached pages too');
    const revisit = await get(url, { 'if-none-match': String(first.headers.etag) });
    assert.equal(revisit.statusCode, 304);
    // The large-text page is a page of its own.
    const large = await get(url, { cookie: 'gk_text=large' });
    assert.equal(titleOf(large.body), '未经审计的改名');
    assert.notEqual(large.headers.etag, first.headers.etag);
  });

  it('an audited change in this process makes every cached page stale at once', async () => {
    const leader = documentActions(t);
    const url = `/xxgk/documents/${ids[1]}`;
    assert.equal((await get(url)).statusCode, 200);
    assert.equal((await get('/xxgk/documents')).body.includes('缓存测试文件2'), true);
    const r = await leader.withdraw(ids[1], '内容已过时');
    assert.equal(r.statusCode, 200, r.body);
    const after = await eventually(() => get(url), (x) => x.statusCode === 410);
    assert.equal(after.statusCode, 410);
    assert.match(after.body, /内容已过时/);
    const list = await get('/xxgk/documents');
    assert.equal(list.body.includes('缓存测试文件2'), false);
  });

  it('an audited change committed by another process sharing the database is seen too', async () => {
    const url = `/xxgk/documents/${ids[2]}`;
    assert.equal(titleOf((await get(url)).body), '缓存测试文件3');
    const other = await createContainer(t.config, { clock: t.clock });
    try {
      await other.db.transaction().execute(async (trx) => {
        await sql`update documents set title = ${'另一进程改过的标题'} where id = ${ids[2]}`.execute(trx);
        await other.audit.record(trx, SYSTEM_ACTOR, { action: 'document.update', entityType: 'document', entityId: ids[2], summary: '测试：另一进程修改标题' });
      });
    } finally {
      await other.close();
    }
    const page = await eventually(() => get(url), (x) => titleOf(x.body) === '另一进程改过的标题');
    assert.equal(titleOf(page.body), '另一进程改过的标题');
  });

  it('over real HTTP a hit is answered before Fastify with the same headers (security headers, ETag) and a fresh request id', async () => {
    const address = await t.app.listen({ host: '127.0.0.1', port: 0 }); // closed with the app in after()
    {
      const url = `${address}/xxgk/documents/${ids[2]}`;
      const first = await fetch(url, { headers: HTML });
      assert.equal(first.status, 200);
      const body = await first.text();
      await quietRename(ids[2], '快速通道未经审计的改名');
      const hit = await fetch(url, { headers: HTML });
      assert.equal(await hit.text(), body, 'served from the cache');
      for (const h of ['content-type', 'etag', 'cache-control', 'vary', 'content-security-policy', 'x-content-type-options']) {
        assert.equal(hit.headers.get(h), first.headers.get(h), h);
      }
      assert.ok(hit.headers.get('x-request-id'));
      assert.notEqual(hit.headers.get('x-request-id'), first.headers.get('x-request-id'));
      const revisit = await fetch(url, { headers: { ...HTML, 'if-none-match': first.headers.get('etag')! } });
      assert.equal(revisit.status, 304);
      // Browsers accept gzip: the hit is sent compressed (once, at store time), the same page.
      const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http.get(url, { headers: { ...HTML, 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) })).on('error', reject);
        }).on('error', reject);
      });
      assert.equal(raw.headers['content-encoding'], 'gzip');
      assert.match(String(raw.headers.vary), /Accept-Encoding/);
      assert.equal(gunzipSync(raw.body).toString(), body);
      assert.ok(raw.body.length < Buffer.byteLength(body) / 2);
      // A HEAD or a POST is never answered from the cache.
      assert.notEqual((await fetch(url, { method: 'POST' })).status, 200);
    }
  });

  it('keeps a page no longer than the time limit without changes (scheduled documents appear by the clock)', async () => {
    const url = `/xxgk/documents/${ids[0]}`;
    await quietRename(ids[0], '到期后重新读取');
    t.clock.advance(31_000);
    assert.equal(titleOf((await get(url)).body), '到期后重新读取');
  });
});
