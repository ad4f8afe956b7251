import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

describe('政府信息公开指南 (条例第十二条)', () => {
  let t: TestApp;
  const s: Record<string, Session> = {};
  const as = async (u: string, o: Parameters<TestApp['as']>[1]) => t.as((s[u] ??= await t.login(u)), o);
  const guide = { officeName: '菏泽市人民政府办公室政务公开科', address: '菏泽市中华路1号', postcode: '274000', hours: '工作日 9:00-12:00, 13:30-17:30', phone: '0530-5310000', fax: '0530-5310001', email: 'zwgk@heze.example.cn', website: 'https://www.heze.gov.cn', guideHtml: '<h2>一、信息分类</h2><p>按主题分类编排。<script>alert(1)</script></p>', rulesHtml: '<p>本机关保密审查制度。</p>' };
  before(async () => {
    t = await buildTestApp();
  });
  after(() => t.close());

  it('before it is written, the public page shows the platform-defined guide and says contacts are missing', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/xxgk/guide/heze' });
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /菏泽市人民政府政府信息公开指南/);
    assert.match(r.body, /尚未填写政府信息公开工作机构的联系方式/);
    assert.match(r.body, /20个工作日内公开/);
    assert.equal((await t.app.inject({ method: 'GET', url: '/xxgk/guide/no-such' })).statusCode, 404);
  });

  it('the office admin writes it (sanitised, audited); the page shows the contacts table; others are refused', async () => {
    const heze = await t.orgId('heze');
    const editor = await as('editor', { method: 'PUT', url: `/api/v1/guides/${heze}`, payload: guide });
    assert.equal(editor.statusCode, 403);
    const other = await as('caoxian-gkb', { method: 'PUT', url: `/api/v1/guides/${heze}`, payload: guide });
    assert.equal(other.statusCode, 404, 'outside the county office scope');
    const bad = await as('gkb', { method: 'PUT', url: `/api/v1/guides/${heze}`, payload: { ...guide, postcode: '2740', website: 'ftp://x' } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().detail, /邮政编码为6位数字/);
    const ok = await as('gkb', { method: 'PUT', url: `/api/v1/guides/${heze}`, payload: guide });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.doesNotMatch(ok.json().guideHtml, /script/);
    const page = await t.app.inject({ method: 'GET', url: '/xxgk/guide/heze' });
    assert.match(page.body, /<th scope="row">办公地址<\/th><td>菏泽市中华路1号（邮编 274000）<\/td>/);
    assert.match(page.body, /0530-5310000/);
    assert.match(page.body, /本机关保密审查制度/);
    assert.doesNotMatch(page.body, /alert\(1\)/);
    const audit = await t.c.db.selectFrom('audit_entries').select('action').where('action', '=', 'guide.update').execute();
    assert.equal(audit.length, 1);
    const home = await t.app.inject({ method: 'GET', url: '/xxgk/' });
    assert.match(home.body, /href="\/xxgk\/guide\/heze"/);
  });
});
