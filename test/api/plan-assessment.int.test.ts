// 考核: 菏泽市's 2026 indicator table — task on-time and completion rates computed from a ledger set up
// through the plans API (tasks accepted on time, late and never), the 依申请公开 on-time rate from requests
// replied to through the info-requests API, a manual indicator scored by hand (validation in Chinese) —
// totals and ranks checked by hand, publication frozen, and the portal page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_REPLY_TEMPLATES } from '../../src/modules/info-requests/letters/index.js';
import { idNumber } from '../support/documents.js';
import { type PlanExtras, buildPlanExtras, dueBy, longTerm, mainCaller, planTask } from '../support/plans-extras.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

const at = (date: string) => `${date}T10:00:00+08:00`;
const CHILDREN = ['hz-bgs', 'hz-czj', 'hz-fgw', 'hz-jyj', 'hz-wjw', 'hz-sthjj', 'hz-zjj', 'hz-rsj', 'hz-xzspj', 'hz-sjj', 'mudan', 'caoxian'];
/** The units without tasks in 2026's plans (everyone directly under 菏泽市 but 财政局, 教育局, 卫健委). */
const IDLE = CHILDREN.filter((c) => !['hz-czj', 'hz-jyj', 'hz-wjw'].includes(c));

describe('考核: indicators, computed and manual scores, publication, portal', () => {
  let t: TestApp;
  let x: PlanExtras;
  let main: ReturnType<typeof mainCaller>;
  let ind: Record<string, number> = {};
  let version = 0;
  let tasks: Record<string, number> = {};

  const adopt = async (year: number, title: string, tasks: unknown[]) => {
    const d = await main('gkb', 'POST', '/api/v1/plans', { orgCode: 'heze', year, title, sourceText: '', tasks });
    assert.equal(d.statusCode, 201, d.body);
    const a = await main('gkb', 'POST', `/api/v1/plans/${d.json().id}/adopt`, { version: d.json().version });
    assert.equal(a.statusCode, 200, a.body);
    return Object.fromEntries(a.json().tasks.map((k: any) => [k.pathLabel, k.id])) as Record<string, number>;
  };
  const close = async (taskId: number, orgCode: string) => {
    assert.equal((await main('gkb', 'POST', `/api/v1/plan-tasks/${taskId}/submit`, { text: '已完成', orgCode })).statusCode, 200);
    assert.equal((await main('gkb', 'POST', `/api/v1/plan-tasks/${taskId}/accept`, {})).statusCode, 200);
  };
  /** A request to 市财政局 received on `receivedOn` and answered (予以公开) on `on`. */
  let n = 0;
  const answered = async (receivedOn: string, on: string) => {
    n += 1;
    const r = await main('gkb', 'POST', '/api/v1/info-requests', {
      to: 'hz-czj', channel: 'letter', receivedOn, delivery: 'electronic', description: `菏泽市财政局2025年第${n}批政府采购合同`,
      applicant: { type: 'natural', name: '王小明', idType: 'resident_id', idNumber: idNumber(`3717021980010${n}00${n}`), phone: '13905300002' },
    });
    assert.equal(r.statusCode, 201, r.body);
    const fields = Object.fromEntries(DEFAULT_REPLY_TEMPLATES.disclosed.fields.map((f) => [f.key, '（测试内容）']));
    const reply = await main('gkb', 'POST', `/api/v1/info-requests/${r.json().id}/reply`, { on, result: 'disclosed', fields });
    assert.equal(reply.statusCode, 200, reply.body);
    return reply.json().request;
  };
  const table = async () => {
    const r = await x.as('gkb', 'GET', '/api/v1/assessments?org=heze&year=2026');
    assert.equal(r.statusCode, 200, r.body);
    version = r.json().version;
    return r.json();
  };
  const row = (v: any, code: string) => v.units.find((u: any) => u.org.code === code);
  const scoresOf = (v: any, code: string) => row(v, code).scores.map((s: any) => s.score);

  before(async () => {
    t = await buildTestApp({ config: { sessionHours: 24 * 366 } }); // 2026-03-02 09:00
    x = await buildPlanExtras(t);
    main = mainCaller(t);
    const k = (tasks = await adopt(2026, '2026年菏泽市政务公开工作要点分工方案', [
      planTask(['一'], '公开预算', { lead: ['市财政局'], deadline: dueBy('2026-03-15') }),
      planTask(['二'], '公开教育经费', { lead: ['市财政局'], responsible: ['市教育局'], deadline: dueBy('2026-03-20') }),
      planTask(['三'], '公开区县财政信息', { lead: ['市财政局'], responsible: ['牡丹区财政局'], deadline: dueBy('2026-05-31') }),
      planTask(['四'], '规范教育专栏', { lead: ['市教育局'], deadline: longTerm }),
      planTask(['五'], '公开卫生信息', { lead: ['市卫生健康委'], cooperating: ['曹县人民政府'], deadline: dueBy('2026-04-30') }),
      planTask(['六'], '公开产业政策', { responsible: ['市工业和信息化局'], deadline: dueBy('2026-06-30') }),
    ]));
    // Another year's plan: its tasks do not count for 2026.
    const old = await adopt(2025, '2025年菏泽市政务公开工作要点分工方案', [planTask(['一'], '公开市场监管信息', { lead: ['市市场监管局'], deadline: dueBy('2025-12-31') })]);
    await close(old['一']!, 'hz-sjj');
    t.clock.set(at('2026-03-12'));
    await close(k['一']!, 'hz-czj'); // on time (≤ 03-15)
    t.clock.set(at('2026-03-26'));
    await close(k['二']!, 'hz-czj'); // late (> 03-20)
    t.clock.set(at('2026-04-01'));
    await close(k['五']!, 'hz-wjw'); // on time (≤ 04-30)
    t.clock.set(at('2026-04-02'));
    await close(k['四']!, 'hz-jyj'); // no due date: on time
    // 三 (due 05-31) is never done.
    t.clock.set(at('2026-07-02'));
    const onTime = await answered('2026-06-29', '2026-07-02');
    const late = await answered('2026-05-06', '2026-07-02'); // 20 working days from 05-06 end in early June
    assert.deepEqual([onTime.onTime, late.onTime], [true, false]);
  });
  after(async () => {
    await x?.close();
    await t?.close();
  });

  it('lists the units to assess before any indicator: those directly under 菏泽市, then those assigned in its 2026 plans', async () => {
    const v = await table();
    assert.deepEqual([v.status, v.version, v.totalWeight, v.indicators], ['draft', 0, 0, []]);
    assert.deepEqual(v.units.map((u: any) => u.org.code), [...CHILDREN, 'mudan-czj'], '牡丹区财政局 is assigned in a plan');
    assert.equal((await x.as('editor', 'GET', '/api/v1/assessments?org=heze&year=2026')).statusCode, 404, '市财政局 staff: out of scope');
  });

  it('refuses indicator tables with a weight ≤ 0, an unknown rule, bad params or a repeated name (in Chinese)', async () => {
    const put = (indicators: unknown[]) => x.as('gkb', 'PUT', '/api/v1/assessments/indicators', { orgCode: 'heze', year: 2026, indicators });
    const zero = await put([{ name: '任务完成率', weight: 0, rule: 'computed:taskCompletion' }]);
    assert.equal(zero.statusCode, 400);
    assert.match(zero.body, /分值应大于0/);
    const rule = await put([{ name: '栏目更新', weight: 10, rule: 'computed:columnFreshness' }]);
    assert.equal(rule.statusCode, 400);
    assert.match(rule.body, /评分规则应为 computed:taskOnTime、computed:taskCompletion、computed:requestOnTime 或 manual/);
    const params = await put([{ name: '任务完成率', weight: 10, rule: 'computed:taskCompletion', params: { whenNone: 'half' } }]);
    assert.equal(params.statusCode, 400);
    assert.equal(params.json().code, 'ASSESSMENT_INDICATORS_INVALID');
    assert.match(params.json().detail, /“任务完成率（平台计算）”的参数有误：whenNone 应为 full/);
    const twice = await put([{ name: '质量', weight: 10, rule: 'manual' }, { name: '质量', weight: 10, rule: 'manual' }]);
    assert.equal(twice.statusCode, 400);
    assert.match(twice.json().detail, /指标名称“质量”重复/);
    assert.equal((await x.as('editor', 'PUT', '/api/v1/assessments/indicators', { orgCode: 'heze', year: 2026, indicators: [] })).statusCode, 403);
    assert.equal((await x.as('caoxian-gkb', 'PUT', '/api/v1/assessments/indicators', { orgCode: 'heze', year: 2026, indicators: [] })).statusCode, 404);
  });

  it('sets the table and computes: each computed score by hand', async () => {
    const r = await x.as('gkb', 'PUT', '/api/v1/assessments/indicators', {
      orgCode: 'heze', year: 2026, version: 0,
      indicators: [
        { name: '任务按期完成率', weight: 30, rule: 'computed:taskOnTime', description: '按期销号任务数 ÷ 承担任务数 × 30' },
        { name: '任务完成率', weight: 20, rule: 'computed:taskCompletion', params: { whenNone: 'zero' } },
        { name: '依申请公开按时办结率', weight: 20, rule: 'computed:requestOnTime' },
        { name: '政务公开工作质量', weight: 30, rule: 'manual', description: '由市政务公开办评定' },
      ],
    });
    assert.equal(r.statusCode, 200, r.body);
    ind = Object.fromEntries(r.json().indicators.map((i: any) => [i.name, i.id]));
    assert.equal(r.json().totalWeight, 100);
    assert.equal(r.json().version, 2, 'created (1), then moved by the write');
    assert.ok(r.json().units.every((u: any) => u.scores.every((s: any) => s.score === null)));

    const c = await x.as('gkb', 'POST', '/api/v1/assessments/compute', { orgCode: 'heze', year: 2026, version: 2 });
    assert.equal(c.statusCode, 200, c.body);
    const v = c.json();
    assert.ok(v.computedAt.startsWith('2026-07-02T10:00:00'));
    // 财政局: 一 on time, 二 late, 三 open → on time 1/3 × 30 = 10; closed 2/3 × 20 = 13.33;
    // requests closed in 2026: 1 on time of 2 → 1/2 × 20 = 10; manual not yet scored
    assert.deepEqual(scoresOf(v, 'hz-czj'), [10, 13.33, 10, null]);
    assert.deepEqual(row(v, 'hz-czj').scores.map((s: any) => s.computedValue), [0.3333, 0.6667, 0.5, null]);
    assert.deepEqual(row(v, 'hz-czj').scores[0].detail, { numerator: 1, denominator: 3, tasks: 3, closed: 2, onTime: 1 });
    assert.deepEqual(row(v, 'hz-czj').scores[2].detail, { numerator: 1, denominator: 2, closed: 2, unknown: 0 });
    // 教育局: 二 (责任, late), 四 (no due date, closed → on time) → 1/2 × 30 = 15; 2/2 × 20 = 20; no requests → full 20
    assert.deepEqual(scoresOf(v, 'hz-jyj'), [15, 20, 20, null]);
    // 卫健委: 五 on time → 30, 20; no requests → 20
    assert.deepEqual(scoresOf(v, 'hz-wjw'), [30, 20, 20, null]);
    // 牡丹区财政局 (assigned, not directly under): 三 open → 0/1 → 0, 0; no requests → 20
    assert.deepEqual(scoresOf(v, 'mudan-czj'), [0, 0, 20, null]);
    // No 2026 tasks (曹县 only cooperates; 市场监管局's task is of the 2025 plan): on-time → full 30 (default),
    // completion → 0 (whenNone: zero), requests → full 20
    for (const code of IDLE) assert.deepEqual(scoresOf(v, code), [30, 0, 20, null], code);
    assert.deepEqual(row(v, 'hz-sjj').scores[1].detail, { numerator: 0, denominator: 0, tasks: 0, closed: 0, onTime: 0, none: true, whenNone: 'zero' });
    version = v.version;
  });

  it('manual scores: 0 ≤ score ≤ weight with a note, refused in Chinese otherwise; computed ones cannot be typed', async () => {
    const score = (body: Record<string, unknown>) => x.as('gkb', 'PUT', '/api/v1/assessments/score', { orgCode: 'heze', year: 2026, indicatorId: ind['政务公开工作质量'], unitCode: 'hz-czj', note: '专栏更新及时', ...body });
    const over = await score({ score: 31 });
    assert.equal(over.statusCode, 400);
    assert.equal(over.json().code, 'ASSESSMENT_SCORE_INVALID');
    assert.equal(over.json().detail, '得分不能超过该指标的分值：“政务公开工作质量”满分30分，填写的是31分');
    assert.match((await score({ score: -1 })).body, /得分不能小于0/);
    assert.match((await score({ score: 20, note: '' })).body, /请填写评分说明/);
    const computed = await score({ score: 10, indicatorId: ind['任务完成率'] });
    assert.equal(computed.statusCode, 400);
    assert.match(computed.json().detail, /“任务完成率”由平台数据计算得分，不能人工评分/);
    const stranger = await score({ score: 10, unitCode: 'caoxian-czj' });
    assert.equal(stranger.statusCode, 400);
    assert.match(stranger.json().detail, /caoxian-czj不是菏泽市人民政府2026年度的被考核单位/);
    assert.equal((await score({ score: 20, version: 1 })).statusCode, 409, 'stale version');

    assert.equal((await score({ score: 25 })).statusCode, 200);
    assert.equal((await score({ score: 28, unitCode: 'hz-jyj', note: '解读材料质量较高' })).statusCode, 200);
    const incomplete = await x.as('gkb', 'POST', '/api/v1/assessments/publish', { orgCode: 'heze', year: 2026 });
    assert.equal(incomplete.statusCode, 422);
    assert.equal(incomplete.json().code, 'ASSESSMENT_INCOMPLETE');
    assert.match(incomplete.json().detail, /尚有11项得分未填写或未计算（如菏泽市人民政府办公室“政务公开工作质量”），请完成人工评分/);
    for (const code of [...IDLE, 'hz-wjw', 'mudan-czj']) assert.equal((await score({ score: 20, unitCode: code, note: '工作较好' })).statusCode, 200, code);
  });

  it('a lower weight clears manual scores above it; computed scores stay when their rule is unchanged', async () => {
    const v0 = await table();
    const indicators = v0.indicators.map((i: any) => ({ id: i.id, name: i.name, weight: i.weight, rule: i.rule, params: i.params, description: i.description }));
    const lower = await x.as('gkb', 'PUT', '/api/v1/assessments/indicators', { orgCode: 'heze', year: 2026, version, indicators: indicators.map((i: any) => (i.rule === 'manual' ? { ...i, weight: 26 } : i)) });
    assert.equal(lower.statusCode, 200, lower.body);
    assert.deepEqual(scoresOf(lower.json(), 'hz-jyj'), [15, 20, 20, null], '28 > 26: cleared');
    assert.deepEqual(scoresOf(lower.json(), 'hz-czj'), [10, 13.33, 10, 25], '25 ≤ 26: kept');
    const back = await x.as('gkb', 'PUT', '/api/v1/assessments/indicators', { orgCode: 'heze', year: 2026, version: lower.json().version, indicators });
    assert.equal(back.statusCode, 200);
    assert.equal((await x.as('gkb', 'PUT', '/api/v1/assessments/score', { orgCode: 'heze', year: 2026, indicatorId: ind['政务公开工作质量'], unitCode: 'hz-jyj', score: 28, note: '解读材料质量较高' })).statusCode, 200);
  });

  it('totals and ranks by hand; publishing freezes the table; the portal shows it', async () => {
    const v = await table();
    // 卫健委 30+20+20+20 = 90; 教育局 15+20+20+28 = 83; the nine idle units 30+0+20+20 = 70 (tied 3rd);
    // 财政局 10+13.33+10+25 = 58.33 (12th); 牡丹区财政局 0+0+20+20 = 40 (13th)
    const totals = Object.fromEntries(v.units.map((u: any) => [u.org.code, [u.total, u.rank, u.missing]]));
    assert.deepEqual(totals['hz-wjw'], [90, 1, 0]);
    assert.deepEqual(totals['hz-jyj'], [83, 2, 0]);
    for (const code of IDLE) assert.deepEqual(totals[code], [70, 3, 0], code);
    assert.deepEqual(totals['hz-czj'], [58.33, 12, 0]);
    assert.deepEqual(totals['mudan-czj'], [40, 13, 0]);

    const pub = await x.as('gkb', 'POST', '/api/v1/assessments/publish', { orgCode: 'heze', year: 2026, version: v.version });
    assert.equal(pub.statusCode, 200, pub.body);
    assert.deepEqual([pub.json().status, pub.json().statusLabel, pub.json().portalUrl], ['published', '已发布', '/xxgk/plans/assessment/heze/2026']);
    for (const [url, body] of [['/score', { indicatorId: ind['政务公开工作质量'], unitCode: 'hz-czj', score: 30, note: '复核后调整' }], ['/compute', {}], ['/publish', {}]] as const) {
      const r = await x.as('gkb', url === '/score' ? 'PUT' : 'POST', `/api/v1/assessments${url}`, { orgCode: 'heze', year: 2026, ...body });
      assert.equal(r.statusCode, 409, url);
      assert.equal(r.json().code, 'ASSESSMENT_PUBLISHED');
    }
    // Frozen: a task closed now does not change the published table.
    await close(tasks['三']!, 'hz-czj');
    const after = await table();
    assert.deepEqual(after.units, pub.json().units);

    const audit = await t.c.db.selectFrom('audit_entries').select(['action', 'summary']).where('entity_type', '=', 'assessment').orderBy('id').execute();
    const actions = audit.map((a) => a.action);
    assert.equal(actions[0], 'assessment.indicators.replace');
    assert.equal(actions[1], 'assessment.compute');
    assert.equal(actions.filter((a) => a === 'assessment.score').length, 2 + 11 + 1);
    assert.equal(actions.at(-1), 'assessment.publish');
    assert.match(audit.find((a) => a.action === 'assessment.score')!.summary, /2026年度考核评分：菏泽市财政局“政务公开工作质量”25分（满分30分）：专栏更新及时/);
    assert.match(audit.at(-1)!.summary, /发布菏泽市人民政府2026年度考核结果（13个单位，4项指标，满分100分）/);

    const list = await x.get('/xxgk/plans/assessment/');
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes('href="/xxgk/plans/assessment/heze/2026">菏泽市人民政府2026年度政务公开工作考核结果</a>'));
    const page = await x.get('/xxgk/plans/assessment/heze/2026');
    assert.equal(page.statusCode, 200);
    const html = page.body;
    assert.ok(html.includes('<h1>菏泽市人民政府2026年度政务公开工作考核结果</h1>'));
    assert.ok(html.includes('<caption id="c-res">各单位得分明细（按总分排名）</caption>'));
    assert.ok(html.includes('<th scope="col">任务按期完成率（30分）</th><th scope="col">任务完成率（20分）</th><th scope="col">依申请公开按时办结率（20分）</th><th scope="col">政务公开工作质量（30分）</th><th scope="col">总分</th>'));
    assert.ok(html.includes('<tr><td>1</td><th scope="row">菏泽市卫生健康委员会</th><td>30</td><td>20</td><td>20</td><td>20</td><td>90</td></tr>'));
    assert.ok(html.includes('<tr><td>12</td><th scope="row">菏泽市财政局</th><td>10</td><td>13.33</td><td>10</td><td>25</td><td>58.33</td></tr>'));
    assert.ok(html.includes('<li>菏泽市教育局，政务公开工作质量：解读材料质量较高</li>'));
    assert.ok(html.includes('<th scope="row">任务按期完成率</th><td>30</td><td class="gk-text">任务按期完成率（平台计算）</td><td class="gk-text">按期销号任务数 ÷ 承担任务数 × 30</td>'));
    for (const bad of ['/xxgk/plans/assessment/heze/2025', '/xxgk/plans/assessment/nowhere/2026', '/xxgk/plans/assessment/heze/20x6']) assert.equal((await x.get(bad)).statusCode, 404, bad);
  });
});
