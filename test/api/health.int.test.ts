import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, buildTestApp } from '../support/test-app.js';
import { TEST_ENGINE } from '../support/test-db.js';

describe('health, OpenAPI and public organisations', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  it('GET /healthz answers ok with the engine in use', async () => {
    const res = await t.app.inject('/healthz');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok', db: TEST_ENGINE });
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.ok(res.headers['x-request-id']);
  });

  it('GET /openapi.json describes the API from the zod schemas', async () => {
    const res = await t.app.inject('/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.equal(doc.openapi, '3.0.3');
    assert.ok(doc.paths['/api/v1/session'].post.requestBody);
    const userBody = doc.paths['/api/v1/users'].post.requestBody.content['application/json'].schema;
    assert.deepEqual(userBody.required.sort(), ['displayName', 'orgId', 'roles', 'username']);
    assert.ok(doc.paths['/api/v1/public/orgs'].get);
  });

  it('GET /api/v1/public/orgs lists the demo government with parent codes', async () => {
    const res = await t.app.inject('/api/v1/public/orgs');
    assert.equal(res.statusCode, 200);
    const items: { code: string; name: string; level: string; parentCode: string | null; kind: string }[] = res.json().items;
    const root = items.find((o) => o.code === 'heze');
    assert.deepEqual(root && { name: root.name, parentCode: root.parentCode, level: root.level }, { name: '菏泽市人民政府', parentCode: null, level: 'city' });
    const depts = items.filter((o) => o.parentCode === 'heze' && o.kind === 'department');
    assert.ok(depts.length >= 8, `expected 8+ city departments, got ${depts.length}`);
    for (const n of ['菏泽市财政局', '菏泽市发展和改革委员会', '菏泽市教育局', '菏泽市卫生健康委员会', '菏泽市生态环境局', '菏泽市住房和城乡建设局', '菏泽市人力资源和社会保障局', '菏泽市行政审批服务局']) {
      assert.ok(depts.some((d) => d.name === n), n);
    }
    const counties = items.filter((o) => o.parentCode === 'heze' && o.level === 'county');
    assert.equal(counties.length, 2);
    for (const county of counties) assert.ok(items.some((o) => o.parentCode === county.code && o.kind === 'department'));
  });

  it('unknown API paths are problem+json 404, unknown pages a Chinese HTML page', async () => {
    const api = await t.app.inject('/api/v1/nothing-here');
    assert.equal(api.statusCode, 404);
    assert.match(String(api.headers['content-type']), /application\/problem\+json/);
    assert.equal(api.json().code, 'NOT_FOUND');
    const page = await t.app.inject({ url: '/no-such-page', headers: { accept: 'text/html' } });
    assert.equal(page.statusCode, 404);
    assert.match(String(page.headers['content-type']), /text\/html/);
    assert.match(page.body, /页面不存在/);
    assert.match(page.body, /<html lang="zh-CN"/);
  });
});
