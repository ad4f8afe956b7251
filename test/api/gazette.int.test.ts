// 政府公报: an issue compiled from published documents in sections, its table of contents, the published HTML
// page and the PDF generated at publication (read back with pdf.js), withdrawal; scope and role refusals.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { extractText } from '../../src/platform/files/index.js';
import { CjkFontMissing, findCjkFonts } from '../../src/platform/render/index.js';
import { documentActions } from '../support/documents.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

const HTML = { accept: 'text/html' };
const HOSTILE = '<script>alert(1)</script>关于“公报”&刊登的通知';
const squash = (s: string) => s.replace(/\s+/g, '');

describe('政府公报: issues, sections, the published page and PDF', () => {
  let t: TestApp;
  let d: ReturnType<typeof documentActions>;
  const docs: { id: number; title: string; docNumber: string | null }[] = [];
  let issueId = 0;
  let version = 0;
  const get = (user: string, url: string) => d.as(user, { method: 'GET', url });

  before(async () => {
    t = await buildTestApp();
    d = documentActions(t);
    const made = [
      { title: '菏泽市财政局关于印发预算绩效评价办法的通知', docNumber: '菏财字〔2026〕11号', bodyHtml: '<p>各县区财政局：</p><p>现将《预算绩效评价办法》印发给你们，请遵照执行。</p><table><tr><td>项目</td><td>分值</td></tr></table>' },
      { title: HOSTILE, docNumber: '菏财字〔2026〕12号' },
      { title: '菏泽市财政局关于公布2026年度收费目录清单的通知', docNumber: '菏财字〔2026〕13号' },
    ];
    for (const m of made) docs.push(await d.publishAll(m));
  });
  after(() => t.close());

  it('the 政务公开办 creates an issue: numbers run on, the title follows the organisation, the usual sections are there', async () => {
    const orgId = await t.orgId('heze');
    const r = await d.as('gkb', { method: 'POST', url: '/api/v1/gazette/issues', payload: { orgId, year: 2026, number: 3, totalNumber: 45, issueDate: '2026-03-20' } });
    assert.equal(r.statusCode, 201, r.body);
    const issue = r.json();
    assert.equal(issue.title, '菏泽市人民政府公报 2026年第3期');
    assert.deepEqual(issue.sections.map((s: { title: string }) => s.title), ['市政府文件', '市政府办公室文件', '部门文件', '人事任免', '其他']);
    issueId = issue.id;
    version = issue.version;
    const next = await d.as('gkb', { method: 'POST', url: '/api/v1/gazette/issues', payload: { orgId, year: 2026, issueDate: '2026-04-20', sections: ['市政府文件'] } });
    assert.equal(next.statusCode, 201);
    assert.deepEqual([next.json().number, next.json().totalNumber], [4, 46]);
    const dup = await d.as('gkb', { method: 'POST', url: '/api/v1/gazette/issues', payload: { orgId, year: 2026, number: 3, issueDate: '2026-03-21' } });
    assert.equal(dup.statusCode, 409);
    assert.match(dup.json().detail, /2026年第3期已存在/);
    await d.as('gkb', { method: 'DELETE', url: `/api/v1/gazette/issues/${next.json().id}` });
  });

  it('scope and roles: a county office and a department editor do not see the city issue; a handler cannot create', async () => {
    assert.equal((await get('caoxian-gkb', `/api/v1/gazette/issues/${issueId}`)).statusCode, 404);
    assert.equal((await get('editor', `/api/v1/gazette/issues/${issueId}`)).statusCode, 404);
    assert.equal((await get('caoxian-gkb', '/api/v1/gazette/issues')).json().total, 0);
    assert.equal((await d.as('handler', { method: 'POST', url: '/api/v1/gazette/issues', payload: { orgId: await t.orgId('hz-bgs'), year: 2026, issueDate: '2026-03-20' } })).statusCode, 403);
    const outside = await d.as('caoxian-gkb', { method: 'POST', url: '/api/v1/gazette/issues', payload: { orgId: await t.orgId('heze'), year: 2026, issueDate: '2026-03-20' } });
    assert.equal(outside.statusCode, 404);
    assert.equal((await d.as('caoxian-gkb', { method: 'PUT', url: `/api/v1/gazette/issues/${issueId}/contents`, payload: { version, sections: [] } })).statusCode, 404);
  });

  it('contents: only public documents, each once; a stale version is refused; reordering is saving the new order', async () => {
    const draft = await d.create({ title: '尚未公开的草稿文件' });
    const put = (sections: unknown[], v = version) => d.as('gkb', { method: 'PUT', url: `/api/v1/gazette/issues/${issueId}/contents`, payload: { version: v, sections } });
    const unpublished = await put([{ title: '部门文件', documentIds: [docs[0].id, draft.id] }]);
    assert.equal(unpublished.statusCode, 400);
    assert.match(unpublished.json().detail, /栏目“部门文件”第2项.*尚未公开/);
    const twice = await put([{ title: '市政府文件', documentIds: [docs[0].id] }, { title: '部门文件', documentIds: [docs[0].id] }]);
    assert.equal(twice.statusCode, 400);
    const first = await put([{ title: '市政府文件', documentIds: [docs[1].id, docs[0].id] }, { title: '部门文件', documentIds: [docs[2].id] }]);
    assert.equal(first.statusCode, 200, first.body);
    assert.equal((await put([], version)).statusCode, 409, 'stale version');
    version = first.json().version;
    const reordered = await put([{ title: '市政府文件', documentIds: [docs[0].id, docs[1].id] }, { title: '部门文件', documentIds: [docs[2].id] }]);
    assert.equal(reordered.statusCode, 200);
    version = reordered.json().version;
    const toc = reordered.json().sections.map((s: { title: string; items: { id: number }[] }) => [s.title, s.items.map((i) => i.id)]);
    assert.deepEqual(toc, [['市政府文件', [docs[0].id, docs[1].id]], ['部门文件', [docs[2].id]]]);
    const preview = await get('gkb', `/api/v1/gazette/issues/${issueId}/pdf`);
    assert.equal(preview.statusCode, 200);
    assert.equal(preview.headers['content-type'], 'application/pdf');
    assert.equal((await t.app.inject({ method: 'GET', url: `/xxgk/gazette/${issueId}`, headers: HTML })).statusCode, 404, 'a draft is not public');
    assert.equal((await t.app.inject({ method: 'GET', url: `/xxgk/gazette/${issueId}.pdf` })).statusCode, 404);
  });

  it('publishing stores the PDF once (audited); the page has the TOC with anchors and every text, titles escaped', async () => {
    const pub = await d.as('gkb', { method: 'POST', url: `/api/v1/gazette/issues/${issueId}/publish` });
    assert.equal(pub.statusCode, 200, pub.body);
    assert.equal(pub.json().status, 'published');
    assert.ok(pub.json().pdfSize > 10_000);
    const row = await t.c.db.selectFrom('gazette_issues').select('pdf_key').where('id', '=', issueId).executeTakeFirstOrThrow();
    assert.ok(row.pdf_key && (await t.c.files.exists(row.pdf_key)));
    const audit = await t.c.db.selectFrom('audit_entries').select('action').where('entity_type', '=', 'gazette_issue').where('entity_id', '=', String(issueId)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['gazette.create', 'gazette.contents', 'gazette.contents', 'gazette.publish']);
    assert.equal((await d.as('gkb', { method: 'PUT', url: `/api/v1/gazette/issues/${issueId}/contents`, payload: { version: pub.json().version, sections: [] } })).statusCode, 409);

    const page = await t.app.inject({ method: 'GET', url: `/xxgk/gazette/${issueId}`, headers: HTML });
    assert.equal(page.statusCode, 200);
    const html = page.body;
    for (const doc of docs) {
      assert.ok(html.includes(`href="#item-${doc.id}"`), `TOC links ${doc.id}`);
      assert.ok(html.includes(`id="item-${doc.id}"`), `anchor ${doc.id}`);
      assert.ok(html.includes(doc.docNumber!));
    }
    assert.ok(html.indexOf(`href="#item-${docs[0].id}"`) < html.indexOf(`href="#item-${docs[1].id}"`), 'TOC order');
    assert.ok(html.indexOf('href="#section-1"') < html.indexOf('href="#section-2"'));
    assert.ok(!html.includes('<script>alert(1)</script>'), 'hostile title escaped');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;关于“公报”&amp;刊登的通知'));
    assert.ok(html.includes('现将《预算绩效评价办法》印发给你们'), 'full text');
    assert.ok(html.includes(`href="/xxgk/gazette/${issueId}.pdf"`));

    const list = await t.app.inject({ method: 'GET', url: '/xxgk/gazette?year=2026', headers: HTML });
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes(`href="/xxgk/gazette/${issueId}"`));
    assert.match(list.body, /第3期（总第45期）/);
  });

  it('the PDF reads back with the issue title, the documents, their 发文字号 and the TOC page numbers', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/xxgk/gazette/${issueId}.pdf` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''/);
    const etag = String(res.headers.etag);
    assert.equal((await t.app.inject({ method: 'GET', url: `/xxgk/gazette/${issueId}.pdf`, headers: { 'if-none-match': etag } })).statusCode, 304);
    const { text, pages } = await extractText(res.rawPayload, 'pdf');
    const all = squash(text);
    assert.ok(all.includes(squash('菏泽市人民政府公报 2026年第3期')), 'issue title');
    assert.ok(all.includes('2026年第3期（总第45期）'));
    assert.ok(all.includes('目录'));
    for (const doc of docs) {
      assert.ok(all.includes(squash(doc.title)), `title ${doc.title}`);
      assert.ok(all.includes(doc.docNumber!), `发文字号 ${doc.docNumber}`);
    }
    assert.ok(all.includes('现将《预算绩效评价办法》印发给你们'));
    // Cover, one TOC page, then each document on its own page: the TOC says 2, 3, 4 and the footers agree.
    assert.equal(pages, 5);
    assert.ok(all.includes('—4—'));
  });

  it('withdrawal: a leader or the 政务公开办 with a public reason; the issue stays listed, marked, without its text', async () => {
    assert.equal((await d.as('editor', { method: 'POST', url: `/api/v1/gazette/issues/${issueId}/withdraw`, payload: { reason: '编排有误' } })).statusCode, 403);
    const w = await d.as('gkb', { method: 'POST', url: `/api/v1/gazette/issues/${issueId}/withdraw`, payload: { reason: '目录编排有误，更正后重新发布' } });
    assert.equal(w.statusCode, 200, w.body);
    assert.equal(w.json().status, 'withdrawn');
    const page = await t.app.inject({ method: 'GET', url: `/xxgk/gazette/${issueId}`, headers: HTML });
    assert.equal(page.statusCode, 410);
    assert.ok(page.body.includes('目录编排有误，更正后重新发布'));
    assert.ok(!page.body.includes('现将《预算绩效评价办法》'));
    assert.equal((await t.app.inject({ method: 'GET', url: `/xxgk/gazette/${issueId}.pdf` })).statusCode, 404);
    const list = await t.app.inject({ method: 'GET', url: '/xxgk/gazette', headers: HTML });
    assert.match(list.body, /<span class="badge">已撤回<\/span>/);
    assert.equal((await t.app.inject({ method: 'GET', url: '/xxgk/gazette/abc', headers: HTML })).statusCode, 404);
  });

  it('without a CJK font the PDF fails with a Chinese message naming fonts-noto-cjk', async () => {
    await assert.rejects(findCjkFonts({ fcMatch: '/nonexistent/fc-match' }), (err: unknown) => err instanceof CjkFontMissing && /fonts-noto-cjk/.test(err.message) && err.status === 503);
    // fontconfig answers with a fallback face when the family is missing: that is not accepted either.
    const fake = path.join(t.db.dataDir, 'fake-fc-match');
    fs.writeFileSync(fake, "#!/bin/sh\nprintf '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf|DejaVu Sans|DejaVuSans'\n", { mode: 0o755 });
    await assert.rejects(findCjkFonts({ fcMatch: fake }), /fonts-noto-cjk/);
  });
});
