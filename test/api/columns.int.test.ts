import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, buildTestApp } from '../support/test-app.js';
import { documentActions } from '../support/documents.js';

interface Col { id: number; slug: string; name: string; parentId: number | null; depth: number; maxDays: number | null; status: string; effectiveActive: boolean }

describe('专栏: column tree, scope, moves, document mapping, 栏目不更新 view, public pages and feeds', () => {
  let t: TestApp;
  let d: ReturnType<typeof documentActions>;
  before(async () => {
    t = await buildTestApp();
    d = documentActions(t);
  });
  after(() => t.close());

  const create = async (user: string, payload: Record<string, unknown>) => d.as(user, { method: 'POST', url: '/api/v1/columns', payload });
  const tree = async (user: string, orgId: number): Promise<Col[]> => (await d.as(user, { method: 'GET', url: `/api/v1/columns?orgId=${orgId}` })).json().items;
  const auditActions = async () => (await t.c.db.selectFrom('audit_entries').select('action').where('entity_type', '=', 'column').execute()).map((a) => a.action);

  it('the office admin builds a tree; kinds bring their update rule; editors and other counties are refused; slugs are unique', async () => {
    const org = await t.orgId('hz-czj');
    const news = await create('gkb', { orgId: org, name: '财政要闻', slug: 'czyw', kind: 'news' });
    assert.equal(news.statusCode, 201, news.body);
    assert.equal(news.json().maxDays, 14);
    assert.equal(news.json().url, '/xxgk/columns/hz-czj/czyw');
    const policy = (await create('gkb', { orgId: org, name: '财政政策', slug: 'czzc', kind: 'policy' })).json();
    assert.equal(policy.maxDays, 183);
    const sub = (await create('gkb', { orgId: org, parentId: policy.id, name: '规范性文件', slug: 'gfxwj', kind: 'policy', maxDays: null })).json();
    assert.equal(sub.maxDays, null);
    assert.equal(sub.depth, 1);
    const other = (await create('gkb', { orgId: org, name: '其他信息', slug: 'qtxx', kind: 'other' })).json();
    assert.equal(other.maxDays, null);

    assert.equal((await create('editor', { orgId: org, name: '编辑栏目', slug: 'bj', kind: 'news' })).statusCode, 403);
    const dup = await create('gkb', { orgId: org, name: '重复标识', slug: 'czyw', kind: 'news' });
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().code, 'COLUMN_SLUG_TAKEN');
    assert.equal(dup.json().field, 'slug');
    assert.equal((await create('gkb', { orgId: await t.orgId('heze'), name: '财政要闻', slug: 'czyw', kind: 'news' })).statusCode, 201, 'unique per organisation only');
    assert.equal((await create('gkb', { orgId: org, name: '坏标识', slug: 'Bad Slug', kind: 'news' })).statusCode, 400);
    assert.equal((await create('caoxian-gkb', { orgId: org, name: '越权栏目', slug: 'yq', kind: 'news' })).statusCode, 404);
    const patch = await d.as('caoxian-gkb', { method: 'PATCH', url: `/api/v1/columns/${news.json().id}`, payload: { name: '越权修改' } });
    assert.equal(patch.statusCode, 404);
    assert.equal(patch.json().code, 'COLUMN_NOT_FOUND');

    const kindChange = await d.as('gkb', { method: 'PATCH', url: `/api/v1/columns/${other.id}`, payload: { kind: 'notice' } });
    assert.equal(kindChange.json().maxDays, 183);
    const items = await tree('editor', org);
    assert.deepEqual(items.map((c) => c.slug), ['czyw', 'czzc', 'gfxwj', 'qtxx']);
    assert.ok((await auditActions()).includes('column.create'));
  });

  it('moves: never into the column itself or below it, never to another organisation; disabling hides the subtree', async () => {
    const org = await t.orgId('hz-czj');
    const byslug = async () => new Map((await tree('gkb', org)).map((c) => [c.slug, c]));
    let cols = await byslug();
    const move = (id: number, parentId: number | null) => d.as('gkb', { method: 'POST', url: `/api/v1/columns/${id}/move`, payload: { parentId } });
    const own = await move(cols.get('czzc')!.id, cols.get('gfxwj')!.id);
    assert.equal(own.statusCode, 409);
    assert.equal(own.json().code, 'COLUMN_MOVE_INTO_OWN_SUBTREE');
    assert.equal((await move(cols.get('czzc')!.id, cols.get('czzc')!.id)).statusCode, 409);
    const heze = (await tree('gkb', await t.orgId('heze')))[0];
    assert.equal((await move(cols.get('czzc')!.id, heze.id)).statusCode, 400);
    const ok = await move(cols.get('czyw')!.id, cols.get('czzc')!.id);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().depth, 1);
    assert.equal((await move(cols.get('czyw')!.id, null)).json().depth, 0);
    assert.ok((await auditActions()).includes('column.move'));

    const off = await d.as('gkb', { method: 'POST', url: `/api/v1/columns/${cols.get('czzc')!.id}/disable` });
    assert.equal(off.json().status, 'disabled');
    cols = await byslug();
    assert.equal(cols.get('gfxwj')!.effectiveActive, false);
    assert.equal((await t.app.inject({ method: 'GET', url: '/xxgk/columns/hz-czj/gfxwj' })).statusCode, 404);
    await d.as('gkb', { method: 'PATCH', url: `/api/v1/columns/${cols.get('czzc')!.id}`, payload: { status: 'active' } });
    assert.ok((await auditActions()).includes('column.disable'));
    assert.ok((await auditActions()).includes('column.enable'));
  });

  it('ensureDefaultColumns creates the 重点领域 and the usual columns once', async () => {
    const org = await t.orgId('hz-jyj');
    assert.deepEqual(await t.c.publications.columns.ensureDefaultColumns(org), { created: 8 });
    assert.deepEqual(await t.c.publications.columns.ensureDefaultColumns(org), { created: 0 });
    const items = await tree('gkb', org);
    const zdly = items.find((c) => c.slug === 'zdly')!;
    assert.deepEqual(items.filter((c) => c.parentId === zdly.id).map((c) => c.name), ['财政预决算', '重大建设项目', '公共资源配置', '社会公益事业']);
    assert.deepEqual(items.filter((c) => c.depth === 0).map((c) => c.name), ['通知公告', '政策文件', '工作动态', '重点领域信息公开']);
  });

  it('maps documents to columns within scope, the organisation line and shown columns only', async () => {
    const cols = new Map((await tree('gkb', await t.orgId('hz-czj'))).map((c) => [c.slug, c]));
    const mudan = (await create('gkb', { orgId: await t.orgId('mudan-czj'), name: '牡丹区要闻', slug: 'mdyw', kind: 'news' })).json();
    const hezeNews = (await tree('gkb', await t.orgId('heze'))).find((c) => c.slug === 'czyw')!;
    const doc = await d.create({ title: '归入专栏的草稿' });
    const url = `/api/v1/documents/${doc.id}/columns`;
    const put = await d.as('editor', { method: 'PUT', url, payload: { columnIds: [cols.get('czyw')!.id, cols.get('czyw')!.id] } });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json().items.map((c: Col) => c.slug), ['czyw']);
    assert.equal((await d.as('editor', { method: 'PUT', url, payload: { columnIds: [hezeNews.id] } })).statusCode, 400, 'outside the editor scope');
    assert.equal((await d.as('gkb', { method: 'PUT', url, payload: { columnIds: [mudan.id] } })).statusCode, 400, 'another branch');
    await d.as('gkb', { method: 'POST', url: `/api/v1/columns/${cols.get('qtxx')!.id}/disable` });
    const disabled = await d.as('editor', { method: 'PUT', url, payload: { columnIds: [cols.get('qtxx')!.id] } });
    assert.equal(disabled.statusCode, 400);
    assert.match(disabled.json().detail, /已停用/);
    assert.equal((await d.as('caoxian-gkb', { method: 'GET', url })).statusCode, 404);
    assert.deepEqual((await d.as('reviewer', { method: 'GET', url })).json().items.map((c: Col) => c.slug), ['czyw']);
    const events = (await d.as('editor', { method: 'GET', url: `/api/v1/documents/${doc.id}/events` })).json().items;
    assert.ok(events.some((e: { action: string }) => e.action === 'columns'));
  });

  it('stale view: 空白栏目 and overdue columns, counted against the 国办秘函〔2019〕19号 veto lines', async () => {
    const org = await t.orgId('hz-sthjj');
    await t.c.publications.columns.ensureDefaultColumns(org);
    const stale = async (user = 'gkb') => {
      const r = await t.as(await t.login(user), { method: 'GET', url: `/api/v1/columns/stale?orgId=${org}` });
      assert.equal(r.statusCode, 200, r.body);
      return r.json();
    };
    const empty = await stale();
    assert.equal(empty.checked, 8);
    assert.equal(empty.counts.empty, 8);
    assert.equal(empty.veto.hit, true);
    assert.match(empty.veto.reasons.join(), /空白栏目 8 个/);

    const news: number[] = [];
    for (let i = 1; i <= 5; i++) news.push((await create('gkb', { orgId: org, name: `环境动态${i}`, slug: `hjdt${i}`, kind: 'news' })).json().id);
    const cols = new Map((await tree('gkb', org)).map((c) => [c.slug, c.id]));
    const doc = await d.publishAll({ title: '生态环境工作动态' });
    // Filed straight in the table (a 市财政局 document in 市生态环境局's columns): the freshness rule is what is tested.
    for (const id of [...news, cols.get('tzgg')!, cols.get('czyjs')!]) await t.c.db.insertInto('document_columns').values({ document_id: doc.id, column_id: id }).execute();
    const fresh = await stale();
    assert.equal(fresh.counts.stale, 0);
    assert.equal(fresh.counts.empty, 5, 'zdly counts its sub-column 财政预决算, so it is not blank');
    assert.ok(!fresh.items.some((i: { column: Col }) => i.column.slug === 'zdly'));

    t.clock.set('2026-03-17T10:00:00+08:00'); // 15 days later: news columns (14 days) are overdue
    const later = await stale();
    const overdue = later.items.filter((i: { state: string }) => i.state === 'stale');
    assert.deepEqual(overdue.map((i: { column: Col }) => i.column.slug).sort(), ['hjdt1', 'hjdt2', 'hjdt3', 'hjdt4', 'hjdt5']);
    assert.equal(overdue[0].daysSince, 15);
    assert.match(overdue[0].reason, /已 15 天未更新（应在 14 天内更新）/);
    assert.equal(later.counts.newsNoticePolicy, 5);
    assert.equal(later.veto.hit, true);
    assert.match(later.veto.reasons.join(), /达到 5 个的单项否决线/);
    assert.equal(later.items[0].state, 'empty', 'blank columns first');

    t.clock.set('2026-09-10T10:00:00+08:00'); // > 183 days: the notice column and 财政预决算 too
    const much = await stale();
    const slugs = much.items.filter((i: { state: string }) => i.state === 'stale').map((i: { column: Col }) => i.column.slug);
    assert.ok(slugs.includes('tzgg') && slugs.includes('czyjs'));
    assert.equal(much.counts.newsNoticePolicy, 6);
    t.clock.set('2026-03-02T09:00:00+08:00');
    assert.equal((await t.as(await t.login('caoxian-gkb'), { method: 'GET', url: `/api/v1/columns/stale?orgId=${org}` })).statusCode, 404);
  });

  it('the public column page lists visible documents newest first with pages; the Atom feed is escaped', async () => {
    const col = (await tree('gkb', await t.orgId('hz-czj'))).find((c) => c.slug === 'czzc')!;
    const sub = (await tree('gkb', await t.orgId('hz-czj'))).find((c) => c.slug === 'gfxwj')!;
    const first = await d.publishAll({ title: '关于<财政>资金&管理的通知' });
    t.clock.advance(60_000);
    const second = await d.publishAll({ title: '规范性文件：财政资金管理办法' });
    const draft = await d.create({ title: '栏目里的草稿' });
    const withdrawn = await d.publishAll({ title: '已撤回的栏目文件' });
    await d.as('leader', { method: 'POST', url: `/api/v1/documents/${withdrawn.id}/withdraw`, payload: { reason: '内容有误' } });
    for (const [docId, colId] of [[first.id, col.id], [second.id, sub.id], [draft.id, col.id], [withdrawn.id, col.id]]) {
      const r = await d.as('editor', { method: 'PUT', url: `/api/v1/documents/${docId}/columns`, payload: { columnIds: [colId] } });
      assert.equal(r.statusCode, 200, r.body);
    }
    const page = await t.app.inject({ method: 'GET', url: '/xxgk/columns/hz-czj/czzc' });
    assert.equal(page.statusCode, 200);
    const html = page.body;
    assert.ok(html.includes('<h1>财政政策</h1>'));
    assert.ok(html.includes('关于&lt;财政&gt;资金&amp;管理的通知'));
    assert.ok(html.indexOf(`/xxgk/documents/${second.id}"`) < html.indexOf(`/xxgk/documents/${first.id}"`), 'newest first, sub-column included');
    assert.ok(!html.includes('栏目里的草稿') && !html.includes('已撤回的栏目文件'));
    assert.match(html, /共 2 条/);
    assert.ok(html.includes('href="/xxgk/columns/hz-czj/czzc/feed.atom"'));
    assert.ok(html.includes('href="/xxgk/columns/hz-czj/gfxwj"'), 'sub-column link');
    const badPage = await t.app.inject({ method: 'GET', url: '/xxgk/columns/hz-czj/czzc?page=abc' });
    assert.equal(badPage.statusCode, 200);
    assert.ok(badPage.body.includes('页码无效'));
    assert.match((await t.app.inject({ method: 'GET', url: '/xxgk/columns/hz-czj/czzc?page=9' })).body, /这一页没有信息/);
    assert.equal((await t.app.inject({ method: 'GET', url: '/xxgk/columns/hz-czj/nope' })).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: '/xxgk/columns/nope/czzc' })).statusCode, 404);

    const feed = await t.app.inject({ method: 'GET', url: '/xxgk/columns/hz-czj/czzc/feed.atom', headers: { host: 'gk.example.gov.cn' } });
    assert.equal(feed.statusCode, 200);
    assert.match(String(feed.headers['content-type']), /^application\/atom\+xml/);
    assert.ok(feed.body.startsWith('<?xml version="1.0" encoding="utf-8"?>'));
    assert.ok(feed.body.includes('<feed xmlns="http://www.w3.org/2005/Atom"'));
    assert.ok(feed.body.includes('<title type="text">关于&lt;财政&gt;资金&amp;管理的通知</title>'));
    assert.ok(feed.body.includes(`http://gk.example.gov.cn/xxgk/documents/${second.id}`));
    assert.equal((feed.body.match(/<entry>/g) ?? []).length, 2);
    assert.ok(!feed.body.includes('栏目里的草稿'));
  });
});
