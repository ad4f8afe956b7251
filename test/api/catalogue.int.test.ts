import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type TestApp, buildTestApp } from '../support/test-app.js';
import { documentActions } from '../support/documents.js';

const TSV_HEADER = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'].join('\t');

describe('主动公开基本目录: entries, scope, paste import, document mapping, coverage, public page', () => {
  let t: TestApp;
  let d: ReturnType<typeof documentActions>;
  before(async () => {
    t = await buildTestApp();
    d = documentActions(t);
  });
  after(() => t.close());

  const entry = (payload: Record<string, unknown>) => ({ itemL1: '财政预决算', itemL2: '部门预算', content: '部门预算及说明', basis: '《中华人民共和国预算法》', timeLimit: '信息形成或者变更之日起20个工作日内', ...payload });
  const create = async (user: string, payload: Record<string, unknown>) => d.as(user, { method: 'POST', url: '/api/v1/catalogue', payload: entry(payload) });
  const auditActions = async (entityType: string) =>
    (await t.c.db.selectFrom('audit_entries').select('action').where('entity_type', '=', entityType).execute()).map((a) => a.action);

  it('an editor keeps the catalogue of his own organisation only; rules are parsed from 公开时限; changes are audited', async () => {
    const czj = await t.orgId('hz-czj');
    const res = await create('editor', { orgId: czj });
    assert.equal(res.statusCode, 201, res.body);
    const e = res.json();
    assert.deepEqual(e.rule, { kind: 'event', days: 20, period: null });
    assert.equal(e.ruleLabel, '形成或变更之日起20个工作日内');
    assert.equal(e.orgCode, 'hz-czj');
    assert.deepEqual(e.channels, ['政府网站']);
    assert.equal(e.audience, '全社会');

    const quarterly = await create('editor', { orgId: czj, itemL2: '预算执行', content: '预算执行情况', timeLimit: '每季度结束后15日内公开' });
    assert.deepEqual(quarterly.json().rule, { kind: 'periodic', days: null, period: 'quarter' });
    const manual = await create('editor', { orgId: czj, itemL2: '专项资金', content: '专项资金分配', timeLimit: '按规定公开', rule: { kind: 'periodic', period: 'year' } });
    assert.deepEqual(manual.json().rule, { kind: 'periodic', days: null, period: 'year' });

    // The editor of 市财政局 cannot write the city government's catalogue (out of scope looks like missing).
    const city = await create('editor', { orgId: await t.orgId('heze') });
    assert.equal(city.statusCode, 404);
    assert.equal(city.json().code, 'ORG_NOT_FOUND');
    assert.equal((await create('reviewer', { orgId: czj })).statusCode, 403);

    const patched = await d.as('editor', { method: 'PATCH', url: `/api/v1/catalogue/${e.id}`, payload: { timeLimit: '每年', channels: ['政府网站', '政府公报', '投资项目在线审批监管平台'] } });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.deepEqual(patched.json().rule, { kind: 'periodic', days: null, period: 'year' });
    assert.deepEqual(patched.json().channels, ['政府网站', '政府公报', '投资项目在线审批监管平台']);
    const bad = await d.as('editor', { method: 'PATCH', url: `/api/v1/catalogue/${e.id}`, payload: { audience: '部分群众' } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().detail, /公开对象/);
    const retired = await d.as('editor', { method: 'POST', url: `/api/v1/catalogue/${manual.json().id}/retire` });
    assert.equal(retired.json().status, 'retired');
    const actions = await auditActions('catalogue_entry');
    for (const a of ['catalogue.create', 'catalogue.update', 'catalogue.retire']) assert.ok(actions.includes(a), a);
  });

  it('a county office admin cannot see or touch the city catalogue; the city office admin sees the county too', async () => {
    const heze = await create('gkb', { orgId: await t.orgId('heze'), itemL1: '政府信息公开指南', itemL2: null, content: '公开指南' });
    assert.equal(heze.statusCode, 201, heze.body);
    const cx = await create('caoxian-gkb', { orgId: await t.orgId('caoxian-czj'), content: '曹县部门预算' });
    assert.equal(cx.statusCode, 201, cx.body);
    const id = heze.json().id;
    for (const req of [
      { method: 'GET' as const, url: `/api/v1/catalogue/${id}` },
      { method: 'PATCH' as const, url: `/api/v1/catalogue/${id}`, payload: { content: '越权修改' } },
      { method: 'POST' as const, url: `/api/v1/catalogue/${id}/retire` },
    ]) {
      const r = await d.as('caoxian-gkb', req);
      assert.equal(r.statusCode, 404, `${req.method} ${req.url}`);
      assert.equal(r.json().code, 'CATALOGUE_ENTRY_NOT_FOUND');
    }
    const county = (await d.as('caoxian-gkb', { method: 'GET', url: '/api/v1/catalogue' })).json().items;
    assert.ok(county.length > 0);
    assert.ok(county.every((e: { orgCode: string }) => e.orgCode.startsWith('caoxian')));
    const filtered = await d.as('caoxian-gkb', { method: 'GET', url: `/api/v1/catalogue?orgId=${await t.orgId('heze')}` });
    assert.deepEqual(filtered.json().items, []);
    const city = (await d.as('gkb', { method: 'GET', url: '/api/v1/catalogue' })).json().items.map((e: { orgCode: string }) => e.orgCode);
    for (const c of ['heze', 'hz-czj', 'caoxian-czj']) assert.ok(city.includes(c), c);
    const stillThere = (await d.as('gkb', { method: 'GET', url: `/api/v1/catalogue/${id}` })).json();
    assert.equal(stillThere.content, '公开指南');
  });

  it('paste import: bad rows are reported by line and nothing is written; a good paste imports with merged cells filled down', async () => {
    const orgId = await t.orgId('caoxian-jyj');
    const before = (await d.as('caoxian-gkb', { method: 'GET', url: `/api/v1/catalogue?orgId=${orgId}` })).json().items.length;
    const badText = [
      TSV_HEADER,
      ['1', '义务教育', '招生入学', '招生政策、划片范围', '《义务教育法》', '信息形成或者变更之日起20个工作日内', '县教体局', '政府网站、两微一端', '全社会', '主动', '县级'].join('\t'),
      ['2', '', '学校信息', '', '', '实时公开', '县教体局', '政府网站', '全社会', '主动', '县级'].join('\t'),
      ['3', '', '教育经费', '经费使用情况', '', '每年', '县教体局', '政府网站', '部分群众', '依申请公开', '县级'].join('\t'),
    ].join('\n');
    const rejected = await d.as('caoxian-gkb', { method: 'POST', url: '/api/v1/catalogue/import', payload: { orgId, text: badText } });
    assert.equal(rejected.statusCode, 422, rejected.body);
    assert.equal(rejected.json().code, 'CATALOGUE_IMPORT_REJECTED');
    assert.deepEqual(rejected.json().rows.map((r: { row: number }) => r.row), [3, 4]);
    assert.match(rejected.json().rows[0].messages.join(), /公开内容/);
    assert.match(rejected.json().rows[1].messages.join(), /公开对象/);
    assert.equal((await d.as('caoxian-gkb', { method: 'GET', url: `/api/v1/catalogue?orgId=${orgId}` })).json().items.length, before);

    const dry = await d.as('caoxian-gkb', { method: 'POST', url: '/api/v1/catalogue/import', payload: { orgId, text: badText, dryRun: true } });
    assert.equal(dry.statusCode, 200);
    assert.equal(dry.json().imported, 1);
    assert.equal(dry.json().errors.length, 2);

    // CSV with a quoted cell holding a comma and a line break, and an extra column that is not standard.
    const csv = [
      '序号,一级事项,二级事项,公开内容（要素）,公开时限,公开渠道和载体,公开对象,公开方式,备注',
      '1,义务教育,招生入学,"招生政策,划片范围","信息形成或者变更之日起20个工作日内","政府网站、公开查阅点",全社会,主动公开,',
      '2,,学校信息,"学校名称、地址',
      '及联系方式",实时公开,政府网站,特定群体,依申请,',
    ].join('\r\n');
    const ok = await d.as('caoxian-gkb', { method: 'POST', url: '/api/v1/catalogue/import', payload: { orgId, text: csv } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().imported, 2);
    assert.match(ok.json().warnings.join(), /备注/);
    const items = (await d.as('caoxian-gkb', { method: 'GET', url: `/api/v1/catalogue?orgId=${orgId}` })).json().items;
    const school = items.find((e: { itemL2: string }) => e.itemL2 === '学校信息');
    assert.equal(school.itemL1, '义务教育');
    assert.equal(school.content, '学校名称、地址\n及联系方式');
    assert.deepEqual(school.rule, { kind: 'realtime', days: null, period: null });
    assert.equal(school.audience, '特定群体');
    assert.equal(school.mode, '依申请');
    assert.deepEqual(items.find((e: { itemL2: string }) => e.itemL2 === '招生入学').channels, ['政府网站', '公开查阅点']);
    // The same paste again: every row repeats an entry and is skipped.
    const again = (await d.as('caoxian-gkb', { method: 'POST', url: '/api/v1/catalogue/import', payload: { orgId, text: csv } })).json();
    assert.equal(again.imported, 0);
    assert.deepEqual(again.skipped.map((s: { row: number }) => s.row), [2, 3]);
    assert.ok((await auditActions('catalogue_entry')).includes('catalogue.import'));
    const noHeader = await d.as('caoxian-gkb', { method: 'POST', url: '/api/v1/catalogue/import', payload: { orgId, text: '1\t义务教育\n2\t学校' } });
    assert.equal(noHeader.statusCode, 400);
    assert.match(noHeader.json().detail, /表头/);
  });

  it('maps a document to entries in any status, within scope and the organisation line, audited on the document', async () => {
    const czj = await t.orgId('hz-czj');
    const mine = (await create('editor', { orgId: czj, itemL2: '政府采购', content: '采购意向' })).json();
    const city = (await create('gkb', { orgId: await t.orgId('heze'), itemL1: '财政信息', itemL2: '全市预算', content: '全市预算' })).json();
    const mudan = (await create('gkb', { orgId: await t.orgId('mudan-czj'), content: '牡丹区部门预算' })).json();
    const doc = await d.create({ title: '市财政局政府采购意向公开' });
    const url = `/api/v1/documents/${doc.id}/catalogue-entries`;
    const put = await d.as('editor', { method: 'PUT', url, payload: { entryIds: [mine.id] } });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json().items.map((e: { id: number }) => e.id), [mine.id]);
    // The editor cannot use the city's entry (outside his scope); the city office admin can (one line).
    assert.equal((await d.as('editor', { method: 'PUT', url, payload: { entryIds: [city.id] } })).statusCode, 400);
    assert.equal((await d.as('gkb', { method: 'PUT', url, payload: { entryIds: [mine.id, city.id] } })).statusCode, 200);
    const other = await d.as('gkb', { method: 'PUT', url, payload: { entryIds: [mudan.id] } });
    assert.equal(other.statusCode, 400);
    assert.match(other.json().detail, /其他机构体系/);
    assert.equal((await d.as('caoxian-gkb', { method: 'GET', url })).statusCode, 404);
    assert.equal((await d.as('reviewer', { method: 'PUT', url, payload: { entryIds: [] } })).statusCode, 403);
    const listed = (await d.as('reviewer', { method: 'GET', url })).json().items.map((e: { id: number }) => e.id).sort();
    assert.deepEqual(listed, [mine.id, city.id].sort());
    const events = (await d.as('editor', { method: 'GET', url: `/api/v1/documents/${doc.id}/events` })).json().items;
    assert.equal(events.filter((e: { action: string }) => e.action === 'catalogue').length, 2);
    assert.ok((await auditActions('document')).includes('document.catalogue'));
  });

  it('coverage: event entries need one publication ever, periodic ones one in this or the previous period', async () => {
    const org = await t.orgId('hz-sjj');
    const mk = async (payload: Record<string, unknown>) => (await create('gkb', { orgId: org, ...payload })).json();
    const event = await mk({ itemL1: '行政处罚', itemL2: '处罚决定', content: '行政处罚决定书' });
    const quarterly = await mk({ itemL1: '监督检查', itemL2: '抽检结果', content: '食品抽检结果', timeLimit: '每季度' });
    const yearly = await mk({ itemL1: '年度报告', itemL2: null, content: '政府信息公开工作年度报告', timeLimit: '每年1月31日前' });
    const never = await mk({ itemL1: '行政许可', itemL2: '许可结果', content: '许可结果' });
    // Filed straight in the table: what is tested here is the coverage rule, not the mapping checks.
    const doc = await d.publishAll({ title: '2026年第一季度食品安全抽检结果' });
    const map = async (entryIds: number[]) => t.c.db.transaction().execute(async (trx) => {
      for (const entry_id of entryIds) await trx.insertInto('document_catalogue_entries').values({ document_id: doc.id, entry_id }).execute();
    });
    await map([event.id, quarterly.id, yearly.id]);
    const draft = await d.create({ title: '未发布的抽检结果' });
    await t.c.db.insertInto('document_catalogue_entries').values({ document_id: draft.id, entry_id: never.id }).execute();

    const cov = async (username: string) => {
      const s = await t.login(username);
      const r = await t.as(s, { method: 'GET', url: `/api/v1/catalogue/coverage?orgId=${org}` });
      assert.equal(r.statusCode, 200, r.body);
      return r.json();
    };
    const now = await cov('gkb');
    assert.equal(now.total, 4);
    assert.equal(now.uncovered, 1);
    assert.equal(now.items[0].entry.id, never.id, 'uncovered first');
    assert.equal(now.items[0].reason, '从未发布');
    const q = now.items.find((i: { entry: { id: number } }) => i.entry.id === quarterly.id);
    assert.equal(q.covered, true);
    assert.equal(q.count, 1);
    assert.equal(q.lastDocument.id, doc.id);

    t.clock.set('2026-05-10T10:00:00+08:00'); // Q2: the Q1 publication still counts (previous period)
    assert.equal((await cov('gkb')).items.find((i: { entry: { id: number } }) => i.entry.id === quarterly.id).covered, true);
    t.clock.set('2026-07-15T10:00:00+08:00'); // Q3: nothing in Q2 or Q3
    const later = await cov('gkb');
    const q3 = later.items.find((i: { entry: { id: number } }) => i.entry.id === quarterly.id);
    assert.equal(q3.covered, false);
    assert.match(q3.reason, /^本季度及上季度均未发布（最近一次发布于 2026-03-02）$/);
    assert.equal(later.items.find((i: { entry: { id: number } }) => i.entry.id === event.id).covered, true);
    assert.equal(later.items.find((i: { entry: { id: number } }) => i.entry.id === yearly.id).covered, true);
    t.clock.set('2027-12-31T23:00:00+08:00');
    const year2 = (await cov('gkb')).items.find((i: { entry: { id: number } }) => i.entry.id === yearly.id);
    assert.equal(year2.covered, true, 'published in the previous year');
    t.clock.set('2028-01-01T00:30:00+08:00'); // 2028 in Shanghai, still 2027 in UTC and New York
    const year3 = (await cov('gkb')).items.find((i: { entry: { id: number } }) => i.entry.id === yearly.id);
    assert.equal(year3.covered, false);
    assert.match(year3.reason, /本年度及上年度均未发布/);
    t.clock.set('2026-03-02T09:00:00+08:00');
    const outside = await t.as(await t.login('caoxian-gkb'), { method: 'GET', url: `/api/v1/catalogue/coverage?orgId=${org}` });
    assert.equal(outside.statusCode, 404);
  });

  it('the public catalogue: a real table per organisation, escaped text, links to visible documents only', async () => {
    const org = await t.orgId('hz-fgw');
    const e = (await create('gkb', { orgId: org, itemL1: '重大建设项目', itemL2: '批准结果', content: '项目批准<script>alert(1)</script>&结果' })).json();
    const pub = await d.publishAll({ title: '市财政局关于重大项目资金的公告' });
    const draft = await d.create({ title: '尚未发布的草稿文件' });
    for (const id of [pub.id, draft.id]) await t.c.db.insertInto('document_catalogue_entries').values({ document_id: id, entry_id: e.id }).execute();
    const res = await t.app.inject({ method: 'GET', url: '/xxgk/catalogue?org=hz-fgw' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/html/);
    const html = res.body;
    assert.match(html, /<table class="catalogue-table"/);
    assert.match(html, /<caption>菏泽市发展和改革委员会主动公开基本目录/);
    assert.match(html, /<th scope="colgroup" colSpan="2">公开事项<\/th>|<th scope="colgroup" colspan="2">公开事项<\/th>/);
    assert.match(html, /<th scope="col"[^>]*>公开渠道和载体<\/th>/);
    assert.ok(html.includes('项目批准&lt;script&gt;alert(1)&lt;/script&gt;&amp;结果'));
    assert.ok(!html.includes('<script>alert(1)'));
    assert.ok(html.includes(`href="/xxgk/documents/${pub.id}"`));
    assert.ok(!html.includes(`/xxgk/documents/${draft.id}"`));
    assert.ok(!html.includes('尚未发布的草稿文件'));
    const all = await t.app.inject({ method: 'GET', url: '/xxgk/catalogue' });
    assert.equal(all.statusCode, 200);
    assert.ok(all.body.includes('菏泽市财政局主动公开基本目录'));
    assert.ok(all.body.includes('?org=hz-fgw'));
    const unknown = await t.app.inject({ method: 'GET', url: '/xxgk/catalogue?org=%3Cb%3Enope' });
    assert.equal(unknown.statusCode, 200);
    assert.ok(unknown.body.includes('&lt;b&gt;nope'));
  });
});
