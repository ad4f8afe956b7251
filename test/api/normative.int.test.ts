// 规范性文件: relations (修改/废止 marked on the original when the newer document is published), the register
// with 有效期 and the expiry job, 清理 campaigns and their public pages; scope and role refusals.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DocumentRelations } from '../../src/modules/publications/normative/index.js';
import { BASE_DOC, documentActions } from '../support/documents.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

const HTML = { accept: 'text/html' };
const HOSTILE = '<b>关于“清理”&的通知</b>';

describe('规范性文件: relations, validity, register, expiry and 清理', () => {
  let t: TestApp;
  let d: ReturnType<typeof documentActions>;
  const normative = (title: string, extra: Record<string, unknown> = {}) =>
    d.publishAll({ title, isNormative: true, validity: 'effective', genre: '规范性文件', docNumber: null, ...extra }) as Promise<{ id: number; title: string }>;
  const events = async (id: number) => (await d.as('editor', { method: 'GET', url: `/api/v1/documents/${id}/events` })).json().items as { action: string; note: string | null }[];
  const audit = (id: number) => t.c.db.selectFrom('audit_entries').select(['action', 'summary']).where('entity_type', '=', 'document').where('entity_id', '=', String(id)).orderBy('id').execute();
  /** Drafts, reviews and publishes as one user (a sysadmin may act for any organisation). */
  const publishAs = async (user: string, payload: Record<string, unknown>) => {
    const c = await d.as(user, { method: 'POST', url: '/api/v1/documents', payload: { ...BASE_DOC, ...payload } });
    const id = c.json().id as number;
    for (const [url, body] of [['submit', {}], ['review', { decision: 'approve', opinion: '同意' }], ['publish', {}]] as const) {
      const r = await d.as(user, { method: 'POST', url: `/api/v1/documents/${id}/${url}`, payload: body });
      assert.equal(r.statusCode, 200, r.body);
    }
    return { id };
  };
  const validityOf = async (id: number) => (await d.as('editor', { method: 'GET', url: `/api/v1/documents/${id}` })).json().validity as string | null;

  before(async () => {
    t = await buildTestApp({ config: { sessionHours: 24 * 365 } }); // the expiry test moves the clock by days
    d = documentActions(t);
  });
  after(() => t.close());

  it('a published repealing document marks the original 已废止: event, audit and the search facet on the original', async () => {
    const old = await normative('菏泽市财政局关于加强行政事业性收费管理的暂行办法');
    const facet = async () => (await t.app.inject({ method: 'GET', url: `/api/v1/public/documents?q=${encodeURIComponent('行政事业性收费管理')}` })).json().facets.validity as { value: string; count: number }[];
    assert.deepEqual((await facet()).map((f) => f.value), ['effective']);

    const repealer = await d.create({ title: '菏泽市财政局关于废止部分规范性文件的决定', isNormative: true, validity: 'effective' });
    const put = await d.as('editor', { method: 'PUT', url: `/api/v1/documents/${repealer.id}/relations`, payload: { relations: [{ relatedDocumentId: old.id, kind: 'repeals' }] } });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal(put.json().outgoing[0].label, '废止');
    assert.equal(put.json().outgoing[0].appliedAt, null);
    assert.equal(await validityOf(old.id), 'effective', 'a draft changes nothing yet');

    for (const step of [() => d.submit(repealer.id), () => d.approve(repealer.id), () => d.publish(repealer.id)]) assert.equal((await step()).statusCode, 200);
    assert.equal(await validityOf(old.id), 'repealed');
    const ev = (await events(old.id)).find((e) => e.action === 'validity');
    assert.ok(ev, 'an event on the original');
    assert.match(ev.note!, /^《菏泽市财政局关于废止部分规范性文件的决定》（菏财字〔2026〕3号）废止本文件$/);
    assert.ok((await audit(old.id)).some((a) => a.action === 'document.validity' && a.summary.includes('已废止')));
    assert.deepEqual((await facet()).map((f) => f.value), ['repealed']);

    // Both directions, with titles, for the document page.
    const rel = await t.c.publications.normative.relationsFor(old.id);
    assert.deepEqual(rel.map((r) => [r.direction, r.label, r.id]), [['incoming', '被废止', repealer.id]]);
    const section = renderToStaticMarkup(createElement(DocumentRelations, { relations: rel }));
    assert.ok(section.includes(`本文件已被废止：<a href="/xxgk/documents/${repealer.id}">《菏泽市财政局关于废止部分规范性文件的决定》</a>`), section);
    const back = (await d.as('editor', { method: 'GET', url: `/api/v1/documents/${repealer.id}/relations` })).json();
    assert.ok(back.outgoing[0].appliedAt);
    assert.equal(back.outgoing[0].document.validity, 'repealed');
  });

  it('a relation set on a document already public acts at once; 修改 gives 已修改 and never revives a repealed one', async () => {
    const a = await normative('菏泽市财政局政府采购管理暂行办法');
    const amender = await normative('菏泽市财政局关于修改政府采购管理暂行办法的决定');
    const r = await d.as('editor', { method: 'PUT', url: `/api/v1/documents/${amender.id}/relations`, payload: { relations: [{ relatedDocumentId: a.id, kind: 'amends' }] } });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(await validityOf(a.id), 'amended');
    assert.equal(r.json().outgoing[0].document.validityLabel, '已修改');
    const evs = (await events(a.id)).filter((e) => e.action === 'validity');
    // Saving the same relations again writes no second change.
    await d.as('editor', { method: 'PUT', url: `/api/v1/documents/${amender.id}/relations`, payload: { relations: [{ relatedDocumentId: a.id, kind: 'amends' }] } });
    assert.equal((await events(a.id)).filter((e) => e.action === 'validity').length, evs.length);
  });

  it('a 定时发布 repealing document acts when its time comes (the job), not at 签发', async () => {
    const old = await normative('菏泽市财政局关于票据管理的暂行规定');
    const repealer = await d.create({ title: '菏泽市财政局关于废止票据管理暂行规定的决定', docNumber: null });
    await d.as('editor', { method: 'PUT', url: `/api/v1/documents/${repealer.id}/relations`, payload: { relations: [{ relatedDocumentId: old.id, kind: 'repeals' }] } });
    await d.submit(repealer.id);
    await d.approve(repealer.id);
    const at = new Date(t.clock.now().getTime() + 3600_000).toISOString();
    assert.equal((await d.publish(repealer.id, at)).statusCode, 200);
    assert.equal(await validityOf(old.id), 'effective');
    t.clock.advance(2 * 3600_000);
    await t.c.publications.workflow.publishDue();
    const run = await t.c.publications.normative.expireDue();
    assert.equal(run.relationEffects, 1);
    assert.equal(await validityOf(old.id), 'repealed');
    assert.equal((await t.c.publications.normative.expireDue()).relationEffects, 0);
  });

  it('refuses relations to itself, to unpublished documents and duplicates; wrong role 403, other scope 404', async () => {
    const pub = await normative('菏泽市财政局关于规范财政资金管理的通知');
    const draft = await d.create({ title: '菏泽市财政局某草稿文件' });
    const put = (user: string, id: number, relations: unknown[]) => d.as(user, { method: 'PUT', url: `/api/v1/documents/${id}/relations`, payload: { relations } });
    const self = await put('editor', pub.id, [{ relatedDocumentId: pub.id, kind: 'amends' }]);
    assert.equal(self.statusCode, 400);
    assert.match(self.json().detail, /自身/);
    const unpublished = await put('editor', pub.id, [{ relatedDocumentId: draft.id, kind: 'repeals' }]);
    assert.equal(unpublished.statusCode, 400);
    assert.match(unpublished.json().detail, /尚未公开/);
    const dup = await put('editor', draft.id, [{ relatedDocumentId: pub.id, kind: 'amends' }, { relatedDocumentId: pub.id, kind: 'repeals' }]);
    assert.equal(dup.statusCode, 400);
    const kind = await put('editor', draft.id, [{ relatedDocumentId: pub.id, kind: 'replaces' }]);
    assert.equal(kind.statusCode, 400);
    // A department cannot repeal the city government office's document; it may interpret it.
    const bgsDoc = await publishAs('sysadmin', { orgId: await t.orgId('hz-bgs'), title: '菏泽市人民政府办公室关于加强财政管理的意见', docNumber: null });
    const upward = await put('editor', draft.id, [{ relatedDocumentId: bgsDoc.id, kind: 'repeals' }]);
    assert.equal(upward.statusCode, 400);
    assert.match(upward.json().detail, /不是本机关或下级机关制发的文件/);
    assert.equal((await put('editor', draft.id, [{ relatedDocumentId: bgsDoc.id, kind: 'interprets' }])).statusCode, 200);
    assert.equal((await put('reviewer', draft.id, [])).statusCode, 403);
    assert.equal((await put('caoxian-gkb', draft.id, [])).statusCode, 404);
    assert.equal((await d.as('caoxian-gkb', { method: 'GET', url: `/api/v1/documents/${pub.id}/relations` })).statusCode, 404);
  });

  it('expiry: past its 有效期 a document reads 已失效 at once, and the job writes it with an event', async () => {
    const doc = await normative('菏泽市财政局关于阶段性减免有关费用的通知', { validFrom: '2026-01-01', validTo: '2026-03-10' });
    const register = async (validity: string) => (await d.as('gkb', { method: 'GET', url: `/api/v1/normative/documents?validity=${validity}&orgId=${await t.orgId('hz-czj')}` })).json();
    assert.ok((await register('current')).items.some((i: { id: number }) => i.id === doc.id));
    t.clock.set('2026-03-11T08:00:00+08:00');
    const expired = await register('expired');
    const row = expired.items.find((i: { id: number }) => i.id === doc.id);
    assert.equal(row.validity, 'expired', 'computed before the job ran');
    assert.equal(row.validTo, '2026-03-10');
    assert.ok(!(await register('current')).items.some((i: { id: number }) => i.id === doc.id));
    assert.equal(await validityOf(doc.id), 'effective');
    const run = await t.c.publications.normative.expireDue();
    assert.ok(run.expired >= 1);
    assert.equal(await validityOf(doc.id), 'expired');
    assert.match((await events(doc.id)).find((e) => e.action === 'validity')!.note!, /有效期已于 2026-03-10 届满/);
    assert.equal((await t.c.publications.normative.expireDue()).expired, 0, 'idempotent');
  });

  it('清理: drafted with items, published by the 政务公开办; results become 有效性 and the public pages show them', async () => {
    const keep = await normative('菏泽市财政局预算绩效管理办法');
    const repeal = await normative('菏泽市财政局关于印发会计人员管理规定的通知');
    const expire = await normative('菏泽市财政局专项资金管理暂行规定');
    const amend = await normative(HOSTILE);
    const orgId = await t.orgId('heze');
    const created = await d.as('gkb', { method: 'POST', url: '/api/v1/normative/cleanups', payload: { orgId, title: '2026年行政规范性文件清理结果', basis: '根据《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》', cleanupDate: '2026-03-01' } });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    const items = [
      { documentId: keep.id, result: 'keep' }, { documentId: repeal.id, result: 'repeal', note: '已被新规定代替' },
      { documentId: expire.id, result: 'expire' }, { documentId: amend.id, result: 'amend' },
    ];
    const notNormative = await d.publishAll({ title: '菏泽市财政局一般性通知' });
    const bad = await d.as('gkb', { method: 'PUT', url: `/api/v1/normative/cleanups/${id}/items`, payload: { items: [...items, { documentId: notNormative.id, result: 'keep' }] } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().detail, /第5项.*不是规范性文件/);
    assert.equal((await d.as('editor', { method: 'PUT', url: `/api/v1/normative/cleanups/${id}/items`, payload: { items } })).statusCode, 404, 'the city campaign is outside a department editor\'s scope');
    const put = await d.as('gkb', { method: 'PUT', url: `/api/v1/normative/cleanups/${id}/items`, payload: { items } });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json().counts, { keep: 1, amend: 1, repeal: 1, expire: 1 });

    assert.equal((await d.as('editor', { method: 'POST', url: `/api/v1/normative/cleanups/${id}/publish` })).statusCode, 403, 'an editor does not publish results');
    assert.equal((await d.as('caoxian-gkb', { method: 'POST', url: `/api/v1/normative/cleanups/${id}/publish` })).statusCode, 404, 'out of scope');
    assert.equal((await t.app.inject({ method: 'GET', url: `/xxgk/normative/cleanups/${id}`, headers: HTML })).statusCode, 404, 'a draft is not public');

    const pub = await d.as('gkb', { method: 'POST', url: `/api/v1/normative/cleanups/${id}/publish` });
    assert.equal(pub.statusCode, 200, pub.body);
    assert.equal(pub.json().status, 'published');
    assert.deepEqual([await validityOf(keep.id), await validityOf(repeal.id), await validityOf(expire.id), await validityOf(amend.id)], ['effective', 'repealed', 'expired', 'amended']);
    assert.match((await events(repeal.id)).find((e) => e.action === 'validity')!.note!, /2026年行政规范性文件清理结果：废止（已被新规定代替）/);
    const cleanupAudit = await t.c.db.selectFrom('audit_entries').select('action').where('entity_type', '=', 'normative_cleanup').where('entity_id', '=', String(id)).orderBy('id').execute();
    assert.deepEqual(cleanupAudit.map((a) => a.action), ['normative.cleanup.create', 'normative.cleanup.items', 'normative.cleanup.publish']);
    const again = await d.as('gkb', { method: 'PUT', url: `/api/v1/normative/cleanups/${id}/items`, payload: { items: [] } });
    assert.equal(again.statusCode, 409);

    const page = await t.app.inject({ method: 'GET', url: `/xxgk/normative/cleanups/${id}`, headers: HTML });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<caption>清理结果目录<\/caption>/);
    assert.match(page.body, /<td>废止<\/td><td>已被新规定代替<\/td>/);
    assert.ok(page.body.includes('&lt;b&gt;关于“清理”&amp;的通知&lt;/b&gt;'), 'titles escaped');
    assert.ok(!page.body.includes(HOSTILE));

    const register = await t.app.inject({ method: 'GET', url: '/xxgk/normative?org=hz-czj', headers: HTML });
    assert.equal(register.statusCode, 200);
    assert.ok(register.body.includes(`href="/xxgk/documents/${keep.id}"`), 'the kept one is listed as current');
    assert.ok(!register.body.includes(`href="/xxgk/documents/${repeal.id}"`), 'the repealed one is not current');
    const repealed = await t.app.inject({ method: 'GET', url: '/xxgk/normative?validity=repealed', headers: HTML });
    assert.ok(repealed.body.includes(`href="/xxgk/documents/${repeal.id}"`));
    assert.ok((await t.app.inject({ method: 'GET', url: '/xxgk/normative', headers: HTML })).body.includes(`href="/xxgk/normative/cleanups/${id}"`), 'the register links the published results');
    const odd = await t.app.inject({ method: 'GET', url: '/xxgk/normative?validity=xyz&org=nope&page=-1', headers: HTML });
    assert.equal(odd.statusCode, 200);
    assert.match(odd.body, /有效性“xyz”无效/);
  });

  it('清理 scope and roles: other subtrees see nothing, a handler cannot draft, published ones cannot be deleted', async () => {
    const list = await d.as('caoxian-gkb', { method: 'GET', url: '/api/v1/normative/cleanups' });
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().total, 0);
    const cityList = (await d.as('gkb', { method: 'GET', url: '/api/v1/normative/cleanups?status=published' })).json();
    const id = cityList.items[0].id;
    assert.equal((await d.as('caoxian-gkb', { method: 'GET', url: `/api/v1/normative/cleanups/${id}` })).statusCode, 404);
    assert.equal((await d.as('handler', { method: 'POST', url: '/api/v1/normative/cleanups', payload: { orgId: await t.orgId('hz-bgs'), title: '某某清理结果', cleanupDate: '2026-03-01' } })).statusCode, 403);
    const outside = await d.as('caoxian-gkb', { method: 'POST', url: '/api/v1/normative/cleanups', payload: { orgId: await t.orgId('heze'), title: '越权清理结果', cleanupDate: '2026-03-01' } });
    assert.equal(outside.statusCode, 404);
    assert.equal((await d.as('gkb', { method: 'DELETE', url: `/api/v1/normative/cleanups/${id}` })).statusCode, 409);
    assert.equal((await t.app.inject({ method: 'GET', url: '/xxgk/normative/cleanups/abc', headers: HTML })).statusCode, 404);
  });
});
