// The annual report's workflow through the API and the portal: the live report from requests, the
// office's inputs, every refusal before publishing (sections, a stale version, last year's figures),
// publication and correction, exports (DOCX parsed back, PDF text), the public pages and JSON, the
// drill-down, the supervising office's view, history imports (2019 and 2021 formats) and scope.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import mammoth from 'mammoth';
import { idNumber } from '../support/documents.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';
import { extractText } from '../../src/platform/files/index.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const BASE = '/api/v1/annual-reports';
const sections = { overview: '2025年，菏泽市财政局认真贯彻《中华人民共和国政府信息公开条例》。\n\n全年主动公开政府信息120条。', problems: '政策解读形式还不够丰富。下一步将加强图解。', other: '本年度未收取信息处理费。' };
const entered = { licensing: 12, punishment: 3, enforcement: 0, feesTenThousandYuan: 1.5 };

describe('年度报告: workspace, publication, exports, portal, supervision', () => {
  let t: TestApp;
  let gkb: Session;
  let leader: Session;
  let editor: Session;
  let county: Session;
  const call = (s: Session, method: Method, url: string, payload?: unknown) => t.as(s, { method, url, ...(payload !== undefined ? { payload: payload as object } : {}) });

  async function request(n: number, type: 'natural' | 'commercial', receivedOn: string): Promise<number> {
    const applicant = type === 'natural'
      ? { type, name: `申请人${n}`, idType: '身份证', idNumber: idNumber(`3717021980010100${n}`), phone: `1390530000${n}`, address: '菏泽市牡丹区中华路1号' }
      : { type: 'legal', orgType: 'commercial', name: `菏泽某某商贸有限公司${n}`, creditCode: undefined, contact: '王经理', phone: `1390530001${n}`, address: '菏泽市牡丹区人民路2号' };
    const r = await call(gkb, 'POST', '/api/v1/info-requests', { to: 'hz-czj', channel: 'letter', receivedOn, description: `菏泽市财政局第${n}项财政资金使用情况`, delivery: 'paper', applicant });
    assert.equal(r.statusCode, 201, r.body);
    return r.json().id;
  }

  before(async () => {
    t = await buildTestApp(); // clock: 2026-03-02 09:00 Asia/Shanghai
    [gkb, leader, editor, county] = await Promise.all([t.login('gkb'), t.login('leader'), t.login('editor'), t.login('caoxian-gkb')]);
    // 2025 at 菏泽市财政局: 3 received; one disclosed, one withdrawn in 2025, one still open at year end.
    const a = await request(1, 'natural', '2025-03-03');
    const b = await request(2, 'natural', '2025-06-02');
    await request(3, 'natural', '2025-12-22');
    assert.equal((await call(gkb, 'POST', `/api/v1/info-requests/${a}/reply`, { on: '2025-03-20', result: 'disclosed', fields: { infoLocation: '菏泽市财政局门户网站' } })).statusCode, 200);
    assert.equal((await call(gkb, 'POST', `/api/v1/info-requests/${b}/termination`, { on: '2025-06-10', result: 'other.other', reason: '申请人来函撤回申请' })).statusCode, 200);
  });
  after(() => t.close());

  it('computes the live report from the requests, with the statutory date and no saved draft', async () => {
    const r = await call(gkb, 'GET', `${BASE}/hz-czj/2025`);
    assert.equal(r.statusCode, 200, r.body);
    const w = r.json();
    assert.equal(w.status, 'new');
    assert.equal(w.version, 0);
    assert.equal(w.scope, 'self', 'a department reports alone by default');
    assert.deepEqual(w.report.requests.rows.newReceived, [3, 0, 0, 0, 0, 0, 3]);
    assert.deepEqual(w.report.requests.rows.disclosed, [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(w.report.requests.rows['other.other'], [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(w.report.requests.rows.total, [2, 0, 0, 0, 0, 0, 2]);
    assert.deepEqual(w.report.requests.rows.carriedForward, [1, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(w.due, { on: '2026-01-31', late: true }, '第四十九条: departments by 1月31日');
    assert.equal(w.checks.ok, true, JSON.stringify(w.checks.problems));
    const gov = (await call(gkb, 'GET', `${BASE}/heze/2025`)).json();
    assert.equal(gov.scope, 'subtree', 'a government reports with its departments by default');
    assert.equal(gov.due.on, '2026-03-31');
    assert.equal(gov.report.requests.rows.newReceived[6], 3, 'the subtree includes 财政局');
    const self = (await call(gkb, 'GET', `${BASE}/heze/2025?scope=self`)).json();
    assert.equal(self.report.requests.rows.newReceived[6], 0);
  });

  it('drills down from a cell to the requests it counts', async () => {
    const r = await call(gkb, 'GET', `${BASE}/hz-czj/2025/cells?row=newReceived&column=natural`);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().total, 3);
    assert.deepEqual(r.json().items.map((i: { receivedOn: string }) => i.receivedOn), ['2025-03-03', '2025-06-02', '2025-12-22']);
    assert.equal(r.json().items[0].handlingOrg, '菏泽市财政局');
    const fwd = (await call(gkb, 'GET', `${BASE}/hz-czj/2025/cells?row=carriedForward&column=total`)).json();
    assert.deepEqual(fwd.items.map((i: { receivedOn: string }) => i.receivedOn), ['2025-12-22']);
    const bad = await call(gkb, 'GET', `${BASE}/hz-czj/2025/cells?row=nonsense&column=total`);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.headers['content-type'] as string, /problem\+json/);
  });

  it('keeps roles and scope: an editor may not read, another county’s office sees nothing, a leader reads but may not write', async () => {
    assert.equal((await call(editor, 'GET', `${BASE}/hz-czj/2025`)).statusCode, 403);
    assert.equal((await call(county, 'GET', `${BASE}/hz-czj/2025`)).statusCode, 404);
    assert.equal((await call(leader, 'GET', `${BASE}/hz-czj/2025`)).statusCode, 200);
    const w = await call(leader, 'PUT', `${BASE}/hz-czj/2025`, { version: 0, scope: 'self', sections, entered, overrides: {} });
    assert.equal(w.statusCode, 403);
  });

  it('saves the inputs with a version, refuses bad figures in Chinese, and audits the save', async () => {
    const bad = await call(gkb, 'PUT', `${BASE}/hz-czj/2025`, { version: 0, scope: 'self', sections, entered: { ...entered, punishment: -1, feesTenThousandYuan: 1.23456 }, overrides: { normativeDocuments: { inForce: 30 } } });
    assert.equal(bad.statusCode, 400);
    const msgs = bad.json().errors.map((e: { message: string }) => e.message).join('\n');
    assert.match(msgs, /行政处罚本年处理决定数量不能为负数/);
    assert.match(msgs, /至多4位小数/);
    assert.match(msgs, /请写明理由/);
    const ok = await call(gkb, 'PUT', `${BASE}/hz-czj/2025`, { version: 0, scope: 'self', sections: { ...sections, overview: '' }, entered, overrides: { normativeDocuments: { inForce: 30 }, reason: '平台启用前制发的规范性文件未录入' } });
    assert.equal(ok.statusCode, 200, ok.body);
    const w = ok.json();
    assert.equal(w.status, 'draft');
    assert.equal(w.version, 1);
    assert.deepEqual(w.report.proactive.licensing, { decisions: 12 });
    assert.deepEqual(w.report.proactive.fees, { amountTenThousandYuan: 1.5 });
    assert.equal(w.report.proactive.normativeDocuments.inForce, 30);
    assert.equal(w.computed.normativeDocuments.inForce, 0, 'the platform’s own count stays visible');
    assert.match(w.warnings.join(), /手工更正：平台启用前制发的规范性文件未录入/);
    const stale = await call(gkb, 'PUT', `${BASE}/hz-czj/2025`, { version: 0, scope: 'self', sections, entered, overrides: {} });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'ANNUAL_REPORT_VERSION_CONFLICT');
    const audits = await t.c.db.selectFrom('audit_entries').select('summary').where('action', '=', 'annual_report.save').execute();
    assert.deepEqual(audits.map((a) => a.summary), ['保存菏泽市财政局2025年政府信息公开工作年度报告（草稿）']);
  });

  it('refuses to publish without 总体情况, and against last year’s imported report without an explanation', async () => {
    const noText = await call(gkb, 'POST', `${BASE}/hz-czj/2025/publish`, { version: 1 });
    assert.equal(noText.statusCode, 400);
    assert.match(noText.json().detail, /发布前请填写“一、总体情况”/);
    // Last year's report made before the platform says 2 natural-person requests were carried forward.
    const prev = structuredClone((await call(gkb, 'GET', `${BASE}/hz-czj/2025`)).json().report);
    prev.year = 2024;
    for (const k of Object.keys(prev.requests.rows)) prev.requests.rows[k] = [0, 0, 0, 0, 0, 0, 0];
    prev.requests.rows.newReceived = [2, 0, 0, 0, 0, 0, 2];
    prev.requests.rows.carriedForward = [2, 0, 0, 0, 0, 0, 2];
    prev.proactive.normativeDocuments = { issued: 0, repealed: 0, inForce: 30 };
    const imp = await call(gkb, 'POST', `${BASE}/history`, { report: prev, source: '2024年报告（网站公开版）' });
    assert.equal(imp.statusCode, 201, imp.body);
    assert.equal(imp.json().ok, true);
    const saved = await call(gkb, 'PUT', `${BASE}/hz-czj/2025`, { version: 1, scope: 'self', sections, entered, overrides: { normativeDocuments: { inForce: 30 }, reason: '平台启用前制发的规范性文件未录入' } });
    assert.equal(saved.statusCode, 200);
    assert.deepEqual(saved.json().previousSections, prev.sections, 'last year’s text is offered');
    assert.equal(saved.json().checks.ok, false);
    assert.deepEqual(saved.json().checks.previous, { year: 2024, source: 'history', format: '2021' });
    const mismatch = await call(gkb, 'POST', `${BASE}/hz-czj/2025/publish`, { version: 2 });
    assert.equal(mismatch.statusCode, 422);
    assert.equal(mismatch.json().code, 'ANNUAL_REPORT_PREVIOUS_MISMATCH');
    assert.match(mismatch.json().detail, /二、上年结转政府信息公开申请数量”行“自然人”列为0，应等于2024年报告“四、结转下年度继续办理”的2/);
  });

  it('publishes with the explanation, freezes the version, and shows it on the portal with downloads', async () => {
    const r = await call(gkb, 'POST', `${BASE}/hz-czj/2025/publish`, { version: 2, acceptPrevious: '2024年报告在平台启用前编制，结转的2件已于2025年1月办结，未录入平台' });
    assert.equal(r.statusCode, 200, r.body);
    const w = r.json();
    assert.equal(w.status, 'published');
    assert.equal(w.published.version, 1);
    assert.equal(w.published.changed, false);
    assert.match(w.published.versions[0].note, /与上年报告不一致的说明：2024年报告在平台启用前编制/);
    const list = await t.app.inject({ method: 'GET', url: '/xxgk/ndbg/' });
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /菏泽市财政局2025年政府信息公开工作年度报告/);
    assert.match(list.body, /菏泽市财政局2024年政府信息公开工作年度报告/, 'the imported report is listed as history');
    const page = await t.app.inject({ method: 'GET', url: '/xxgk/ndbg/hz-czj/2025' });
    assert.equal(page.statusCode, 200, page.body);
    assert.match(page.body, /<table[^>]*>[\s\S]*本年新收政府信息公开申请数量/);
    assert.match(page.body, /href="\/xxgk\/ndbg\/hz-czj\/2025\.docx"/);
    assert.match(page.body, /历年比较/);
    assert.match(page.body, /<svg/);
    const docx = await t.app.inject({ method: 'GET', url: '/xxgk/ndbg/hz-czj/2025.docx' });
    assert.equal(docx.statusCode, 200);
    const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    for (const s of ['菏泽市财政局2025年政府信息公开工作年度报告', '一、总体情况', '全年主动公开政府信息120条', '本年新收政府信息公开申请数量', '结转下年度继续办理', '行政复议']) assert.ok(text.includes(s), s);
    const pdf = await t.app.inject({ method: 'GET', url: '/xxgk/ndbg/hz-czj/2025.pdf' });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const pdfWords = (await extractText(pdf.rawPayload, 'pdf')).text.replace(/\s+/g, '');
    for (const s of ['政府信息公开工作年度报告', '本年新收', '行政复议']) assert.ok(pdfWords.includes(s), s);
    const json = await t.app.inject({ method: 'GET', url: '/api/v1/public/annual-reports/hz-czj/2025' });
    assert.equal(json.statusCode, 200);
    assert.deepEqual(json.json().report.requests.rows.newReceived, [3, 0, 0, 0, 0, 0, 3]);
    assert.equal((await t.app.inject({ method: 'GET', url: '/xxgk/ndbg/hz-czj/2019' })).statusCode, 404);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/public/annual-reports/hz-czj/2019' })).statusCode, 404);
  });

  it('a later change shows as “changed”; republishing needs a 更正说明 and keeps both versions', async () => {
    const w0 = (await call(gkb, 'GET', `${BASE}/hz-czj/2025`)).json();
    const saved = await call(gkb, 'PUT', `${BASE}/hz-czj/2025`, { ...w0.inputs, version: w0.version, entered: { ...entered, punishment: 4 } });
    assert.equal(saved.json().published.changed, true);
    const noNote = await call(gkb, 'POST', `${BASE}/hz-czj/2025/publish`, { version: saved.json().version, acceptPrevious: '同上' + '一次说明' });
    assert.equal(noNote.statusCode, 400);
    assert.match(noNote.json().detail, /更正说明/);
    const again = await call(gkb, 'POST', `${BASE}/hz-czj/2025/publish`, { version: saved.json().version, note: '行政处罚决定数量更正为4件', acceptPrevious: '2024年报告在平台启用前编制' });
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().published.version, 2);
    const page = await t.app.inject({ method: 'GET', url: '/xxgk/ndbg/hz-czj/2025' });
    assert.match(page.body, /更正（第2版）：行政处罚决定数量更正为4件/);
    const actions = (await t.c.db.selectFrom('audit_entries').select('action').where('entity_type', '=', 'annual_report').execute()).map((a) => a.action);
    assert.deepEqual(actions.filter((a) => a !== 'annual_report.save'), ['annual_report.publish', 'annual_report.republish']);
  });

  it('exports for staff as JSON (the shape of annual-report-json.md), HTML and DOCX', async () => {
    const json = await call(gkb, 'GET', `${BASE}/hz-czj/2025/export.json`);
    assert.equal(json.statusCode, 200);
    const r = json.json();
    assert.deepEqual(Object.keys(r), ['format', 'org', 'year', 'scope', 'sections', 'proactive', 'requests', 'reviewLitigation']);
    assert.equal(r.proactive.punishment.decisions, 4);
    const check = await call(gkb, 'POST', `${BASE}/check`, { report: r });
    assert.deepEqual(check.json(), { ok: true, problems: [] });
    const html = await call(gkb, 'GET', `${BASE}/hz-czj/2025/export.html`);
    assert.match(html.body, /^<!doctype html>/i);
    assert.doesNotMatch(html.body, /<script/);
    const live = await call(gkb, 'GET', `${BASE}/caoxian/2025/export.json?version=published`);
    assert.equal(live.statusCode, 409, 'nothing published there');
  });

  it('checks an uploaded report and lists every failure with its row and column', async () => {
    const r = (await call(gkb, 'GET', `${BASE}/hz-czj/2025/export.json`)).json();
    r.requests.rows.disclosed = [1, 1, 0, 0, 0, 0, 1];
    r.reviewLitigation.review.total = 5;
    const check = await call(gkb, 'POST', `${BASE}/check`, { report: r });
    assert.equal(check.json().ok, false);
    const msgs = check.json().problems.map((p: { message: string }) => p.message);
    assert.ok(msgs.includes('表三“三、（一）予以公开”行“总计”列为1，应等于自然人与五类法人或其他组织之和2'), msgs.join('\n'));
    assert.ok(msgs.some((m: string) => m.startsWith('表四“行政复议”总计为5')));
  });

  it('imports a 2019-format report for history, and the supervising office sees who published, who is late, who is inconsistent', async () => {
    const legacy = {
      format: '2019', org: { code: 'hz-czj', name: '菏泽市财政局' }, year: 2020,
      sections: { overview: '2020年总体情况。' },
      proactive: { normativeDocuments: { made: 3, published: 3, total: 20 }, licensing: { previous: 10, change: -2, decisions: 40 }, procurement: { projects: 5, amountTenThousandYuan: 120.5 } },
      requests: { columns: ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'], rows: { newReceived: [4, 1, 0, 0, 0, 0, 5], disclosed: [3, 1, 0, 0, 0, 0, 4], other: [1, 0, 0, 0, 0, 0, 1], total: [4, 1, 0, 0, 0, 0, 5] } },
      reviewLitigation: { review: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }, litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }, litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 } },
    };
    const imp = await call(gkb, 'POST', `${BASE}/history`, { report: legacy, source: '2020年报告' });
    assert.equal(imp.statusCode, 201, imp.body);
    assert.equal(imp.json().format, '2019');
    assert.equal(imp.json().ok, true, JSON.stringify(imp.json().problems));
    const page = await t.app.inject({ method: 'GET', url: '/xxgk/ndbg/hz-czj/2020' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /2019年试行格式/);
    assert.match(page.body, /采购总金额（万元）/);
    // An inconsistent report of 曹县 made elsewhere is kept and flagged; a broken one is refused.
    const other = (await call(gkb, 'GET', `${BASE}/hz-czj/2025/export.json`)).json();
    other.org = { code: 'caoxian', name: '曹县人民政府' };
    other.requests.rows.newReceived = [9, 0, 0, 0, 0, 0, 9];
    const flagged = await call(gkb, 'POST', `${BASE}/history`, { report: other, source: '曹县报送' });
    assert.equal(flagged.statusCode, 201);
    assert.equal(flagged.json().ok, false);
    const broken = await call(gkb, 'POST', `${BASE}/history`, { report: { ...other, requests: null }, source: 'x' });
    assert.equal(broken.statusCode, 400);
    const sup = await call(gkb, 'GET', `${BASE}/supervision?org=heze&year=2025`);
    assert.equal(sup.statusCode, 200, sup.body);
    const byCode = new Map(sup.json().items.map((i: { org: { code: string } }) => [i.org.code, i]));
    const czj = byCode.get('hz-czj') as Record<string, unknown>;
    assert.equal(czj.status, 'published');
    assert.equal(czj.late, true, 'published on 2026-03-02, due 2026-01-31');
    assert.equal(czj.ok, true, 'a difference from last year published with an explanation is not inconsistent');
    assert.match(czj.explanation as string, /^2024年报告在平台启用前编制/);
    const cx = byCode.get('caoxian') as Record<string, unknown>;
    assert.equal(cx.status, 'external');
    assert.equal(cx.ok, false);
    assert.match((cx.problems as string[])[0]!, /本年新收9/);
    const heze = byCode.get('heze') as Record<string, unknown>;
    assert.equal(heze.status, 'missing');
    assert.equal(heze.late, false, 'a government has until 3月31日');
    assert.ok(sup.json().summary.total > 10);
    assert.equal(sup.json().summary.inconsistent, 1);
    assert.equal((await call(county, 'GET', `${BASE}/supervision?org=heze&year=2025`)).statusCode, 404);
  });
});
