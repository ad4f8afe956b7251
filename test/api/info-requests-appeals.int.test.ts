// 行政复议 / 行政诉讼 records of 依申请公开 (table 四 of the annual report) through the API: the rules
// of each record, optimistic locking, the year's summary counted by hand, and organisation scope.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { idNumber } from '../support/documents.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

type Method = 'GET' | 'POST' | 'PATCH';
const zero = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };

describe('行政复议、行政诉讼 records', () => {
  let t: TestApp;
  let gkb: Session;
  let leader: Session;
  let editor: Session;
  let county: Session;
  const call = (s: Session, method: Method, url: string, payload?: unknown) => t.as(s, { method, url, ...(payload ? { payload: payload as object } : {}) });
  const ids: Record<'r1' | 'r2' | 'r3', number> = { r1: 0, r2: 0, r3: 0 };
  const appeals: Record<string, { id: number; version: number }> = {};

  /** A letter registered at 菏泽市财政局 on `receivedOn`, withdrawn (closed) on `closedOn`. */
  async function closedRequest(n: number, description: string, receivedOn: string, closedOn: string): Promise<number> {
    const r = await call(gkb, 'POST', '/api/v1/info-requests', {
      to: 'hz-czj', channel: 'letter', receivedOn, description, delivery: 'paper',
      applicant: { type: 'natural', name: `申请人${'甲乙丙'[n]}`, idType: '身份证', idNumber: idNumber(`3717021980010100${n}`), phone: `1390530000${n}`, address: '菏泽市牡丹区中华路1号' },
    });
    assert.equal(r.statusCode, 201, r.body);
    const closed = await call(gkb, 'POST', `/api/v1/info-requests/${r.json().id}/termination`, { on: closedOn, result: 'other.other', reason: '申请人来函撤回申请' });
    assert.equal(closed.statusCode, 200, closed.body);
    return r.json().id;
  }

  async function file(key: string, requestId: number, body: Record<string, unknown>) {
    const r = await call(gkb, 'POST', `/api/v1/info-requests/${requestId}/appeals`, body);
    assert.equal(r.statusCode, 201, `${key}: ${r.body}`);
    appeals[key] = { id: r.json().id, version: r.json().version };
    return r.json();
  }

  before(async () => {
    t = await buildTestApp(); // clock: 2026-03-02 09:00 Asia/Shanghai
    [gkb, leader, editor, county] = await Promise.all([t.login('gkb'), t.login('leader'), t.login('editor'), t.login('caoxian-gkb')]);
    ids.r1 = await closedRequest(0, '菏泽市财政局2025年政府采购项目清单及中标结果', '2025-06-02', '2025-06-10');
    ids.r2 = await closedRequest(1, '菏泽市财政局2025年度三公经费支出明细', '2025-10-09', '2025-10-20');
    ids.r3 = await closedRequest(2, '菏泽市财政局2026年部门预算编制说明', '2026-01-05', '2026-01-20');
  });
  after(() => t.close());

  it('records a 行政复议 with its outcome, flags nothing when filed in time, and audits it', async () => {
    const a1 = await file('a1', ids.r1, { kind: 'review', filedOn: '2025-07-01', bodyName: '菏泽市人民政府', caseNumber: '菏政复〔2025〕12号', outcome: 'upheld', decidedOn: '2025-09-01' });
    assert.equal(a1.kind, 'review');
    assert.equal(a1.kindLabel, '行政复议');
    assert.equal(a1.outcomeLabel, '结果维持');
    assert.equal(a1.requestId, ids.r1);
    assert.equal(a1.org, '菏泽市财政局');
    assert.equal(a1.lateFiling, false);
    assert.equal(a1.lateFilingNote, null);
    assert.equal(a1.version, 1);
    const pending = await file('a5', ids.r2, { kind: 'litigationDirect', filedOn: '2025-11-03', bodyName: '菏泽市牡丹区人民法院' });
    assert.equal(pending.outcome, 'pending', 'outcome defaults to 尚未审结');
    assert.equal(pending.decidedOn, null);
    const audits = await t.c.db.selectFrom('audit_entries').select(['action', 'entity_id']).where('action', '=', 'info_request.appeal.create').execute();
    assert.equal(audits.length, 2);
  });

  it('accepts late filings but flags them (60 days for 复议, 6 months for 直接起诉)', async () => {
    // r1 closed 2025-06-10: 6 months end 2025-12-10.
    const a3 = await file('a3', ids.r1, { kind: 'litigationDirect', filedOn: '2026-01-05', bodyName: '菏泽市牡丹区人民法院' });
    assert.equal(a3.lateFiling, true);
    assert.match(a3.lateFilingNote, /六个月/);
    // r2 closed 2025-10-20: 60 days end 2025-12-19.
    const a4 = await file('a4', ids.r2, { kind: 'review', filedOn: '2025-12-25', bodyName: '菏泽市人民政府', outcome: 'other', decidedOn: '2026-02-10', note: '申请人撤回复议申请，复议终止' });
    assert.equal(a4.lateFiling, true);
    assert.match(a4.lateFilingNote, /六十日/);
  });

  it('refuses records whose dates are out of order, with the reason in Chinese', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['before receipt', { kind: 'review', filedOn: '2025-05-30', bodyName: '菏泽市人民政府' }, /不能早于收到政府信息公开申请之日（2025-06-02）/],
      ['in the future', { kind: 'review', filedOn: '2026-03-03', bodyName: '菏泽市人民政府' }, /不能晚于今天（2026-03-02）/],
      ['decided without a date', { kind: 'review', filedOn: '2025-07-01', bodyName: '菏泽市人民政府', outcome: 'corrected' }, /请填写审结日期/],
      ['decided before filed', { kind: 'review', filedOn: '2025-07-01', bodyName: '菏泽市人民政府', outcome: 'upheld', decidedOn: '2025-06-30' }, /审结日期不能早于申请行政复议之日/],
      ['pending with a date', { kind: 'review', filedOn: '2025-07-01', bodyName: '菏泽市人民政府', decidedOn: '2025-08-01' }, /尚未审结的案件不应填写审结日期/],
      ['no such day', { kind: 'review', filedOn: '2025-02-30', bodyName: '菏泽市人民政府' }, /不是有效的日期/],
      ['unknown kind', { kind: 'appeal', filedOn: '2025-07-01', bodyName: '菏泽市人民政府' }, /请选择类型/],
      ['no body', { kind: 'review', filedOn: '2025-07-01', bodyName: '' }, /复议机关或受理法院/],
    ];
    for (const [name, body, detail] of cases) {
      const r = await call(gkb, 'POST', `/api/v1/info-requests/${ids.r1}/appeals`, body);
      assert.equal(r.statusCode, 400, `${name}: ${r.body}`);
      assert.equal(r.json().code, 'VALIDATION_FAILED', name);
      assert.match(r.json().detail, detail, name);
    }
  });

  it('复议后起诉 needs a 行政复议 on the same request, filed no later', async () => {
    const missing = await call(gkb, 'POST', `/api/v1/info-requests/${ids.r3}/appeals`, { kind: 'litigationAfterReview', filedOn: '2026-02-20', bodyName: '菏泽市中级人民法院' });
    assert.equal(missing.statusCode, 409, missing.body);
    assert.equal(missing.json().code, 'INFO_REQUEST_APPEAL_REVIEW_MISSING');
    assert.match(missing.json().detail, /须先登记该申请的行政复议记录/);
    const early = await call(gkb, 'POST', `/api/v1/info-requests/${ids.r1}/appeals`, { kind: 'litigationAfterReview', filedOn: '2025-06-20', bodyName: '菏泽市中级人民法院' });
    assert.equal(early.statusCode, 400);
    assert.match(early.json().detail, /不能早于申请行政复议之日（2025-07-01）/);
    // Decided in 2026, filed in 2025: counted in 2025 (see the summary below).
    const a2 = await file('a2', ids.r1, { kind: 'litigationAfterReview', filedOn: '2025-09-10', bodyName: '菏泽市中级人民法院', outcome: 'corrected', decidedOn: '2026-01-15' });
    assert.equal(a2.kindLabel, '行政诉讼（复议后起诉）');
    assert.equal(a2.lateFiling, false);
  });

  it('updates the outcome with optimistic locking: a stale version is refused (409)', async () => {
    const a6 = await file('a6', ids.r3, { kind: 'review', filedOn: '2026-02-02', bodyName: '菏泽市人民政府' });
    const url = `/api/v1/info-requests/appeals/${a6.id}`;
    const noDate = await call(gkb, 'PATCH', url, { version: 1, outcome: 'corrected' });
    assert.equal(noDate.statusCode, 400);
    assert.match(noDate.json().detail, /请填写审结日期/);
    const ok = await call(gkb, 'PATCH', url, { version: 1, outcome: 'corrected', decidedOn: '2026-02-27', caseNumber: '菏政复〔2026〕3号' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().version, 2);
    assert.equal(ok.json().outcome, 'corrected');
    assert.equal(ok.json().caseNumber, '菏政复〔2026〕3号');
    const stale = await call(gkb, 'PATCH', url, { version: 1, outcome: 'upheld', decidedOn: '2026-02-27' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'INFO_REQUEST_APPEAL_VERSION_CONFLICT');
    assert.match(stale.json().detail, /刷新后重试/);
    const updates = await t.c.db.selectFrom('audit_entries').select('summary').where('action', '=', 'info_request.appeal.update').execute();
    assert.equal(updates.length, 1);
    assert.match(updates[0].summary, /尚未审结 → 结果纠正/);
    // Back to pending clears the decision day.
    const reopened = await call(gkb, 'PATCH', url, { version: 2, outcome: 'pending' });
    assert.equal(reopened.json().decidedOn, null);
    const again = await call(gkb, 'PATCH', url, { version: 3, outcome: 'corrected', decidedOn: '2026-02-27' });
    assert.equal(again.statusCode, 200, again.body);
  });

  it('summarises table 四 by the year of filing, exactly the reviewLitigation shape', async () => {
    // Hand count. 2025: a1 review upheld; a4 review other (decided 2026); a5 direct pending; a2 after-review corrected (decided 2026).
    //             2026: a6 review corrected; a3 direct pending (late).
    const y2025 = await call(gkb, 'GET', '/api/v1/info-requests/appeals/summary?year=2025&org=hz-czj&scope=self');
    assert.equal(y2025.statusCode, 200, y2025.body);
    assert.deepEqual(y2025.json(), {
      review: { upheld: 1, corrected: 0, other: 1, pending: 0, total: 2 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationAfterReview: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
    });
    const y2026 = await call(gkb, 'GET', '/api/v1/info-requests/appeals/summary?year=2026&org=hz-czj');
    assert.deepEqual(y2026.json(), {
      review: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationAfterReview: zero,
    });
    // The city government itself has none; with its subtree it has the department's.
    const self = await call(gkb, 'GET', '/api/v1/info-requests/appeals/summary?year=2025&org=heze&scope=self');
    assert.deepEqual(self.json(), { review: zero, litigationDirect: zero, litigationAfterReview: zero });
    const subtree = await call(gkb, 'GET', '/api/v1/info-requests/appeals/summary?year=2025&org=heze&scope=subtree');
    assert.deepEqual(subtree.json(), y2025.json());
    // Defaults: the caller's organisation (leader: 市财政局), this year.
    const mine = await call(leader, 'GET', '/api/v1/info-requests/appeals/summary');
    assert.deepEqual(mine.json(), y2026.json());
  });

  it('lists per request and per scope; the static /appeals path is not taken for an id', async () => {
    const all = await call(gkb, 'GET', '/api/v1/info-requests/appeals');
    assert.equal(all.statusCode, 200, all.body);
    assert.equal(all.json().total, 6);
    const reviews2025 = await call(gkb, 'GET', '/api/v1/info-requests/appeals?year=2025&kind=review');
    assert.deepEqual(reviews2025.json().items.map((a: { id: number }) => a.id).sort(), [appeals.a1.id, appeals.a4.id].sort());
    const pending = await call(leader, 'GET', '/api/v1/info-requests/appeals?outcome=pending');
    assert.deepEqual(pending.json().items.map((a: { id: number }) => a.id).sort(), [appeals.a3.id, appeals.a5.id].sort());
    const badKind = await call(gkb, 'GET', '/api/v1/info-requests/appeals?kind=appeal');
    assert.equal(badKind.statusCode, 400);
    // Editors of 主动公开 do not read applicants' requests (REQUEST_READERS); a leader in scope does.
    assert.equal((await call(editor, 'GET', `/api/v1/info-requests/${ids.r1}/appeals`)).statusCode, 403);
    const ofR1 = await call(leader, 'GET', `/api/v1/info-requests/${ids.r1}/appeals`);
    assert.equal(ofR1.statusCode, 200, ofR1.body);
    assert.deepEqual(ofR1.json().items.map((a: { filedOn: string }) => a.filedOn), ['2025-07-01', '2025-09-10', '2026-01-05']);
  });

  it('reading is for anyone in scope; writing for the office and handlers only', async () => {
    const denied = await call(editor, 'POST', `/api/v1/info-requests/${ids.r1}/appeals`, { kind: 'review', filedOn: '2025-07-01', bodyName: '菏泽市人民政府' });
    assert.equal(denied.statusCode, 403);
    const patch = await call(leader, 'PATCH', `/api/v1/info-requests/appeals/${appeals.a5.id}`, { version: 1, outcome: 'upheld', decidedOn: '2026-01-10' });
    assert.equal(patch.statusCode, 403);
  });

  it('a county office admin sees none of the city’s records and cannot change them', async () => {
    const list = await call(county, 'GET', '/api/v1/info-requests/appeals');
    assert.equal(list.statusCode, 200);
    assert.deepEqual(list.json().items, []);
    assert.equal(list.json().total, 0);
    const ofR1 = await call(county, 'GET', `/api/v1/info-requests/${ids.r1}/appeals`);
    assert.equal(ofR1.statusCode, 404);
    assert.equal(ofR1.json().code, 'INFO_REQUEST_NOT_FOUND');
    const create = await call(county, 'POST', `/api/v1/info-requests/${ids.r1}/appeals`, { kind: 'review', filedOn: '2025-07-01', bodyName: '菏泽市人民政府' });
    assert.equal(create.statusCode, 404);
    const patch = await call(county, 'PATCH', `/api/v1/info-requests/appeals/${appeals.a5.id}`, { version: 1, outcome: 'upheld', decidedOn: '2026-01-10' });
    assert.equal(patch.statusCode, 404);
    assert.equal(patch.json().code, 'INFO_REQUEST_APPEAL_NOT_FOUND');
    const summary = await call(county, 'GET', '/api/v1/info-requests/appeals/summary?year=2025&org=hz-czj');
    assert.equal(summary.statusCode, 404);
    assert.equal(summary.json().code, 'ORG_NOT_FOUND');
    const own = await call(county, 'GET', '/api/v1/info-requests/appeals/summary?year=2025&scope=subtree');
    assert.deepEqual(own.json(), { review: zero, litigationDirect: zero, litigationAfterReview: zero });
    const total = await t.c.db.selectFrom('info_request_appeals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(total.n), 6, 'nothing written by refused calls');
  });
});
