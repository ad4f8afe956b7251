// The figures of the annual report (国办公开办函〔2021〕30号) counted from data made through the real API over
// a fixture year: table 三 (requests) and table 四 (行政复议/诉讼) for 2026, and table 二 第二十条第（一）项
// (规章, 行政规范性文件) for 2025 and 2026. Every expected figure is written out by hand below.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_REPLY_TEMPLATES } from '../../src/modules/info-requests/letters/index.js';
import { APPLICANT_TYPES, RESULT_CODES, type RequestTableCounts } from '../../src/modules/info-requests/index.js';
import { creditCodeCheckChar } from '../../src/platform/text/index.js';
import { documentActions, idNumber } from '../support/documents.js';
import { annualReportIndexes } from '../../migrations/0010-annual-report-indexes.js';
import { TEST_ENGINE } from '../support/test-db.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
type Table = Record<'newReceived' | 'carriedOver' | (typeof RESULT_CODES)[number] | 'total' | 'carriedForward', number[]>;

/** requestTable's answer as the 26 rows × 7 columns of table 三 (the 总计 column and row added up). */
function asRows(c: RequestTableCounts): Table {
  const row = (per: Record<string, number>) => [...APPLICANT_TYPES.map((t) => per[t]), APPLICANT_TYPES.reduce((n, t) => n + per[t], 0)];
  const results = RESULT_CODES.map((r) => row(c.results[r]));
  const total = results.reduce((sum, r) => sum.map((v, i) => v + r[i]), [0, 0, 0, 0, 0, 0, 0]);
  return Object.fromEntries([
    ['newReceived', row(c.newReceived)], ['carriedOver', row(c.carriedOver)],
    ...RESULT_CODES.map((r, i) => [r, results[i]]), ['total', total], ['carriedForward', row(c.carriedForward)],
  ]) as Table;
}

const _ = [0, 0, 0, 0, 0, 0, 0];
/** An 18-character 统一社会信用代码 with its check character computed (GB 32100). */
const creditCode = (n: number) => {
  const first = `91371702MA3C${String(n).padStart(4, '0')}0`;
  return first + creditCodeCheckChar(first)!;
};
const natural = (n: number) => ({ type: 'natural', name: `申请人${n}号`, idType: 'resident_id', idNumber: idNumber(`37170219800101${String(n).padStart(3, '0')}`), phone: '13905300001' });
const organisation = (orgType: string, n: number) => ({
  type: 'organization', orgType, name: `菏泽某某单位${n}号`, creditCode: creditCode(n), legalRepresentative: '李四', contactName: '王五', phone: '05305310000',
});
const FIELD_VALUES: Record<string, string> = {
  infoLocation: '该信息已在牡丹区人民政府门户网站“政府信息公开”专栏主动公开', withheldPart: '第三方的身份证号码', reason: '涉及个人隐私，公开后可能损害第三方合法权益',
  previousReplyOn: '2026-09-01', noticeOn: '2026-11-03', withdrawnOn: '2026-01-05',
};

