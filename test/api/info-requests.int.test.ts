// 依申请公开 through the API: the public contract (submit, track, 补正 online), the office's steps on
// the statutory clock, personal data encrypted at rest and every view of it audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { idNumber } from '../support/documents.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

const ID = idNumber('37170219850312001'); // a valid 18-digit number (check digit computed)
const natural = (over: Record<string, unknown> = {}) => ({ type: 'natural', name: '张三丰', idType: '身份证', idNumber: ID, phone: '139 0530 0001', email: 'zhang@example.com', address: '菏泽市牡丹区中华路1号', ...over });
const application = (over: Record<string, unknown> = {}) => ({ to: 'hz-czj', applicant: natural(), description: '2025年菏泽市市级部门预算公开说明中“三公”经费的明细', purpose: '学习研究', delivery: 'electronic', ...over });

describe('依申请公开 API', () => {
  let t: TestApp;
  let gkb: Session;
  let leader: Session;
  let editor: Session;
  const post = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, payload: payload as object });
  const staff = (s: Session, method: 'GET' | 'POST', url: string, payload?: unknown) => t.as(s, { method, url, ...(payload ? { payload: payload as object } : {}) });

  before(async () => {
    t = await buildTestApp();
    [gkb, leader, editor] = await Promise.all([t.login('gkb'), t.login('leader'), t.login('editor')]);
  });
  after(() => t.close());

  it('refuses bad applications with a Chinese detail naming the field (problem+json)', async () => {
    const wrongCheck = ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1');
    const cases: [unknown, RegExp][] = [
      [application({ applicant: natural({ idNumber: wrongCheck }) }), /applicant\.idNumber：身份证号码校验位错误/],
      [application({ applicant: { type: 'organization', orgType: 'commercial', name: '某某公司', creditCode: '91371700MA3C0000X0', legalRepresentative: '李四', contactName: '王五', phone: '05305310000' } }), /统一社会信用代码校验位错误/],
      [application({ to: 'no-such-org' }), /受理机关/],
      [application({ description: '短' }), /description：请描述所需的政府信息/],
      [application({ applicant: natural({ phone: '12345' }) }), /联系电话格式不正确/],
      [application({ delivery: 'pigeon' }), /获取信息的方式/],
      [application({ applicant: natural({ idType: '驾照' }) }), /身份证件类型/],
    ];
    for (const [body, detail] of cases) {
      const r = await post('/api/v1/public/requests', body);
      assert.equal(r.statusCode, 400, r.body);
      assert.match(r.headers['content-type'] as string, /application\/problem\+json/);
      assert.match(r.json().detail, detail);
    }
  });

  it('submits, tracks with the secret or the ID’s last six, refuses a wrong secret and a duplicate', async () => {
    const r = await post('/api/v1/public/requests', application());
    assert.equal(r.statusCode, 201, r.body);
    const { trackingCode, secret } = r.json();
    assert.match(trackingCode, /^2026-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.match(secret, /^[0-9A-Z]{10}$/);
    const wrong = await t.app.inject({ method: 'GET', url: `/api/v1/public/requests/${trackingCode}?secret=WRONGWRONG` });
    assert.equal(wrong.statusCode, 404);
    assert.equal(wrong.json().code, 'INFO_REQUEST_TRACKING_REFUSED');
    const ok = await t.app.inject({ method: 'GET', url: `/api/v1/public/requests/${trackingCode}?secret=${secret}` });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().status, 'awaiting_confirmation');
    assert.equal(ok.json().receivedAt, null);
    assert.equal(ok.json().dueDate, null);
    const byId = await t.app.inject({ method: 'GET', url: `/api/v1/public/requests/${trackingCode}?idLast6=${ID.slice(-6)}` });
    assert.equal(byId.statusCode, 200);
    const dup = await post('/api/v1/public/requests', application({ description: '2025年菏泽市市级部门预算公开说明中“三公”经费的明细。' }));
    assert.equal(dup.statusCode, 409);
    assert.equal(dup.json().code, 'INFO_REQUEST_DUPLICATE');
    assert.equal(dup.json().trackingCode, trackingCode);
  });

  it('keeps personal data encrypted at rest; lists mask it; revealing it is audited', async () => {
    const rows = await sql<Record<string, unknown>>`select * from info_requests`.execute(t.c.db);
    const raw = JSON.stringify(rows.rows);
    for (const secret of [ID, '13905300001', '中华路']) assert.ok(!raw.includes(secret), `${secret} stored in clear`);
    const list = await staff(gkb, 'GET', '/api/v1/info-requests');
    assert.equal(list.statusCode, 200);
    const item = list.json().items[0];
    assert.equal(item.applicant, '张**');
    const masked = await staff(gkb, 'GET', `/api/v1/info-requests/${item.id}`);
    assert.equal(masked.json().applicantDetail.idNumber, `${ID.slice(0, 4)}**********${ID.slice(-4)}`);
    const before = await t.c.db.selectFrom('audit_entries').select('id').where('action', '=', 'info_request.view_personal_data').execute();
    const shown = await staff(gkb, 'GET', `/api/v1/info-requests/${item.id}?reveal=true`);
    assert.equal(shown.json().applicantDetail.idNumber, ID);
    assert.equal(shown.json().applicantDetail.phone, '13905300001');
    const afterRows = await t.c.db.selectFrom('audit_entries').select('id').where('action', '=', 'info_request.view_personal_data').execute();
    assert.equal(afterRows.length, before.length + 1);
    const denied = await staff(editor, 'GET', `/api/v1/info-requests/${item.id}?reveal=true`);
    assert.equal(denied.statusCode, 403);
  });

  it('runs the clock: confirm → 补正 (within 7 working days) → online correction restarts it → extension by a leader only', async () => {
    const { trackingCode, secret } = (await post('/api/v1/public/requests', application({ description: '菏泽市财政局2025年度政府采购项目清单及中标结果' }))).json();
    const id = (await staff(gkb, 'GET', `/api/v1/info-requests?q=${trackingCode}`)).json().items[0].id;
    const confirmed = await staff(gkb, 'POST', `/api/v1/info-requests/${id}/confirm`, { receivedOn: '2026-03-02' });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal(confirmed.json().dueOn, '2026-03-30'); // 20 working days after Mon 2026-03-02, no holiday in March
    assert.match(confirmed.json().registerNo, /^2026-\d{4}$/);

    const late = await staff(gkb, 'POST', `/api/v1/info-requests/${id}/correction-request`, { on: '2026-03-12', items: ['请说明所需采购项目的名称或编号'] });
    assert.equal(late.statusCode, 409, 'the 8th working day is too late (条例第三十条)');
    const corr = await staff(gkb, 'POST', `/api/v1/info-requests/${id}/correction-request`, { on: '2026-03-02', items: ['请说明所需采购项目的名称或编号'] });
    assert.equal(corr.statusCode, 200, corr.body);
    assert.equal(corr.json().status, 'awaiting_correction');
    assert.equal(corr.json().dueOn, null);

    t.clock.set('2026-03-05T10:00:00+08:00');
    try {
      [gkb, leader] = await Promise.all([t.login('gkb'), t.login('leader')]); // sessions lapse over days
      const tracked = await t.app.inject({ method: 'GET', url: `/api/v1/public/requests/${trackingCode}?secret=${secret}` });
      assert.equal(tracked.json().status, 'awaiting_correction');
      assert.ok(tracked.json().correctBy);
      assert.ok(tracked.json().timeline.some((e: { detail?: string }) => e.detail?.includes('请说明所需采购项目的名称或编号')));
      const corrected = await post(`/api/v1/public/requests/${trackingCode}/correction`, { idLast6: ID.slice(-6), text: '所需为2025年菏泽市财政局办公设备采购项目（编号HZCG-2025-018）的中标结果' });
      assert.equal(corrected.statusCode, 200, corrected.body);
      assert.equal(corrected.json().status, 'in_progress');
      assert.equal(corrected.json().dueDate, '2026-04-02'); // restarts from 03-05: 20 working days

      const byOffice = await staff(gkb, 'POST', `/api/v1/info-requests/${id}/extension`, { on: '2026-03-05', workdays: 10, reason: '涉及多个年度的采购档案，需调阅核实' });
      assert.equal(byOffice.statusCode, 403);
      const ext = await staff(leader, 'POST', `/api/v1/info-requests/${id}/extension`, { on: '2026-03-05', workdays: 10, reason: '涉及多个年度的采购档案，需调阅核实' });
      assert.equal(ext.statusCode, 200, ext.body);
      assert.equal(ext.json().dueOn, '2026-04-17'); // +10 working days over 清明 (04-04..06 off)
      const again = await staff(leader, 'POST', `/api/v1/info-requests/${id}/extension`, { on: '2026-03-06', workdays: 5, reason: '再次延期测试' });
      assert.equal(again.statusCode, 409);
      const events = ext.json().events.map((e: { type: string }) => e.type);
      assert.deepEqual(events, ['submitted', 'received', 'correction_requested', 'corrected', 'extended']);
    } finally {
      t.clock.set('2026-03-02T09:00:00+08:00');
      [gkb, leader] = await Promise.all([t.login('gkb'), t.login('leader')]);
    }
  });

  it('registers a letter received offline with its receipt date, pauses for a consultation, and ends a withdrawn request', async () => {
    const r = await staff(gkb, 'POST', '/api/v1/info-requests', {
      ...application({ description: '菏泽市2026年春节期间市场价格监测报告', applicant: natural({ name: '李四', idNumber: idNumber('37170219900101002') }) }),
      channel: 'letter', receivedOn: '2026-02-12',
    });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().dueOn, '2026-03-18'); // domain.md worked check across 春节 2026
    assert.equal(r.json().channel, 'letter');
    const id = r.json().id;
    const c = await staff(gkb, 'POST', `/api/v1/info-requests/${id}/consultations`, { on: '2026-02-24', party: '菏泽市某某商贸有限公司', kind: 'third_party' });
    assert.equal(c.statusCode, 200, c.body);
    assert.equal(c.json().status, 'consulting');
    const cid = c.json().events.at(-1).data.consultationId;
    const end = await staff(gkb, 'POST', `/api/v1/info-requests/${id}/consultation-end`, { on: '2026-02-26', consultationId: cid, opinion: 'object' });
    assert.equal(end.json().status, 'in_progress');
    assert.equal(end.json().clock.pausedWorkdays, 3); // 02-24, 02-25, 02-26 not counted
    assert.equal(end.json().dueOn, '2026-03-23'); // 03-18 + 3 working days
    const dash = await staff(gkb, 'GET', '/api/v1/info-requests/dashboard');
    assert.ok(dash.json().totals.open >= 2);
    const w = await staff(gkb, 'POST', `/api/v1/info-requests/${id}/termination`, { on: '2026-03-02', result: 'other.other', reason: '申请人来函撤回申请' });
    assert.equal(w.statusCode, 200, w.body);
    assert.equal(w.json().status, 'closed');
    assert.equal(w.json().result, 'other.other');
    const overdue = await staff(gkb, 'GET', '/api/v1/info-requests?view=overdue');
    assert.equal(overdue.json().items.length, 0);
  });
});
