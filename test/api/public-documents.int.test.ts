// The public 政府信息公开 pages as a visitor's browser receives them: /xxgk/, the catalogue, document
// pages (410 when withdrawn), attachments, /search, Atom feeds and the sitemap.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SaxesParser } from 'saxes';
import { SYSTEM_ACTOR } from '../../src/platform/audit/index.js';
import { renderSearchPage } from '../../src/modules/publications/search.page.js';
import { documentActions } from '../support/documents.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

const HTML = { accept: 'text/html,application/xhtml+xml' };
const HOSTILE_TITLE = '<script>alert("t")</script>关于“预算”&\'公开\'的通知';

/** Text of an HTML fragment (tags dropped, the few entities React writes decoded). */
const text = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** The value cell of a metadata-table row: `<th scope="row">索引号</th><td>…</td>`. */
const meta = (html: string, label: string) => {
  const m = new RegExp(`<th scope="row">${label}</th><td[^>]*>(.*?)</td>`).exec(html);
  return m ? text(m[1]) : undefined;
};
const titlesIn = (html: string) => [...html.matchAll(/class="doc-link" href="\/xxgk\/documents\/(\d+)"/g)].map((m) => Number(m[1]));
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

/** Parses XML strictly (saxes: well-formedness errors throw) and returns each element's name and text. */
function parseXml(xml: string): { name: string; attrs: Record<string, string>; text: string }[] {
  const out: { name: string; attrs: Record<string, string>; text: string }[] = [];
  const stack: { name: string; attrs: Record<string, string>; text: string }[] = [];
  const p = new SaxesParser({ xmlns: true });
  p.on('error', (e) => { throw e; });
  p.on('opentag', (t) => {
    const el = { name: t.local ?? t.name, attrs: Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, typeof v === 'string' ? v : v.value])), text: '' };
    stack.push(el);
    out.push(el);
  });
  p.on('text', (s) => { if (stack.length) stack[stack.length - 1].text += s; });
  p.on('closetag', () => { stack.pop(); });
  p.write(xml).close();
  return out;
}