describe('年度报告 tables 三 and 四 for 2026 (a fixture year made through the API)', () => {
  let t: TestApp;
  let gkb: Session;
  let self: number[];
  let subtree: number[];
  const code: Record<string, string> = {};
  const id: Record<string, number> = {};
  const appeal: Record<string, { id: number; version: number }> = {};
  const call = (method: Method, url: string, payload?: unknown) => t.as(gkb, { method, url, ...(payload ? { payload: payload as object } : {}) });
  async function ok(method: Method, url: string, payload?: unknown, status = 200) {
    const r = await call(method, url, payload);
    assert.equal(r.statusCode, status, `${method} ${url}: ${r.body}`);
    return r.json();
  }
  /** Registered as a letter received on `on` (条例第三十一条), at organisation `to`. */
  async function register(key: string, to: string, applicant: object, on: string) {
    const r = await ok('POST', '/api/v1/info-requests', { to, channel: 'letter', receivedOn: on, delivery: 'paper', applicant, description: `关于${key}号申请所需的2025年度财政资金使用情况` }, 201);
    [id[key], code[key]] = [r.id, r.trackingCode];
  }
  const reply = (key: string, on: string, result: string) => {
    const fields = Object.fromEntries(DEFAULT_REPLY_TEMPLATES[result as keyof typeof DEFAULT_REPLY_TEMPLATES].fields.map((f) => [f.key, FIELD_VALUES[f.key] ?? '（测试内容）']));
    return ok('POST', `/api/v1/info-requests/${id[key]}/reply`, { on, result, fields });
  };
  async function file(key: string, request: string, body: object) {
    const r = await ok('POST', `/api/v1/info-requests/${id[request]}/appeals`, { bodyName: '菏泽市牡丹区人民政府', ...body }, 201);
    appeal[key] = { id: r.id, version: r.version };
  }
  async function decide(key: string, outcome: string, decidedOn: string) {
    const r = await ok('PATCH', `/api/v1/info-requests/appeals/${appeal[key].id}`, { version: appeal[key].version, outcome, decidedOn });
    appeal[key].version = r.version;
  }
  async function at(iso: string) {
    t.clock.set(iso);
    gkb = await t.login('gkb');
  }
  const stats = () => t.c.infoRequests.statistics;

  before(async () => {
    t = await buildTestApp(); // clock: 2026-03-02 09:00 Asia/Shanghai
    gkb = await t.login('gkb');
    const mudan = (await t.c.orgs.findByCode('mudan'))!;
    self = [mudan.id];
    subtree = (await t.c.orgs.listAllRows()).filter((o) => o.path.startsWith(mudan.path)).map((o) => o.id);
    assert.ok(subtree.length > 1 && subtree.includes(await t.orgId('mudan-czj')));

    // ── 2026-03-02: the requests of late 2025 and early 2026 ──────────────────────────────────────────
    await register('R1', 'mudan', natural(1), '2025-03-10');
    await reply('R1', '2025-03-20', 'disclosed'); // received and closed in 2025: not counted in 2026
    await register('R2', 'mudan', organisation('commercial', 2), '2025-11-20');
    await reply('R2', '2026-01-08', 'partiallyDisclosed');
    await register('R3', 'mudan', organisation('research', 3), '2025-12-22');
    await reply('R3', '2026-01-15', 'withheld.thirdPartyRights');
    await register('R4', 'mudan', natural(4), '2025-12-29');
    await ok('POST', `/api/v1/info-requests/${id.R4}/termination`, { on: '2026-01-05', result: 'other.other', reason: '申请人来函撤回申请' });
    await register('R16', 'mudan', natural(16), '2025-12-30');
    await ok('POST', `/api/v1/info-requests/${id.R16}/consultations`, { on: '2026-01-05', party: '菏泽某某置业有限公司', kind: 'third_party' }); // open all 2026
    await register('R5', 'mudan', natural(5), '2026-01-06');
    await reply('R5', '2026-01-20', 'unable.notHeld');
    await register('R6', 'mudan-czj', organisation('publicInterest', 6), '2025-12-15'); // the child organisation
    await reply('R6', '2026-01-10', 'disclosed');
    await register('R7', 'caoxian', natural(7), '2026-01-05'); // another county: never in mudan's figures
    await reply('R7', '2026-01-12', 'disclosed');
    // Online: R8 confirmed (received the day both sides confirm, 条例第三十一条), R9 never confirmed.
    for (const [key, n] of [['R8', 8], ['R9', 9]] as const) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/public/requests', payload: { to: 'mudan', applicant: natural(n), description: `关于${key}号在线申请所需的牡丹区2025年部门决算`, delivery: 'electronic' } });
      assert.equal(r.statusCode, 201, r.body);
      code[key] = r.json().trackingCode;
      id[key] = (await t.c.db.selectFrom('info_requests').select('id').where('tracking_code', '=', code[key]).executeTakeFirstOrThrow()).id;
    }
    await ok('POST', `/api/v1/info-requests/${id.R8}/confirm`, { receivedOn: '2026-03-02' });
    await reply('R8', '2026-03-02', 'disclosed');
    await file('A5', 'R1', { kind: 'review', filedOn: '2025-04-01', outcome: 'upheld', decidedOn: '2025-05-10' }); // filed in 2025
    await file('A1', 'R2', { kind: 'review', filedOn: '2026-02-10' });
    await file('A2', 'R3', { kind: 'review', filedOn: '2026-02-20' });
    await file('A4', 'R6', { kind: 'review', filedOn: '2026-02-25', outcome: 'other', decidedOn: '2026-02-28' }); // child organisation

    // ── 2026-11-16: the autumn ─────────────────────────────────────────────────────────────────────────
    await at('2026-11-16T09:00:00+08:00');
    await register('R10', 'mudan', organisation('legalService', 10), '2026-11-02');
    await reply('R10', '2026-11-10', 'notProcessed.repeated');
    await register('R11', 'mudan', organisation('commercial', 11), '2026-11-02');
    await ok('POST', `/api/v1/info-requests/${id.R11}/correction-request`, { on: '2026-11-03', items: ['请说明所需资金的项目名称'], correctBy: '2026-11-10' });
    assert.equal(await t.c.infoRequests.replies.lapseDue(), 1, 'R11 ends as 逾期不补正 on 2026-11-16');
    await register('R12', 'mudan', natural(12), '2026-11-09'); // replied in 2027
    await register('R13', 'mudan', organisation('research', 13), '2026-11-12'); // never replied
    await register('R14', 'mudan-czj', natural(14), '2026-11-05'); // the child organisation, open
    await decide('A1', 'upheld', '2026-04-10');
    await file('A3', 'R5', { kind: 'litigationDirect', filedOn: '2026-11-10', bodyName: '菏泽市牡丹区人民法院' });

    // ── 2027-01-15: after the year (the 2027 holiday notice entered first: steps need their year's calendar)
    await at('2027-01-15T09:00:00+08:00');
    await ok('PUT', '/api/v1/calendar/years/2027', {
      source: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
      days: [...['01', '02', '03'].map((d) => ({ date: `2027-01-${d}`, kind: 'holiday', name: '元旦' })), { date: '2027-01-31', kind: 'adjusted-workday', name: '春节' }],
    });
    await reply('R12', '2027-01-12', 'disclosed');
    await ok('POST', `/api/v1/info-requests/${id.R16}/termination`, { on: '2027-01-13', result: 'other.other', reason: '申请人来函撤回申请' });
    await decide('A2', 'corrected', '2027-01-10'); // decided after 2026-12-31: 尚未审结 in the 2026 report
    await file('A6', 'R3', { kind: 'litigationAfterReview', filedOn: '2027-01-14', bodyName: '菏泽市中级人民法院' }); // filed in 2027
  });
  after(() => t.close());

  it('table 三 for 2026, mudan alone, equals the hand count', async () => {
    //             自然人 商业 科研 公益 法律 其他 总计
    const expected: Table = {
      newReceived: [3, 1, 1, 0, 1, 0, 6], // R5 R8 R12 | R11 | R13 | R10 (R9 unconfirmed, R7 another county, R14 the child)
      carriedOver: [2, 1, 1, 0, 0, 0, 4], // R4 R16 | R2 | R3 (received in 2025, open on 2026-01-01; R1 closed in 2025)
      disclosed: [1, 0, 0, 0, 0, 0, 1], // R8
      partiallyDisclosed: [0, 1, 0, 0, 0, 0, 1], // R2
      'withheld.stateSecret': _,
      'withheld.prohibitedByLaw': _,
      'withheld.threeSecurityOneStability': _,
      'withheld.thirdPartyRights': [0, 0, 1, 0, 0, 0, 1], // R3
      'withheld.internalAffairs': _,
      'withheld.processInformation': _,
      'withheld.enforcementFile': _,
      'withheld.administrativeQuery': _,
      'unable.notHeld': [1, 0, 0, 0, 0, 0, 1], // R5
      'unable.needsCreation': _,
      'unable.stillUnclear': _,
      'notProcessed.petitionComplaint': _,
      'notProcessed.repeated': [0, 0, 0, 0, 1, 0, 1], // R10
      'notProcessed.publication': _,
      'notProcessed.massRepeated': _,
      'notProcessed.confirmation': _,
      'other.correctionOverdue': [0, 1, 0, 0, 0, 0, 1], // R11 (the lapse job)
      'other.feeUnpaid': _,
      'other.other': [1, 0, 0, 0, 0, 0, 1], // R4 (withdrawn)
      total: [3, 2, 1, 0, 1, 0, 7],
      carriedForward: [2, 0, 1, 0, 0, 0, 3], // R12 (replied 2027-01-12) R16 (closed 2027-01-13) | R13 (open)
    };
    const table = await stats().requestTable({ orgIds: self, year: 2026 });
    assert.deepEqual(asRows(table), expected);
    assert.equal(table.unclassified, 0);
  });

  it('table 三 for 2026 with the organisations under mudan adds the child’s requests only', async () => {
    const expected: Table = {
      newReceived: [4, 1, 1, 0, 1, 0, 7], // + R14
      carriedOver: [2, 1, 1, 1, 0, 0, 5], // + R6
      disclosed: [1, 0, 0, 1, 0, 0, 2], // + R6
      partiallyDisclosed: [0, 1, 0, 0, 0, 0, 1],
      'withheld.stateSecret': _,
      'withheld.prohibitedByLaw': _,
      'withheld.threeSecurityOneStability': _,
      'withheld.thirdPartyRights': [0, 0, 1, 0, 0, 0, 1],
      'withheld.internalAffairs': _,
      'withheld.processInformation': _,
      'withheld.enforcementFile': _,
      'withheld.administrativeQuery': _,
      'unable.notHeld': [1, 0, 0, 0, 0, 0, 1],
      'unable.needsCreation': _,
      'unable.stillUnclear': _,
      'notProcessed.petitionComplaint': _,
      'notProcessed.repeated': [0, 0, 0, 0, 1, 0, 1],
      'notProcessed.publication': _,
      'notProcessed.massRepeated': _,
      'notProcessed.confirmation': _,
      'other.correctionOverdue': [0, 1, 0, 0, 0, 0, 1],
      'other.feeUnpaid': _,
      'other.other': [1, 0, 0, 0, 0, 0, 1],
      total: [3, 2, 1, 1, 1, 0, 8],
      carriedForward: [3, 0, 1, 0, 0, 0, 4], // + R14
    };
    const table = await stats().requestTable({ orgIds: subtree, year: 2026 });
    assert.deepEqual(asRows(table), expected);
    assert.equal(table.unclassified, 0);
  });

  it('一 + 二 = 三(七) + 四 in every column, and 2025’s 结转下年度 is 2026’s 上年结转', async () => {
    for (const orgIds of [self, subtree]) {
      for (const year of [2025, 2026, 2027]) {
        const rows = asRows(await stats().requestTable({ orgIds, year }));
        rows.newReceived.forEach((n, i) => assert.equal(n + rows.carriedOver[i], rows.total[i] + rows.carriedForward[i], `${year} column ${i}`));
      }
      const [y2025, y2026] = await Promise.all([stats().requestTable({ orgIds, year: 2025 }), stats().requestTable({ orgIds, year: 2026 })]);
      assert.deepEqual(y2025.carriedForward, y2026.carriedOver);
    }
    // 2025 by hand (mudan): received R1 R4 R16 (自然人), R2 (商业), R3 (科研); R1 closed; four carried forward.
    const y2025 = asRows(await stats().requestTable({ orgIds: self, year: 2025 }));
    assert.deepEqual([y2025.newReceived, y2025.carriedOver, y2025.disclosed, y2025.total, y2025.carriedForward], [
      [3, 1, 1, 0, 0, 0, 5], _, [1, 0, 0, 0, 0, 0, 1], [1, 0, 0, 0, 0, 0, 1], [2, 1, 1, 0, 0, 0, 4],
    ]);
  });

  it('drill-down lists the requests behind a cell, in receipt order, with the cell’s count', async () => {
    const list = async (row: string, applicantType?: string, orgIds = self, offset = 0, limit = 50) => {
      const r = await stats().countedRequests({ orgIds, year: 2026, row: row as never, applicantType: applicantType as never, offset, limit });
      return { total: r.total, codes: r.items.map((i) => i.trackingCode) };
    };
    assert.deepEqual(await list('carriedOver', 'natural'), { total: 2, codes: [code.R4, code.R16] });
    assert.deepEqual(await list('carriedForward'), { total: 3, codes: [code.R16, code.R12, code.R13] });
    assert.deepEqual(await list('other.correctionOverdue', 'commercial'), { total: 1, codes: [code.R11] });
    assert.deepEqual(await list('total', 'natural'), { total: 3, codes: [code.R4, code.R5, code.R8] });
    assert.deepEqual(await list('disclosed', undefined, subtree), { total: 2, codes: [code.R6, code.R8] });
    // A page: subtree 自然人 新收 are R5 R8 R14 R12; the second and third.
    assert.deepEqual(await list('newReceived', 'natural', subtree, 1, 2), { total: 4, codes: [code.R8, code.R14] });
    assert.deepEqual(await list('unclassified'), { total: 0, codes: [] });
    // More organisations than one IN (…) list takes (2,000): the subtree split over two groups, pages merged.
    const many = [subtree[0], ...Array.from({ length: 2500 }, (_v, i) => 1_000_000 + i), ...subtree.slice(1)];
    assert.deepEqual(await list('newReceived', 'natural', many, 1, 2), { total: 4, codes: [code.R8, code.R14] });
    assert.deepEqual(await stats().requestTable({ orgIds: many, year: 2026 }), await stats().requestTable({ orgIds: subtree, year: 2026 }));
    assert.deepEqual(await stats().appealTable({ orgIds: many, year: 2026 }), await stats().appealTable({ orgIds: subtree, year: 2026 }));
    const item = (await stats().countedRequests({ orgIds: self, year: 2026, row: 'partiallyDisclosed', offset: 0, limit: 10 })).items[0];
    assert.deepEqual(
      { ...item, id: undefined, registerNo: undefined },
      { id: undefined, registerNo: undefined, trackingCode: code.R2, applicantType: 'commercial', applicantDisplay: '菏泽某某单位2号', receivedOn: '2025-11-20', closedOn: '2026-01-08', result: 'partiallyDisclosed', status: 'closed', handlingOrgId: self[0] },
    );
  });

  it('table 四 for 2026 counts records filed in 2026 with their outcome as of 2026-12-31', async () => {
    // mudan: A1 复议 维持 (decided 2026-04-10); A2 复议 decided 2027-01-10 → 尚未审结 for 2026; A3 直接起诉 pending.
    // Not 2026: A5 (filed 2025), A6 (复议后起诉 filed 2027). Subtree adds A4 (the child's 复议, 其他结果).
    const zero = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
    assert.deepEqual(await stats().appealTable({ orgIds: self, year: 2026 }), {
      review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationAfterReview: zero,
    });
    assert.deepEqual(await stats().appealTable({ orgIds: subtree, year: 2026 }), {
      review: { upheld: 1, corrected: 0, other: 1, pending: 1, total: 3 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationAfterReview: zero,
    });
    assert.deepEqual(await stats().appealTable({ orgIds: self, year: 2027 }), {
      review: zero, litigationDirect: zero, litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    });
    assert.deepEqual(await stats().appealTable({ orgIds: self, year: 2025 }), {
      review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 }, litigationDirect: zero, litigationAfterReview: zero,
    });
    const pending = await stats().countedAppeals({ orgIds: self, year: 2026, kind: 'review', outcome: 'pending', offset: 0, limit: 10 });
    assert.deepEqual(pending.items.map((a) => [a.id, a.trackingCode, a.outcome, a.currentOutcome, a.decidedOn]), [[appeal.A2.id, code.R3, 'pending', 'corrected', '2027-01-10']]);
    assert.equal(pending.total, 1);
    const reviews = await stats().countedAppeals({ orgIds: subtree, year: 2026, kind: 'review', offset: 0, limit: 10 });
    assert.deepEqual(reviews.items.map((a) => a.id), [appeal.A1.id, appeal.A2.id, appeal.A4.id]);
    const upheld = await stats().countedAppeals({ orgIds: self, year: 2026, kind: 'review', outcome: 'upheld', offset: 0, limit: 10 });
    assert.deepEqual(upheld.items.map((a) => a.id), [appeal.A1.id]);
  });

  it('a closed request whose result fits no row is counted as unclassified, never dropped', async () => {
    await t.c.db.updateTable('info_requests').set({ result: 'legacy.unknown' }).where('id', '=', id.R5).execute();
    try {
      const table = await stats().requestTable({ orgIds: self, year: 2026 });
      assert.equal(table.unclassified, 1);
      assert.equal(table.results['unable.notHeld'].natural, 0);
      assert.equal(table.newReceived.natural, 3, 'still received in 2026');
      const list = await stats().countedRequests({ orgIds: self, year: 2026, row: 'unclassified', offset: 0, limit: 10 });
      assert.deepEqual(list.items.map((i) => i.trackingCode), [code.R5]);
    } finally {
      await t.c.db.updateTable('info_requests').set({ result: 'unable.notHeld' }).where('id', '=', id.R5).execute();
    }
  });

  it('refuses a bad year or row with a Chinese message', async () => {
    await assert.rejects(stats().requestTable({ orgIds: self, year: 26 }), /统计年度/);
    await assert.rejects(stats().countedRequests({ orgIds: self, year: 2026, row: 'nothing' as never, offset: 0, limit: 10 }), /表三没有/);
    assert.deepEqual(asRows(await stats().requestTable({ orgIds: [], year: 2026 })).total, _);
  });
});

