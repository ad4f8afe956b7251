// 答复: every reply type produces its letter with its legal basis and remedies; the applicant downloads it
// with the tracking code; the acknowledgement and reply mails go through the outbox to a real SMTP server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import mammoth from 'mammoth';
import { extractText } from '../../src/platform/files/index.js';
import { DEFAULT_REPLY_TEMPLATES } from '../../src/modules/info-requests/letters/index.js';
import { RESULT_CODES } from '../../src/modules/info-requests/vocabulary.js';
import { idNumber } from '../support/documents.js';
import { type SmtpSink, createSmtpSink } from '../support/smtp-sink.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

/** Plausible values for every field a template declares. */
const FIELD_VALUES: Record<string, string> = {
  infoLocation: '该信息已在菏泽市财政局门户网站“政府信息公开”专栏主动公开', withheldPart: '第三方的身份证号码', reason: '涉及个人隐私，公开后可能损害第三方合法权益',
  otherOrgName: '菏泽市自然资源和规划局', otherOrgContact: '0530-1234567', noticeOn: '2026-03-02', channel: '12345政务服务便民热线', previousReplyOn: '2026-01-05',
  previousLetterNumber: '菏财依复〔2026〕1号', correctionDueOn: '2026-03-20', fee: '300', withdrawnOn: '2026-03-02',
};