describe('public 政府信息公开 pages', () => {
  let t: TestApp;
  let d: ReturnType<typeof documentActions>;
  const ids: Record<string, number> = {};
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { ...HTML, ...headers } });
  const idOf = async (title: string) => (await t.c.db.selectFrom('documents').select('id').where('title', '=', title).executeTakeFirstOrThrow()).id as number;

  before(async () => {
    t = await buildTestApp();
    d = documentActions(t);
    const dir = path.join(t.db.dataDir, 'import');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, '说明.txt'), '城市更新行动方案的补充说明：项目总投资三千万元。\n');
    const lines = [
      { title: '菏泽市人民政府办公室关于印发城市更新行动方案的通知', docNumber: '菏政办字[2021]35号', org: 'hz-bgs', writtenAt: '2021-06-01', publishedAt: '2021-06-08', topic: '城乡建设、环境保护/城乡建设（含住房）', genre: '通知', body: '<p>各县区人民政府：</p><p>现将《城市更新行动方案》印发给你们，请认真贯彻执行。</p>', attachments: [{ name: '城市更新补充说明.txt', path: '说明.txt' }] },
      // Cites the first document's number and says 城市更新 often: the exact match must still come first.
      { title: '关于城市更新行动方案落实情况和城市更新项目的报告', org: 'hz-bgs', writtenAt: '2026-02-01', publishedAt: '2026-02-03', topic: '城乡建设、环境保护/城市规划', genre: '报告', body: '<p>根据菏政办字〔2021〕35号，城市更新、城市更新、城市更新工作进展顺利。</p>' },
      { title: '菏泽市财政局2025年政府信息公开工作年度报告', org: 'hz-czj', writtenAt: '2026-01-20', publishedAt: '2026-01-25', topic: '综合政务/政务公开', genre: '年度报告', body: '一、总体情况\n二、主动公开政府信息情况' },
      ...Array.from({ length: 24 }, (_, i) => ({
        title: `菏泽市财政局关于第${i + 1}批专项资金拨付的通知`, docNumber: `菏财预[${i < 12 ? 2025 : 2026}]${i + 10}号`, org: 'hz-czj',
        writtenAt: i < 12 ? '2025-05-01' : '2026-01-05', publishedAt: i < 12 ? `2025-06-${String(i + 1).padStart(2, '0')}` : `2026-01-${String(i - 1).padStart(2, '0')}`,
        topic: '财政、金融、审计/财政', genre: '通知', body: `<p>第${i + 1}批专项资金已拨付。</p>`,
      })),
      { title: HOSTILE_TITLE, org: 'hz-jyj', writtenAt: '2026-02-20', publishedAt: '2026-02-21', topic: '科技、教育/教育', genre: '通知', body: '<p>正文一段。</p><img src=x onerror=alert(1)><script>alert(2)</script><p onclick="alert(3)">正文二段。</p>' },
    ];
    async function* iterate() {
      for (const l of lines) yield JSON.stringify(l);
    }
    const s = await t.c.publications.imports.importLines({ ...SYSTEM_ACTOR, name: '测试导入' }, iterate(), { baseDir: dir });
    assert.equal(s.skipped, 0, JSON.stringify(s.errors));
    ids.urban = await idOf(lines[0].title);
    ids.report = await idOf(lines[1].title);
    ids.hostile = await idOf(HOSTILE_TITLE);
    // A 规范性文件 through the staff workflow: joint issuer, validity, keywords.
    const norm = await d.publishAll({
      title: '菏泽市财政局 菏泽市人民政府办公室关于印发财政专项资金管理办法的通知', docNumber: '菏财发（2026）1号', genre: '规范性文件', isNormative: true,
      validity: 'effective', validFrom: '2026-03-01', validTo: '2031-02-28', keywords: '财政 专项资金 管理', jointOrgIds: [await t.orgId('hz-bgs')],
    });
    ids.normative = norm.id;
  });
  after(() => t?.close());

  it('/xxgk/ lays out the statutory parts, 22 topics with counts, organisations, the latest 10 and a search form', async () => {
    const r = await get('/xxgk/');
    assert.equal(r.statusCode, 200);
    const html = r.body;
    assert.match(html, /<html lang="zh-CN"/);
    assert.match(html, /<title>政府信息公开 - 菏泽市人民政府<\/title>/);
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
    for (const part of ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开工作年度报告', '依申请公开']) assert.ok(html.includes(`>${part}</h2>`), part);
    assert.match(html, /条例第十二条/);
    assert.doesNotMatch(html, /即将上线|敬请期待|coming soon/i);
    const topics = [...html.matchAll(/<a href="\/xxgk\/documents\?topic=(\d\d)">([^<]+)<\/a><span class="count">(\d+) 件<\/span>/g)];
    assert.equal(topics.length, 22);
    assert.equal(topics.find((m) => m[2] === '财政、金融、审计')?.[3], '25'); // 24 grants + the 规范性文件
    assert.equal(topics.find((m) => m[2] === '国防')?.[3], '0');
    assert.match(html, /<a href="\/xxgk\/documents\?org=hz-czj">菏泽市财政局<\/a> <span class="count">26 件<\/span>/);
    assert.match(html, /<a href="\/xxgk\/documents\?org=caoxian">曹县人民政府<\/a>/);
    assert.equal(titlesIn(mainOf(html)).length, 10, 'latest 10');
    assert.equal(titlesIn(mainOf(html))[0], ids.normative, 'newest first');
    assert.match(html, /<form[^>]*role="search"[^>]*action="\/search" method="get"/);
    assert.match(html, /<label for="q">检索政府信息<\/label>/);
    assert.match(html, /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/xxgk\/feed.atom"/);
    // the 政府信息公开 column is open and marked current; /zwgk leads here
    assert.match(html, /<a href="\/xxgk\/" aria-current="page">政府信息公开<\/a>/);
    const zwgk = await get('/zwgk');
    assert.equal(zwgk.statusCode, 301);
    assert.equal(zwgk.headers.location, '/xxgk/');
    assert.equal((await get('/xxgk')).headers.location, '/xxgk/');
    const home = await get('/');
    assert.doesNotMatch(home.body, /<a href="\/xxgk\/">政府信息公开<\/a><\/h3><p>[^<]*<\/p><p class="status">尚未开通/);
  });

  it('the list filters by organisation, topic, genre, year and validity with facet counts and accessible pagination', async () => {
    const all = await get('/xxgk/documents');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /共 29 条，按发布日期排序/);
    assert.match(all.body, /<link rel="alternate" type="application\/atom\+xml"/);
    const czj = await get('/xxgk/documents?org=hz-czj');
    assert.match(czj.body, /<title>主动公开文件（菏泽市财政局） - 菏泽市人民政府<\/title>/);
    assert.match(czj.body, /共 26 条/);
    assert.equal(titlesIn(czj.body).length, 20);
    assert.match(czj.body, /<strong aria-current="true">菏泽市财政局<\/strong> <span class="count">（26）<\/span>/);
    assert.match(czj.body, /<a href="\/xxgk\/documents\?org=hz-czj&amp;year=2025">2025年<\/a> <span class="count">（12）<\/span>/);
    assert.match(czj.body, /<a href="\/xxgk\/documents\?org=hz-czj&amp;genre=%E9%80%9A%E7%9F%A5">通知<\/a> <span class="count">（24）<\/span>/);
    assert.match(czj.body, /<a href="\/xxgk\/documents\?org=hz-czj&amp;validity=effective">现行有效<\/a> <span class="count">（1）<\/span>/);
    assert.match(czj.body, /href="\/xxgk\/orgs\/hz-czj\/feed.atom"/);
    // pagination: a labelled nav, page 1 current, a next link
    const nav = /<nav class="pagination" aria-label="分页">(.*?)<\/nav>/.exec(czj.body)?.[1] ?? '';
    assert.match(nav, /<a href="\/xxgk\/documents\?org=hz-czj" aria-current="page" aria-label="第 1 页">1<\/a>/);
    assert.match(nav, /<a href="\/xxgk\/documents\?org=hz-czj&amp;page=2" rel="next">下一页<\/a>/);
    const p2 = await get('/xxgk/documents?org=hz-czj&page=2');
    assert.equal(titlesIn(p2.body).length, 6);
    assert.match(p2.body, /aria-current="page" aria-label="第 2 页"/);
    assert.deepEqual(new Set([...titlesIn(czj.body), ...titlesIn(p2.body)]).size, 26, 'no document on two pages');
    // rows: title, 索引号, 发文字号, organisation, date (Asia/Shanghai)
    const row = /<li><a class="doc-link" href="\/xxgk\/documents\/\d+">菏泽市财政局关于第1批专项资金拨付的通知<\/a><p class="doc-meta">(.*?)<\/p><\/li>/.exec(p2.body)?.[1] ?? '';
    assert.match(text(row), /索引号：hz-czj\/2025-\d{5}发文字号：菏财预〔2025〕10号发布机构：菏泽市财政局发布日期：2025-06-01/);
    // filters combine
    const narrowed = await get(`/xxgk/documents?org=hz-czj&topic=04-01&genre=${encodeURIComponent('规范性文件')}&year=2026&validity=effective`);
    assert.deepEqual(titlesIn(narrowed.body), [ids.normative]);
    const topic = await get('/xxgk/documents?topic=10');
    assert.deepEqual(new Set(titlesIn(topic.body)), new Set([ids.urban, ids.report]));
    const year = await get('/xxgk/documents?year=2021');
    assert.deepEqual(titlesIn(year.body), [ids.urban]);
    const beyond = await get('/xxgk/documents?org=hz-czj&page=9');
    assert.equal(beyond.statusCode, 200);
    assert.match(beyond.body, /这一页没有文件/);
  });

  it('ignores invalid filter values with a notice and never fails on odd parameters', async () => {
    const r = await get(`/xxgk/documents?org=nope&topic=99&genre=${encodeURIComponent('<script>x</script>')}&year=abc&validity=forever&page=-1&unknown=1`);
    assert.equal(r.statusCode, 200);
    const main = mainOf(r.body);
    assert.match(main, /发布机构“nope”无效，已忽略该条件/);
    assert.match(main, /主题分类“99”无效/);
    assert.match(main, /体裁“&lt;script&gt;x&lt;\/script&gt;”无效/);
    assert.match(main, /发布年份“abc”无效/);
    assert.match(main, /有效性“forever”无效/);
    assert.match(main, /页码“-1”无效/);
    assert.match(main, /共 29 条/);
    assert.doesNotMatch(r.body, /<script/);
    for (const url of ['/xxgk/documents?org=hz-czj&org=hz-bgs', '/xxgk/documents?page=99999999999', '/xxgk/documents?year=1800', '/xxgk/documents?validity=%E7%8E%B0%E8%A1%8C%E6%9C%89%E6%95%88', '/xxgk/documents?page=100000']) {
      const x = await get(url);
      assert.equal(x.statusCode, 200, url);
    }
    assert.match((await get('/xxgk/documents?page=100000')).body, /最多可翻到第 500 页/);
    // a NUL character is refused up front (both engines) as a Chinese 400 page, never a 500
    const nul = await get('/search?q=%00');
    assert.equal(nul.statusCode, 400);
    assert.match(nul.body, /<html lang="zh-CN"/);
  });

  it('the document page: metadata table, title, sanitised body, attachments, related links, no-cache and a weak ETag', async () => {
    const r = await get(`/xxgk/documents/${ids.normative}`);
    assert.equal(r.statusCode, 200);
    const html = r.body;
    assert.match(html, /<title>菏泽市财政局 菏泽市人民政府办公室关于印发财政专项资金管理办法的通知 - 菏泽市人民政府<\/title>/);
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
    assert.match(html, /<nav aria-label="当前位置" class="breadcrumb">/);
    assert.match(meta(html, '索引号') ?? '', /^hz-czj\/2026-\d{5}$/);
    assert.equal(meta(html, '主题分类'), '财政、金融、审计 / 财政');
    assert.equal(meta(html, '发文机关'), '菏泽市财政局、菏泽市人民政府办公室');
    assert.equal(meta(html, '成文日期'), '2026-02-27');
    assert.equal(meta(html, '标题'), '菏泽市财政局 菏泽市人民政府办公室关于印发财政专项资金管理办法的通知');
    assert.equal(meta(html, '发文字号'), '菏财发〔2026〕1号');
    assert.equal(meta(html, '发布日期'), '2026-03-02');
    assert.equal(meta(html, '体裁'), '规范性文件');
    assert.equal(meta(html, '有效性'), '现行有效（2026-03-01 起施行，有效期至 2031-02-28）');
    assert.equal(meta(html, '主题词'), '财政 专项资金 管理');
    assert.match(html, /<div class="doc-body"><p>各县区财政局：<\/p>/);
    assert.match(html, /<a href="\/xxgk\/documents">返回列表<\/a>/);
    assert.match(html, /<h2 id="related-heading">菏泽市财政局最新公开<\/h2><ul><li><a href="\/xxgk\/documents\/\d+">/);
    assert.ok(!html.includes(`href="/xxgk/documents/${ids.normative}"`), 'the page does not list itself as related');
    assert.equal(r.headers['cache-control'], 'no-cache');
    const etag = r.headers.etag as string;
    assert.match(etag, /^W\/"/);
    const again = await get(`/xxgk/documents/${ids.normative}`, { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    // a document without 体裁/主题词 leaves those rows out; 有效性 is always there
    const urban = await get(`/xxgk/documents/${ids.urban}`);
    assert.equal(meta(urban.body, '主题词'), undefined);
    assert.equal(meta(urban.body, '有效性'), '未标注');
    assert.equal(meta(urban.body, '发文字号'), '菏政办字〔2021〕35号');
    assert.equal(meta(urban.body, '发布日期'), '2021-06-08');
  });

  it('attachments are listed with type and size and stream with the stored type and a UTF-8 file name', async () => {
    const page = (await get(`/xxgk/documents/${ids.urban}`)).body;
    const link = /<a href="(\/xxgk\/documents\/\d+\/attachments\/\d+)">城市更新补充说明.txt<\/a> <span class="count">（文本，(\d+) 字节）<\/span>/.exec(page);
    assert.ok(link, 'attachment listed');
    const file = await t.app.inject({ method: 'GET', url: link[1] });
    assert.equal(file.statusCode, 200);
    assert.match(file.headers['content-type'] as string, /^text\/plain/);
    assert.match(file.headers['content-disposition'] as string, /^attachment; filename="[^"]*"; filename\*=UTF-8''%E5%9F%8E%E5%B8%82/);
    assert.equal(file.body, '城市更新行动方案的补充说明：项目总投资三千万元。\n');
    assert.equal(Number(file.headers['content-length']), Number(link[2]));
    assert.equal((await t.app.inject({ method: 'GET', url: link[1], headers: { 'if-none-match': file.headers.etag as string } })).statusCode, 304);
    assert.equal((await get(`/xxgk/documents/${ids.urban}/attachments/999999`)).statusCode, 404);
    assert.equal((await get(`/xxgk/documents/${ids.report}${link[1].slice(link[1].indexOf('/attachments'))}`)).statusCode, 404, 'an attachment only under its own document');
  });

  it('unknown, unpublished and malformed addresses are the portal 404 page', async () => {
    const draft = await d.create({ title: '尚未发布的草稿文件' });
    for (const url of ['/xxgk/documents/999999', `/xxgk/documents/${draft.id}`, '/xxgk/documents/abc', '/xxgk/documents/0', '/xxgk/documents/99999999999999', `/xxgk/documents/${draft.id}/attachments/1`]) {
      const r = await get(url);
      assert.equal(r.statusCode, 404, url);
      assert.match(r.body, /<h1>页面不存在<\/h1>/, url);
      assert.doesNotMatch(r.body, /尚未发布的草稿文件/);
    }
    // without an HTML Accept header too (a page address is a page)
    assert.match((await t.app.inject({ method: 'GET', url: '/xxgk/documents/999999' })).headers['content-type'] as string, /^text\/html/);
  });

  it('a withdrawn document keeps its address: 410 with the public reason and date, no body, no attachments, gone from lists', async () => {
    const doc = await d.publishAll({ title: '菏泽市财政局关于将要撤回的测试文件的通知', bodyHtml: '<p>撤回前的正文内容。</p>' });
    const w = await d.as('leader', { method: 'POST', url: `/api/v1/documents/${doc.id}/withdraw`, payload: { reason: '该文件内容有误，已重新印发' } });
    assert.equal(w.statusCode, 200, w.body);
    const r = await get(`/xxgk/documents/${doc.id}`);
    assert.equal(r.statusCode, 410);
    assert.match(r.body, /<h1>菏泽市财政局关于将要撤回的测试文件的通知<\/h1>/);
    assert.match(text(r.body), /该文件已于 2026-03-02 撤回，不再公开。/);
    assert.match(text(r.body), /撤回原因：该文件内容有误，已重新印发/);
    assert.doesNotMatch(r.body, /撤回前的正文内容/);
    assert.doesNotMatch(r.body, /\/attachments\//);
    assert.ok(!titlesIn((await get('/xxgk/documents?org=hz-czj')).body).includes(doc.id));
    assert.doesNotMatch((await get('/search?q=撤回的测试文件')).body, new RegExp(`/xxgk/documents/${doc.id}"`));
  });

  it('search puts the exact 发文字号 first in any bracket style, flagged 精确匹配, with highlighted title and snippet', async () => {
    for (const q of ['菏政办字[2021]35号', '菏政办字(2021)35号', '菏政办字（2021）35号', '菏政办字〔2021〕35号']) {
      const r = await get(`/search?q=${encodeURIComponent(q)}`);
      assert.equal(r.statusCode, 200, q);
      const found = titlesIn(r.body);
      assert.equal(found[0], ids.urban, `${q}: exact match first`);
      assert.ok(found.includes(ids.report), `${q}: the citing document is found too`);
      assert.match(r.body, new RegExp(`<li><span class="badge">精确匹配</span><a class="doc-link" href="/xxgk/documents/${ids.urban}">`));
      assert.equal(r.body.match(/精确匹配<\/span>/g)?.length, 1, 'only the exact match is flagged');
    }
    const r = await get(`/search?q=${encodeURIComponent('城市更新')}`);
    assert.match(r.body, /<title>“城市更新”的检索结果 - 菏泽市人民政府<\/title>/);
    assert.match(r.body, /<mark>城市<\/mark><mark>更新<\/mark>|<mark>城市更新<\/mark>/);
    assert.match(r.body, /<p class="snippet">[^<]*(<mark>|…)/);
    assert.match(r.body, /<input id="q" type="search"[^>]*value="城市更新"/);
    assert.match(r.body, /<label for="q">检索词<\/label>/);
    assert.match(r.body, /与“城市更新”相关的结果共 2 条/);
    // facets are filter links with counts, and keep the query
    assert.match(r.body, /<a href="\/search\?q=%E5%9F%8E%E5%B8%82%E6%9B%B4%E6%96%B0&amp;year=2021">2021年<\/a> <span class="count">（1）<\/span>/);
    const filtered = await get(`/search?q=${encodeURIComponent('城市更新')}&year=2021`);
    assert.deepEqual(titlesIn(filtered.body), [ids.urban]);
    const byIndex = await get(`/search?q=${encodeURIComponent(meta((await get(`/xxgk/documents/${ids.urban}`)).body, '索引号')!)}`);
    assert.equal(titlesIn(byIndex.body)[0], ids.urban);
    assert.match(byIndex.body, /精确匹配/);
    // pagination on search
    const many = await get(`/search?q=${encodeURIComponent('专项资金')}&sort=date`);
    assert.equal(titlesIn(many.body).length, 10);
    assert.match(many.body, /<nav class="pagination" aria-label="分页">/);
    assert.match(many.body, /按发布日期排序/);
  });

  it('absurd input gives a 200 page: long text cut with a notice, odd characters harmless, and a helpful no-results block', async () => {
    for (const q of ['"', 'AND', 'OR NOT', '*', '(', '😀😀', "'; drop table documents; --", '<script>alert(1)</script>', '\\', '%', ' ', 'a'.repeat(1000), '城'.repeat(10_000)]) {
      const r = await get(`/search?q=${encodeURIComponent(q)}`);
      assert.equal(r.statusCode, 200, `${q.slice(0, 20)} → ${r.statusCode}`);
      assert.doesNotMatch(r.body, /<script>alert/);
    }
    const long = await get(`/search?q=${encodeURIComponent('城'.repeat(10_000))}`);
    assert.match(long.body, /检索词超过 200 个字，已按前 200 个字检索。/);
    const arr = await get('/search?q=a&q=b&page=x&sort=sideways');
    assert.equal(arr.statusCode, 200);
    const none = await get(`/search?q=${encodeURIComponent('不存在的词语组合乌有之乡')}`);
    assert.equal(none.statusCode, 200);
    const block = text(/<div class="no-results">(.*?)<\/div>/.exec(none.body)?.[1] ?? '');
    assert.match(block, /没有找到与“不存在的词语组合乌有之乡”相关的政府信息/);
    assert.match(block, /错别字/);
    assert.match(block, /减少关键词/);
    assert.match(block, /菏政办字〔2021〕35号/);
    assert.match(none.body, /按主题浏览：<span><a href="\/xxgk\/documents\?topic=02">综合政务<\/a>/);
    const empty = await get('/search');
    assert.equal(empty.statusCode, 200);
    assert.match(empty.body, /<title>检索政府信息 - 菏泽市人民政府<\/title>/);
  });

  it('hostile HTML in a body or title never reaches a page or a feed', async () => {
    const pages = [`/xxgk/documents/${ids.hostile}`, '/xxgk/documents', '/xxgk/', `/search?q=${encodeURIComponent('预算 公开')}`, '/search?org=hz-jyj'];
    for (const url of pages) {
      const r = await get(url);
      assert.equal(r.statusCode, 200, url);
      assert.doesNotMatch(r.body, /<script|onerror|onclick|javascript:/i, url);
    }
    const page = (await get(`/xxgk/documents/${ids.hostile}`)).body;
    assert.match(page, /<h1 id="doc-title" class="doc-heading">&lt;script&gt;alert\(&quot;t&quot;\)&lt;\/script&gt;关于“预算”&amp;&#x27;公开&#x27;的通知<\/h1>/);
    assert.match(page, /<div class="doc-body"><p>正文一段。<\/p>(<img [^>]*>)?<p>正文二段。<\/p><\/div>/);
    const feed = (await get('/xxgk/feed.atom')).body;
    assert.doesNotMatch(feed, /<script/);
    const titles = parseXml(feed).filter((e) => e.name === 'title').map((e) => e.text);
    assert.ok(titles.includes(HOSTILE_TITLE), 'the feed carries the title as text, escaped');
  });

  it('a scheduled document is on no page, feed or sitemap before its time, and on all of them after', async () => {
    const doc = await d.create({ title: '菏泽市财政局关于定时发布测试的公告', genre: '公告' });
    assert.equal((await d.submit(doc.id)).statusCode, 200);
    assert.equal((await d.approve(doc.id)).statusCode, 200);
    const p = await d.publish(doc.id, '2026-03-02T15:00:00+08:00');
    assert.equal(p.json().status, 'scheduled', p.body);
    const url = `/xxgk/documents/${doc.id}`;
    const visible = async () => ({
      page: (await get(url)).statusCode,
      list: titlesIn((await get('/xxgk/documents')).body).includes(doc.id),
      search: titlesIn((await get(`/search?q=${encodeURIComponent('定时发布测试')}`)).body).includes(doc.id),
      home: titlesIn((await get('/xxgk/')).body).includes(doc.id),
      feed: (await get('/xxgk/feed.atom')).body.includes(url),
      sitemap: (await get('/sitemap.xml')).body.includes(url),
    });
    assert.deepEqual(await visible(), { page: 404, list: false, search: false, home: false, feed: false, sitemap: false });
    t.clock.set('2026-03-02T15:00:01+08:00');
    try {
      assert.deepEqual(await visible(), { page: 200, list: true, search: true, home: true, feed: true, sitemap: true });
      assert.equal(meta((await get(url)).body, '发布日期'), '2026-03-02');
    } finally {
      t.clock.set('2026-03-02T09:00:00+08:00');
    }
  });

  it('feeds are well-formed Atom 1.0 (id, updated, self and alternate links), per organisation too; the sitemap lists the pages', async () => {
    const r = await get('/xxgk/feed.atom');
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /^application\/atom\+xml/);
    const els = parseXml(r.body);
    assert.equal(els[0].name, 'feed');
    assert.equal(els[0].attrs.xmlns, 'http://www.w3.org/2005/Atom');
    const top = (name: string) => els.find((e) => e.name === name)!;
    assert.match(top('id').text, /^http:\/\/localhost(:80)?\/xxgk\/feed.atom$/);
    assert.match(top('updated').text, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    const links = els.filter((e) => e.name === 'link');
    assert.ok(links.some((l) => l.attrs.rel === 'self' && l.attrs.href.endsWith('/xxgk/feed.atom')));
    assert.ok(links.some((l) => l.attrs.rel === 'alternate' && l.attrs.href.endsWith('/xxgk/documents')));
    const entries = els.filter((e) => e.name === 'entry');
    assert.equal(entries.length, 29);
    assert.ok(els.filter((e) => e.name === 'published').every((e) => /\+08:00$/.test(e.text)));
    const org = await get('/xxgk/orgs/hz-bgs/feed.atom');
    const orgEls = parseXml(org.body);
    assert.equal(orgEls.filter((e) => e.name === 'entry').length, 2);
    assert.equal(orgEls.find((e) => e.name === 'title')!.text, '菏泽市人民政府办公室 政府信息公开');
    assert.equal((await get('/xxgk/orgs/no-such-org/feed.atom')).statusCode, 404);
    assert.equal((await get('/xxgk/feed.atom', { 'if-none-match': r.headers.etag as string })).statusCode, 304);
    // a proxy's malformed Host never reaches the XML
    const odd = await t.app.inject({ method: 'GET', url: '/xxgk/feed.atom', headers: { host: 'evil"><x' } });
    assert.doesNotThrow(() => parseXml(odd.body));
    assert.match(odd.body, /<id>http:\/\/localhost\/xxgk\/feed.atom<\/id>/);

    const sm = await get('/sitemap.xml');
    assert.equal(sm.statusCode, 200);
    const locs = parseXml(sm.body).filter((e) => e.name === 'loc').map((e) => new URL(e.text).pathname);
    assert.ok(locs.includes('/') && locs.includes('/xxgk/'));
    for (const id of Object.values(ids)) assert.ok(locs.includes(`/xxgk/documents/${id}`), `sitemap lists document ${id}`);
    assert.equal(locs.filter((l) => /^\/xxgk\/documents\/\d+$/.test(l)).length, 29);
  });

  it('says 约 N 条 when the engine estimates the total', () => {
    const html = renderSearchPage({ siteName: '测试', largeText: false, path: '/search' }, {
      listing: { q: '公开', page: 1 }, pages: 500, notices: [], orgs: [],
      result: { total: 123456, totalIsEstimate: true, page: 1, pageSize: 10, hits: [], terms: ['公开'], tookMs: 1, facets: { org: [], topic: [{ value: '综合政务', label: '综合政务', count: 5000 }], genre: [], year: [], validity: [] } },
    });
    assert.match(html, /与“公开”相关的结果约 123,456 条/);
    assert.match(html, /综合政务<\/a> <span class="count">（约5000）<\/span>/);
  });
});