describe('年度报告 table 二 第二十条第（一）项: 规章 and 行政规范性文件 for 2025 and 2026', () => {
  let t: TestApp;
  let d: ReturnType<typeof documentActions>;
  let czj: number;
  const doc: Record<string, number> = {};
  /** Drafted, reviewed and published (签发) now, by 市财政局's editor, reviewer and leader. */
  async function publish(key: string, payload: Record<string, unknown>) {
    doc[key] = (await d.publishAll({ docNumber: null, ...payload })).id;
  }
  const normative = (title: string, writtenAt: string, extra: Record<string, unknown> = {}) => ({ title, writtenAt, isNormative: true, validity: 'effective', genre: '规范性文件', ...extra });
  const figures = (year: number, orgIds = [czj]) => t.c.publications.statistics.documents({ orgIds, year });

  before(async () => {
    t = await buildTestApp({ config: { sessionHours: 24 * 800 } }); // the clock moves over two years
    d = documentActions(t);
    czj = await t.orgId('hz-czj');
    t.clock.set('2025-03-10T09:00:00+08:00');
    await publish('D1', normative('菏泽市财政局行政事业性收费管理暂行办法', '2025-02-20'));
    t.clock.set('2025-05-08T09:00:00+08:00');
    await publish('D2', { title: '菏泽市财政票据管理规定', writtenAt: '2025-05-06', genre: '规章' });
    t.clock.set('2025-06-03T09:00:00+08:00');
    await publish('D3', normative('菏泽市财政局关于政府采购备案的通知', '2025-06-01', { validTo: '2026-06-30' }));
    t.clock.set('2026-01-05T09:00:00+08:00');
    await publish('D4', normative('菏泽市财政局关于预算绩效管理的办法', '2025-12-28')); // written 2025, public 2026
    t.clock.set('2026-03-02T09:00:00+08:00');
    const repealer = await d.create(normative('菏泽市财政局关于废止行政事业性收费管理暂行办法的决定', '2026-03-01'));
    doc.D5 = repealer.id;
    assert.equal((await d.as('editor', { method: 'PUT', url: `/api/v1/documents/${repealer.id}/relations`, payload: { relations: [{ relatedDocumentId: doc.D1, kind: 'repeals' }] } })).statusCode, 200);
    for (const step of [() => d.submit(repealer.id), () => d.approve(repealer.id), () => d.publish(repealer.id)]) assert.equal((await step()).statusCode, 200);
    t.clock.set('2026-04-10T09:00:00+08:00');
    await publish('D8', { title: '菏泽市国有资产管理规定', writtenAt: '2026-04-08', genre: '规章' });
    t.clock.set('2026-05-06T09:00:00+08:00');
    assert.equal((await d.withdraw(doc.D8, '页面排版有误，更正后重新发布')).statusCode, 200);
    t.clock.set('2026-07-05T09:00:00+08:00');
    assert.equal((await t.c.publications.normative.expireDue()).expired, 1, 'D3 past its 有效期');
    t.clock.set('2026-12-22T09:00:00+08:00');
    await publish('D6', normative('菏泽市财政局关于2027年度财政专项资金管理的办法', '2026-12-20', { validFrom: '2027-01-01' }));
    await publish('D7', { title: '菏泽市财政局关于年终决算的通知', writtenAt: '2026-12-21' }); // 通知: neither row
    await d.create(normative('菏泽市财政局某规范性文件草稿', '2026-12-21')); // a draft: never counted
  });
  after(() => t.close());

  it('writes ended_on where 有效性 ends: the repeal’s day, and the day after 有效期止 for an expiry', async () => {
    const rows = await t.c.db.selectFrom('documents').select(['id', 'validity', 'ended_on']).where('id', 'in', [doc.D1, doc.D3, doc.D4]).orderBy('id').execute();
    assert.deepEqual(rows.map((r) => [r.validity, r.ended_on]), [['repealed', '2026-03-02'], ['expired', '2026-07-01'], ['effective', null]]);
  });

  it('2025: D2 规章; D1 and D3 规范性文件 (D4, written in 2025, was public only in 2026)', async () => {
    assert.deepEqual(await figures(2025), {
      regulations: { issued: 1, repealed: 0, inForce: 1 },
      normativeDocuments: { issued: 2, repealed: 0, inForce: 2 },
    });
  });

  it('2026: issued D4 D5 D6, repealed D1 and expired D3, in force D4 D5 (D6 from 2027); D8 withdrawn still counts', async () => {
    assert.deepEqual(await figures(2026), {
      regulations: { issued: 1, repealed: 0, inForce: 2 }, // D8 | D2 D8
      normativeDocuments: { issued: 3, repealed: 2, inForce: 2 },
    });
    // Another organisation's subtree sees none of them; the whole city sees them (the seed publishes none).
    assert.deepEqual(await figures(2026, [await t.orgId('caoxian')]), { regulations: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 0, repealed: 0, inForce: 0 } });
    const all = (await t.c.orgs.listAllRows()).map((o) => o.id);
    assert.deepEqual(await figures(2026, all), await figures(2026));
  });

  it('2027: D6 comes into force; nothing issued yet', async () => {
    assert.deepEqual(await figures(2027), {
      regulations: { issued: 0, repealed: 0, inForce: 2 },
      normativeDocuments: { issued: 0, repealed: 0, inForce: 3 },
    });
  });

  it('migration 0010 backfills ended_on: the last 有效性 event, the day after 有效期止 if earlier, else the last change', async () => {
    const migration = annualReportIndexes(TEST_ENGINE);
    await migration.down!(t.c.db);
    // Marked 已废止 outside the validity writer (no event): its last change, 2027-01-01 01:30 in Shanghai.
    await t.c.db.updateTable('documents').set({ validity: 'repealed', updated_at: '2026-12-31T17:30:00.000Z' }).where('id', '=', doc.D7).execute();
    await migration.up(t.c.db);
    const rows = await t.c.db.selectFrom('documents').select(['id', 'ended_on']).where('id', 'in', [doc.D1, doc.D3, doc.D4, doc.D7]).orderBy('id').execute();
    assert.deepEqual(rows.map((r) => r.ended_on), ['2026-03-02', '2026-07-01', null, '2027-01-01']);
  });
});