describe('依申请公开: replies, letters and mail', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let gkb: Session;
  let n = 0;
  const staff = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => t.as(gkb, { method, url, ...(payload ? { payload: payload as object } : {}) });

  /** A received request (registered as a letter received today), its id. */
  async function received(email?: string): Promise<number> {
    n += 1;
    const r = await staff('POST', '/api/v1/info-requests', {
      to: 'hz-czj', channel: 'letter', receivedOn: '2026-03-02', delivery: 'electronic',
      description: `菏泽市财政局2025年第${n}批政府采购合同及验收报告`,
      applicant: { type: 'natural', name: '王小明', idType: 'resident_id', idNumber: idNumber(`371702198001${String((n % 28) + 1).padStart(2, '0')}${String(n).padStart(3, '0')}`), phone: '13905300002', ...(email ? { email } : {}) },
    });
    assert.equal(r.statusCode, 201, r.body);
    return r.json().id;
  }

  before(async () => {
    sink = createSmtpSink();
    await sink.start();
    t = await buildTestApp({ config: { smtpUrl: sink.url } });
    gkb = await t.login('gkb');
  });
  after(async () => {
    await t.close();
    await sink.stop();
  });

  it('every result type of table 三 produces its letter (DOCX) with the article and the remedies, and closes the request', async () => {
    const numbers: number[] = [];
    for (const code of RESULT_CODES) {
      const id = await received();
      const tpl = DEFAULT_REPLY_TEMPLATES[code];
      const fields = Object.fromEntries(tpl.fields.map((f) => [f.key, FIELD_VALUES[f.key] ?? '（测试内容）']));
      const on = code === 'other.correctionOverdue' || code === 'other.feeUnpaid' ? null : '2026-03-02';
      if (!on) continue; // those two end by the clock (tested in the clock's own tests and below)
      const r = await staff('POST', `/api/v1/info-requests/${id}/reply`, { on, result: code, fields });
      assert.equal(r.statusCode, 200, `${code}: ${r.body}`);
      assert.equal(r.json().request.status, 'closed');
      assert.equal(r.json().request.result, code);
      assert.match(r.json().number, /〔2026〕\d+号$/);
      numbers.push(Number(/〔2026〕(\d+)号$/.exec(r.json().number)![1]));
      const docx = await staff('GET', `/api/v1/info-requests/${id}/letters/${r.json().letterId}.docx`);
      assert.equal(docx.statusCode, 200);
      const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
      assert.ok(text.includes(tpl.letterTitle), `${code}: title`);
      assert.ok(text.includes(r.json().number), `${code}: number`);
      assert.ok(text.includes('王小明'), `${code}: addressee`);
      assert.ok(text.replace(/\s/g, '').includes(tpl.article.replace(/\s/g, '')) || text.includes('政府信息公开条例'), `${code}: article`);
      assert.match(text, /60日内.*行政复议/s, `${code}: remedy`);
      assert.match(text, /6个月内.*行政诉讼/s, `${code}: remedy`);
      assert.doesNotMatch(text, /\{[A-Za-z]+\}/, `${code}: placeholder left`);
    }
    assert.deepEqual(numbers, numbers.map((_, i) => i + 1), 'letter numbers run 1, 2, 3 … per organisation and year');
  });

  it('the clock’s own endings (逾期不补正, 逾期未缴费) get their 告知书 once the deadline has passed, not before', async () => {
    const a = await received();
    assert.equal((await staff('POST', `/api/v1/info-requests/${a}/correction-request`, { on: '2026-03-02', items: ['请说明所需合同的编号'], correctBy: '2026-03-09' })).statusCode, 200);
    const b = await received();
    const fee = await staff('POST', `/api/v1/info-requests/${b}/fee-notice`, { on: '2026-03-02', method: 'per_volume', quantity: 250 });
    assert.equal(fee.statusCode, 200, fee.body);
    assert.equal(fee.json().status, 'awaiting_payment');
    const early = await staff('POST', `/api/v1/info-requests/${a}/reply`, { on: '2026-03-02', result: 'other.correctionOverdue', fields: { noticeOn: '2026-03-02' } });
    assert.equal(early.statusCode, 409, 'not before the correction period has run out');
    t.clock.set('2026-04-10T09:00:00+08:00');
    try {
      gkb = await t.login('gkb');
      for (const [id, result, fields] of [[a, 'other.correctionOverdue', { noticeOn: '2026-03-02', correctionDueOn: '2026-03-09' }], [b, 'other.feeUnpaid', { noticeOn: '2026-03-02', fee: '4700' }]] as const) {
        const r = await staff('POST', `/api/v1/info-requests/${id}/reply`, { on: '2026-04-10', result, fields });
        assert.equal(r.statusCode, 200, `${result}: ${r.body}`);
        const text = (await mammoth.extractRawText({ buffer: (await staff('GET', `/api/v1/info-requests/${id}/letters/${r.json().letterId}.docx`)).rawPayload })).value;
        assert.match(text, /政府信息公开申请告知书/);
        assert.ok(text.includes(result === 'other.feeUnpaid' ? '第四十二条' : '第三十条'), result);
      }
    } finally {
      t.clock.set('2026-03-02T09:00:00+08:00');
      gkb = await t.login('gkb');
    }
  });

  it('the lapse job ends requests whose applicant let the 补正 deadline pass, with the 告知书, and leaves the others', async () => {
    const lapsing = await received();
    const waiting = await received();
    await staff('POST', `/api/v1/info-requests/${lapsing}/correction-request`, { on: '2026-03-02', items: ['请说明所需合同的编号'], correctBy: '2026-03-06' });
    await staff('POST', `/api/v1/info-requests/${waiting}/correction-request`, { on: '2026-03-02', items: ['请说明所需合同的编号'], correctBy: '2026-03-20' });
    t.clock.set('2026-03-09T09:00:00+08:00');
    try {
      assert.equal(await t.c.infoRequests.replies.lapseDue(), 1);
      assert.equal(await t.c.infoRequests.replies.lapseDue(), 0, 'idempotent');
      gkb = await t.login('gkb');
      const ended = (await staff('GET', `/api/v1/info-requests/${lapsing}`)).json();
      assert.equal(ended.status, 'closed');
      assert.equal(ended.result, 'other.correctionOverdue');
      assert.equal(ended.events.at(-1).actor, '系统（申请人逾期，自动办结）');
      const letters = (await staff('GET', `/api/v1/info-requests/${lapsing}/letters`)).json();
      assert.equal(letters.length, 1);
      assert.equal((await staff('GET', `/api/v1/info-requests/${waiting}`)).json().status, 'awaiting_correction');
    } finally {
      t.clock.set('2026-03-02T09:00:00+08:00');
      gkb = await t.login('gkb');
    }
  });

  it('refuses a reply missing what its letter needs, naming it, and changes nothing', async () => {
    const id = await received();
    const r = await staff('POST', `/api/v1/info-requests/${id}/reply`, { on: '2026-03-02', result: 'withheld.thirdPartyRights', fields: {} });
    assert.equal(r.statusCode, 400);
    assert.equal(r.json().code, 'LETTER_FIELD_MISSING');
    assert.match(r.json().detail, /请填写不予公开的理由/);
    const still = await staff('GET', `/api/v1/info-requests/${id}`);
    assert.notEqual(still.json().status, 'closed', 'nothing half-written');
  });

  it('the applicant applies online, gets the acknowledgement mail, and downloads the reply letter as DOCX and PDF', async () => {
    const apply = await t.app.inject({ method: 'POST', url: '/api/v1/public/requests', payload: {
      to: 'hz-czj', delivery: 'electronic', description: '菏泽市财政局2026年部门预算及“三公”经费预算说明',
      applicant: { type: 'natural', name: '赵敏', idType: 'resident_id', idNumber: idNumber('37170219920202003'), phone: '13905300003', email: 'zhaomin@example.com' },
    } });
    assert.equal(apply.statusCode, 201, apply.body);
    const { trackingCode, secret } = apply.json();
    await t.c.mailer.deliverDue();
    const ack = await sink.waitFor((m) => m.subject.includes(trackingCode), 5000);
    assert.match(ack.subject, /已收到您的政府信息公开申请/);
    assert.match(ack.text, /第三十一条/);
    assert.ok(!ack.text.includes(secret), 'the secret never travels by mail');

    const id = (await staff('GET', `/api/v1/info-requests?q=${trackingCode}`)).json().items[0].id;
    assert.equal((await staff('POST', `/api/v1/info-requests/${id}/confirm`, { receivedOn: '2026-03-02' })).statusCode, 200);
    const reply = await staff('POST', `/api/v1/info-requests/${id}/reply`, { on: '2026-03-02', result: 'disclosed', fields: { infoLocation: '该信息已在菏泽市财政局门户网站主动公开' } });
    assert.equal(reply.statusCode, 200, reply.body);
    await t.c.mailer.deliverDue();
    const replied = await sink.waitFor((m) => m.subject.includes('已答复') && m.subject.includes(trackingCode), 5000);
    assert.match(replied.text, new RegExp(reply.json().number.replace(/[〔〕]/g, '.')));

    const track = await t.app.inject({ method: 'GET', url: `/api/v1/public/requests/${trackingCode}?secret=${secret}` });
    assert.equal(track.json().status, 'closed');
    assert.equal(track.json().result, 'disclosed');
    const letterId = reply.json().letterId;
    const wrong = await t.app.inject({ method: 'GET', url: `/api/v1/public/requests/${trackingCode}/letters/${letterId}.docx?secret=NOPE` });
    assert.equal(wrong.statusCode, 404);
    const docx = await t.app.inject({ method: 'GET', url: `/api/v1/public/requests/${trackingCode}/letters/${letterId}.docx?secret=${secret}` });
    assert.equal(docx.statusCode, 200);
    assert.match(String(docx.headers['content-disposition']), /attachment/);
    const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/public/requests/${trackingCode}/letters/${letterId}.pdf?idLast6=${idNumber('37170219920202003').slice(-6)}` });
    assert.equal(pdf.statusCode, 200, pdf.body);
    const { text } = await extractText(pdf.rawPayload, 'pdf');
    assert.match(text.replace(/\s/g, ''), /政府信息公开申请答复书/);
    assert.match(text.replace(/\s/g, ''), /第三十六条/);
  });

  it('an edited template (new version) is used for the next letter; a broken edit is refused', async () => {
    const orgId = await t.orgId('hz-czj');
    const tpl = DEFAULT_REPLY_TEMPLATES['unable.notHeld'];
    const bad = await staff('PUT', '/api/v1/info-requests/templates/unable.notHeld', { orgId, article: tpl.article, letterTitle: tpl.letterTitle, body: '经检索，{nonsense}不存在。' });
    assert.equal(bad.statusCode, 400);
    const body = `${tpl.body}\n特别说明：本局自2024年起不再保存该类纸质档案。`;
    const ok = await staff('PUT', '/api/v1/info-requests/templates/unable.notHeld', { orgId, article: tpl.article, letterTitle: tpl.letterTitle, body });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().version, 1);
    const id = await received();
    const r = await staff('POST', `/api/v1/info-requests/${id}/reply`, { on: '2026-03-02', result: 'unable.notHeld', fields: {} });
    assert.equal(r.statusCode, 200, r.body);
    const docx = await staff('GET', `/api/v1/info-requests/${id}/letters/${r.json().letterId}.docx`);
    assert.match((await mammoth.extractRawText({ buffer: docx.rawPayload })).value, /不再保存该类纸质档案/);
  });

  it('tells the applicant by mail of an extension (第三十三条第二款) and of a fee notice, with the new dates', async () => {
    const id = await received('notice@example.com');
    const leader = await t.login('leader');
    const ext = await t.as(leader, { method: 'POST', url: `/api/v1/info-requests/${id}/extension`, payload: { on: '2026-03-02', workdays: 10, reason: '需调阅多个年度的档案' } });
    assert.equal(ext.statusCode, 200, ext.body);
    const fee = await staff('POST', `/api/v1/info-requests/${id}/fee-notice`, { on: '2026-03-02', method: 'per_volume', quantity: 250 });
    assert.equal(fee.statusCode, 200, fee.body);
    await t.c.mailer.deliverDue();
    const m1 = await sink.waitFor((m) => m.to.includes('notice@example.com') && m.subject.includes('延期'), 5000);
    assert.ok(m1.text.includes(ext.json().dueOn), 'the new due date is in the mail');
    const m2 = await sink.waitFor((m) => m.to.includes('notice@example.com') && m.subject.includes('收费'), 5000);
    assert.match(m2.text, /4700元/);
    assert.ok(m2.text.includes(fee.json().clock.payBy));
  });

  it('keeps the mail in the outbox while SMTP is down and sends it once it is back', async () => {
    await sink.stop();
    const id = await received('outage@example.com');
    const r = await staff('POST', `/api/v1/info-requests/${id}/reply`, { on: '2026-03-02', result: 'unable.notHeld', fields: {} });
    assert.equal(r.statusCode, 200, r.body);
    const first = await t.c.mailer.deliverDue();
    assert.equal(first.sent, 0);
    const pending = await t.c.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', 'outage@example.com').execute();
    assert.equal(pending.length, 1);
    assert.equal(pending[0].status, 'pending');
    await sink.start();
    t.clock.advance(10 * 60_000);
    await t.c.mailer.deliverDue();
    const m = await sink.waitFor((x) => x.to.includes('outage@example.com'), 5000);
    assert.match(m.subject, /已答复/);
  });
});
