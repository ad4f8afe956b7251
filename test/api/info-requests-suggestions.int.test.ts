// 依申请转主动 (条例第四十四条) through the API: requests of several applicants asking for the same
// information in different words are grouped, within the caller's organisation scope.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { idNumber } from '../support/documents.js';
import { type Session, type TestApp, buildTestApp } from '../support/test-app.js';

interface Group { keyTerms: string[]; requestCount: number; applicantCount: number; orgs: { code: string; count: number }[]; firstReceivedOn: string; lastReceivedOn: string; samples: string[]; requestIds: number[]; results: Record<string, number>; open: number; suggestion: string }

describe('依申请转主动 suggestions', () => {
  let t: TestApp;
  let gkb: Session;
  let county: Session;
  const g1: number[] = [];
  const url = '/api/v1/info-requests/proactive-suggestions';

  async function register(s: Session, to: string, who: number, description: string, receivedOn: string): Promise<number> {
    const r = await t.as(s, {
      method: 'POST', url: '/api/v1/info-requests', payload: {
        to, channel: 'letter', receivedOn, description, delivery: 'electronic',
        applicant: { type: 'natural', name: `申请人${'甲乙丙丁戊'[who]}`, idType: '身份证', idNumber: idNumber(`3717021985060100${who}`), phone: `1380530000${who}`, address: '菏泽市牡丹区中华路2号' },
      },
    });
    assert.equal(r.statusCode, 201, r.body);
    return r.json().id;
  }

  before(async () => {
    t = await buildTestApp(); // today: 2026-03-02
    [gkb, county] = await Promise.all([t.login('gkb'), t.login('caoxian-gkb')]);
    g1.push(await register(gkb, 'hz-czj', 0, '请公开2025年菏泽市牡丹区老旧小区改造项目清单及资金安排', '2025-11-03'));
    g1.push(await register(gkb, 'hz-czj', 1, '申请获取：2025年 菏泽市牡丹区 老旧小区改造 项目清单、资金安排情况！', '2025-12-01'));
    g1.push(await register(gkb, 'hz-czj', 2, '2025年菏澤市牡丹區老舊小區改造項目清單及資金安排', '2026-01-12'));
    g1.push(await register(gkb, 'hz-czj', 0, '关于牡丹区2025年老旧小区改造项目的清单和资金安排的政府信息', '2026-02-02'));
    g1.push(await register(county, 'caoxian', 3, '菏泽市牡丹区2025年老旧小区改造项目清单及资金安排', '2026-02-09'));
    // One applicant asking three times is not 多个申请人.
    for (const d of ['菏泽市财政局2025年度三公经费支出明细', '请提供菏泽市财政局2025年度三公经费支出明细', '菏泽市财政局2025年度“三公”经费支出明细表']) await register(gkb, 'hz-czj', 4, d, '2026-01-20');
    await register(gkb, 'hz-czj', 1, '菏泽市2026年春节期间市场价格监测报告', '2026-02-12');
    await register(gkb, 'hz-czj', 2, '2025年菏泽市牡丹区老旧小区改造项目清单及资金安排', '2025-01-06'); // more than a year ago
    const closed = await t.as(gkb, { method: 'POST', url: `/api/v1/info-requests/${g1[0]}/termination`, payload: { on: '2025-11-20', result: 'other.other', reason: '申请人来函撤回申请' } });
    assert.equal(closed.statusCode, 200, closed.body);
  });
  after(() => t.close());

  it('groups the same request in other words, traditional characters and punctuation, across the subtree', async () => {
    const r = await t.as(gkb, { method: 'GET', url });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.equal(body.since, '2025-03-02');
    assert.equal(body.until, '2026-03-02');
    assert.equal(body.analysed, 9, 'the request of 2025-01-06 is older than a year');
    assert.equal(body.groups.length, 1, JSON.stringify(body.groups));
    const g: Group = body.groups[0];
    assert.deepEqual(g.requestIds, g1);
    assert.equal(g.requestCount, 5);
    assert.equal(g.applicantCount, 4);
    assert.deepEqual(g.orgs.map((o) => [o.code, o.count]), [['hz-czj', 4], ['caoxian', 1]]);
    assert.equal(g.firstReceivedOn, '2025-11-03');
    assert.equal(g.lastReceivedOn, '2026-02-09');
    assert.equal(g.samples.length, 3);
    assert.ok(g.samples.every((s) => s.length <= 81));
    assert.deepEqual(g.keyTerms, ['牡丹区', '小区', '改造', '项目', '清单'], 'the most frequent, in reading order; 牡丹 inside 牡丹区');
    assert.deepEqual(g.results, { 'other.other': 1 });
    assert.equal(g.open, 4);
    assert.match(g.suggestion, /^近一年有4名申请人申请相同或相近的信息（共5件），尚无予以公开的答复；.*条例第四十四条/);
  });

  it('honours since, minRequests and threshold', async () => {
    const older = (await t.as(gkb, { method: 'GET', url: `${url}?since=2025-01-01` })).json();
    assert.equal(older.groups[0].requestCount, 6);
    assert.match(older.groups[0].suggestion, /^自2025-01-01以来有4名申请人/);
    const many = (await t.as(gkb, { method: 'GET', url: `${url}?minRequests=6` })).json();
    assert.deepEqual(many.groups, []);
    const strict = (await t.as(gkb, { method: 'GET', url: `${url}?threshold=0.95&minRequests=2` })).json();
    assert.ok(strict.groups.every((g: Group) => g.requestCount < 5));
    const future = await t.as(gkb, { method: 'GET', url: `${url}?since=2026-03-03` });
    assert.equal(future.statusCode, 400);
    assert.match(future.json().detail, /不能晚于今天/);
    const bad = await t.as(gkb, { method: 'GET', url: `${url}?threshold=2` });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().detail, /相似度阈值/);
  });

  it('a county office admin only sees the county’s requests', async () => {
    const r = await t.as(county, { method: 'GET', url: `${url}?minRequests=2` });
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().analysed, 1);
    assert.deepEqual(r.json().groups, []);
  });
});
