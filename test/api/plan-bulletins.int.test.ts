// 季通报: a 2026 plan of 菏泽市 adopted through the ledger API, tasks progressed, accepted on time and late
// and left overdue while the fake clock moves through Q1 and Q2; the Q1 and Q2 bulletins' figures checked
// by hand (every figure as of the quarter's last day), the DOCX parsed back (mammoth, jszip), the portal.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { type PlanExtras, buildPlanExtras, dueBy, longTerm, mainCaller, planTask } from '../support/plans-extras.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

const at = (date: string) => `${date}T10:00:00+08:00`;

/** The rows of every table of a DOCX converted by mammoth, as cell texts. */
function tablesOf(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '').trim())));
}

describe('季通报: figures as of the quarter end, DOCX, publication, portal', () => {
  let t: TestApp;
  let x: PlanExtras;
  let main: ReturnType<typeof mainCaller>;
  let plan: any;
  const id: Record<string, number> = {};
  let q1: any;
  let q2: any;

  /** As the city office (gkb), which may report for any unit of its plans. */
  const step = async (label: string, action: 'progress' | 'submit' | 'accept', body: Record<string, unknown> = {}) => {
    const r = await main('gkb', 'POST', `/api/v1/plan-tasks/${id[label]}/${action}`, body);
    assert.equal(r.statusCode, 200, `${label} ${action}: ${r.body}`);
  };

  before(async () => {
    t = await buildTestApp({ config: { sessionHours: 24 * 366 } }); // 2026-03-02 09:00 Asia/Shanghai; sessions outlive the clock's jumps
    x = await buildPlanExtras(t);
    main = mainCaller(t);
    const draft = await main('gkb', 'POST', '/api/v1/plans', {
      orgCode: 'heze', year: 2026, title: '2026年菏泽市政务公开工作要点分工方案', docNumber: '菏政办字〔2026〕5号', sourceText: '',
      tasks: [
        planTask(['一', '1'], '公开财政预决算', { lead: ['市财政局'], deadline: dueBy('2026-03-15') }),
        planTask(['一', '2'], '公开教育经费', { lead: ['市财政局'], responsible: ['市教育局'], deadline: dueBy('2026-03-20') }),
        planTask(['一', '3'], '公开招生政策', { lead: ['市教育局'], deadline: dueBy('2026-03-25') }),
        planTask(['二', '1'], '公开医疗服务价格', { lead: ['市卫生健康委'], deadline: dueBy('2026-06-30') }),
        planTask(['二', '2'], '公开区级预算', { responsible: ['菏泽市牡丹区人民政府'], cooperating: ['市财政局'], deadline: dueBy('2026-03-31') }),
        planTask(['二', '3'], '公开产业政策', { lead: ['市财政局'], responsible: ['市工业和信息化局'], cooperating: ['市卫生健康委'], deadline: dueBy('2026-05-31') }),
        planTask(['三', '1'], '规范政务公开专栏', { lead: ['菏泽市牡丹区人民政府'], deadline: longTerm }),
        planTask(['三', '2'], '公开公共卫生信息', { lead: ['市卫生健康委'], deadline: dueBy('2026-04-30') }),
      ],
    });
    assert.equal(draft.statusCode, 201, draft.body);
    const adopted = await main('gkb', 'POST', `/api/v1/plans/${draft.json().id}/adopt`, { version: draft.json().version });
    assert.equal(adopted.statusCode, 200, adopted.body);
    plan = adopted.json();
    ['一/1', '一/2', '一/3', '二/1', '二/2', '二/3', '三/1', '三/2'].forEach((label, i) => { id[`T${i + 1}`] = plan.tasks.find((k: any) => k.pathLabel === label).id; });
    const t6 = plan.tasks.find((k: any) => k.id === id.T6);
    assert.deepEqual(t6.units.responsible.map((u: any) => [u.name, u.code]), [['市工业和信息化局', null]], 'kept as text: listed, not ranked');

    // Q1 (the clock moves forward day by day; each step is logged on its day)
    t.clock.set(at('2026-03-05'));
    await step('T2', 'progress', { text: '已汇总教育经费', percent: 30, orgCode: 'hz-czj' });
    t.clock.set(at('2026-03-10'));
    await step('T1', 'submit', { text: '预决算已公开', orgCode: 'hz-czj' });
    await step('T3', 'progress', { text: '招生政策起草中', percent: 50, orgCode: 'hz-jyj' });
    t.clock.set(at('2026-03-12'));
    await step('T1', 'accept'); // closed 03-12 ≤ due 03-15: on time
    t.clock.set(at('2026-03-15'));
    await step('T7', 'progress', { text: '专栏改版', percent: 40, orgCode: 'mudan' });
    t.clock.set(at('2026-03-20'));
    await step('T5', 'progress', { text: '区级预算汇总', percent: 60, orgCode: 'mudan' });
    t.clock.set(at('2026-03-25'));
    await step('T2', 'submit', { text: '教育经费已公开', orgCode: 'hz-czj' });
    t.clock.set(at('2026-03-26'));
    await step('T2', 'accept'); // closed 03-26 > due 03-20: late
    t.clock.set(at('2026-03-30'));
    await step('T8', 'submit', { text: '已公开', orgCode: 'hz-wjw' }); // submitted in Q1, accepted in Q2
    // Q2 begins: these happen after Q1's end and must not change Q1's figures
    t.clock.set(at('2026-04-01'));
    await step('T8', 'accept'); // closed 04-01 ≤ due 04-30
    t.clock.set(at('2026-04-02'));
    await step('T5', 'submit', { text: '区级预算已公开', orgCode: 'mudan' });
    await step('T5', 'accept'); // closed 04-02 > due 03-31: late (in Q2)
  });
  after(async () => {
    await x?.close();
    await t?.close();
  });

  it('generates the Q1 bulletin on 4月3日 with every figure as of 3月31日', async () => {
    t.clock.set(at('2026-04-03'));
    const r = await x.as('gkb', 'POST', '/api/v1/plan-bulletins', { orgCode: 'heze', year: 2026, quarter: 1 });
    assert.equal(r.statusCode, 201, r.body);
    q1 = r.json();
    assert.equal(q1.title, '菏泽市2026年第一季度政务公开工作任务落实情况通报');
    assert.deepEqual([q1.status, q1.version, q1.asOf, q1.quarterLabel, q1.issuer, q1.number], ['draft', 1, '2026-03-31', '2026年第一季度', '菏泽市人民政府', null]);
    assert.match(q1.intro, /《2026年菏泽市政务公开工作要点分工方案》（菏政办字〔2026〕5号）.*截至2026年3月31日/);
    const f = q1.figures;
    // As of 03-31: T1 closed on time; T2 closed late (03-26 > 03-20); T3 open and past due (03-25; its later
    // edit does not exist yet); T4 not started (due 06-30); T5 open (accepted 04-02), due 03-31 is not past
    // on 03-31; T6 not started (due 05-31); T7 in progress (long-term); T8 submitted, not yet accepted.
    assert.deepEqual(f.totals, {
      tasks: 8, closed: 2, closedOnTime: 1, closedLate: 1, inProgress: 4 /* T3 T5 T7 T8 */, notStarted: 2 /* T4 T6 */, overdue: 2 /* T2 T3 */,
      completionRate: 25 /* 2/8 */, onTimeRate: 12.5 /* 1/8 */, plans: 1, units: 4 /* 财政局 教育局 卫健委 牡丹区 */,
    });
    const unit = (name: string) => f.units.find((u: any) => u.name === name);
    // 财政局: T1 (on time), T2 (late), T6 (not started) → 3 tasks, 2 closed, 1 on time, 1 overdue, 66.7%
    assert.deepEqual(unit('菏泽市财政局'), { tasks: 3, closed: 2, closedOnTime: 1, closedLate: 1, inProgress: 0, notStarted: 1, overdue: 1, completionRate: 66.7, onTimeRate: 33.3, orgId: await t.orgId('hz-czj'), code: 'hz-czj', name: '菏泽市财政局', rank: 1 });
    // 教育局: T2 (responsible; late), T3 (open, overdue) → 2 tasks, 1 closed, 0 on time, 2 overdue, 50%
    assert.deepEqual(pick(unit('菏泽市教育局')), [2, 1, 0, 1, 0, 2, 50, 2]);
    // 卫健委: T4 (not started), T8 (submitted = 推进中) → 0% ; 牡丹区: T5, T7 in progress → 0%; tie on 0 on time → both 3rd
    assert.deepEqual(pick(unit('菏泽市卫生健康委员会')), [2, 0, 0, 1, 1, 0, 0, 3]);
    assert.deepEqual(pick(unit('菏泽市牡丹区人民政府')), [2, 0, 0, 2, 0, 0, 0, 3]);
    // 工信局 is kept as text: T6, not started, not ranked
    assert.deepEqual([unit('市工业和信息化局').tasks, unit('市工业和信息化局').notStarted, unit('市工业和信息化局').rank, unit('市工业和信息化局').orgId], [1, 1, null, null]);
    // Unit table in the tree's order (city departments by sort order, then the county), text units last
    assert.deepEqual(f.units.map((u: any) => u.name), ['菏泽市财政局', '菏泽市教育局', '菏泽市卫生健康委员会', '菏泽市牡丹区人民政府', '市工业和信息化局']);
    // Cooperating, apart: 财政局 on T5 (open on 03-31), 卫健委 on T6
    assert.deepEqual(f.cooperating.map((c: any) => [c.name, c.tasks, c.closed]), [['菏泽市财政局', 1, 0], ['菏泽市卫生健康委员会', 1, 0]]);
    // Overdue, by due date: T2 closed 6 days late (03-20 → 03-26); T3 open, 6 days past 03-25 on 03-31, at 50%
    assert.deepEqual(f.overdue.map((o: any) => [o.pathLabel, o.kind, o.dueOn, o.closedOn, o.daysLate, o.percent, o.lead, o.responsible]), [
      ['一/2', 'closedLate', '2026-03-20', '2026-03-26', 6, 100, ['菏泽市财政局'], ['菏泽市教育局']],
      ['一/3', 'open', '2026-03-25', null, 6, 50, ['菏泽市教育局'], []],
    ]);
    // Ranking: 66.7% > 50% > 0% (two units, both 0 on time: same rank 3, then 5 would follow)
    assert.deepEqual(f.ranking.map((r: any) => [r.rank, r.name, r.completionRate, r.closedOnTime]), [
      [1, '菏泽市财政局', 66.7, 1], [2, '菏泽市教育局', 50, 0], [3, '菏泽市卫生健康委员会', 0, 0], [3, '菏泽市牡丹区人民政府', 0, 0],
    ]);
  });

  it('refuses a second Q1 bulletin of the same scope, a quarter not begun, and staff out of scope', async () => {
    const again = await x.as('gkb', 'POST', '/api/v1/plan-bulletins', { orgCode: 'heze', year: 2026, quarter: 1 });
    assert.equal(again.statusCode, 409);
    assert.deepEqual([again.json().code, again.json().bulletinId], ['PLAN_BULLETIN_EXISTS', q1.id]);
    const q3 = await x.as('gkb', 'POST', '/api/v1/plan-bulletins', { orgCode: 'heze', year: 2026, quarter: 3 });
    assert.equal(q3.statusCode, 422);
    assert.equal(q3.json().code, 'PLAN_BULLETIN_QUARTER_NOT_STARTED');
    assert.match(q3.json().detail, /第三季度尚未开始/);
    const none = await x.as('gkb', 'POST', '/api/v1/plan-bulletins', { orgCode: 'caoxian', year: 2026, quarter: 1 });
    assert.equal(none.statusCode, 422);
    assert.equal(none.json().code, 'PLAN_BULLETIN_NO_PLANS');
    assert.equal((await x.as('gkb', 'POST', '/api/v1/plan-bulletins', { orgCode: 'heze', year: 2026, quarter: 5 })).statusCode, 400);
    assert.equal((await x.as('editor', 'GET', `/api/v1/plan-bulletins/${q1.id}`)).statusCode, 404, '市财政局 staff do not see the city office’s drafts');
    assert.equal((await x.as('editor', 'POST', '/api/v1/plan-bulletins', { orgCode: 'heze', year: 2026, quarter: 2 })).statusCode, 403);
    assert.equal((await x.as('caoxian-gkb', 'PUT', `/api/v1/plan-bulletins/${q1.id}`, { version: 1, title: 'x' })).statusCode, 404);
    assert.equal((await x.get(`/api/v1/plan-bulletins/${q1.id}`)).statusCode, 401);
    assert.equal((await x.as('gkb', 'POST', '/api/v1/plan-bulletins', { orgCode: 'heze', year: 2026, quarter: 1, planId: 999999 })).json().code, 'PLAN_NOT_FOUND');
    assert.equal((await x.as('gkb', 'POST', '/api/v1/plan-bulletins', { orgCode: 'caoxian', year: 2026, quarter: 1, planId: plan.id })).statusCode, 404, 'a plan of another organisation');
    const one = await x.as('gkb', 'POST', '/api/v1/plan-bulletins', { orgCode: 'heze', year: 2026, quarter: 1, planId: plan.id });
    assert.equal(one.statusCode, 201, 'one plan is another scope');
    assert.deepEqual([one.json().plan, one.json().totals], [{ id: plan.id, title: '2026年菏泽市政务公开工作要点分工方案' }, q1.figures.totals]);
    const list = await x.as('gkb', 'GET', '/api/v1/plan-bulletins?year=2026');
    assert.deepEqual(list.json().items.map((b: any) => [b.id, b.status, b.planId]), [[one.json().id, 'draft', plan.id], [q1.id, 'draft', null]]);
    assert.deepEqual((await x.as('editor', 'GET', '/api/v1/plan-bulletins')).json().items, []);
    assert.equal((await x.get(`/xxgk/plans/bulletins/${q1.id}`)).statusCode, 404, 'a draft is not on the portal');
  });

  it('edits the texts with the version; a stale version is a 409', async () => {
    const r = await x.as('gkb', 'PUT', `/api/v1/plan-bulletins/${q1.id}`, {
      version: 1, number: '菏政公开办〔2026〕3号', issuer: '菏泽市人民政府办公室',
      intro: '为推动政务公开工作要点落实，现将第一季度任务落实情况通报如下。', closing: '请各单位对照逾期任务清单抓紧整改。\n整改情况于4月15日前报市政务公开办。',
    });
    assert.equal(r.statusCode, 200, r.body);
    q1 = r.json();
    assert.deepEqual([q1.version, q1.number, q1.issuer], [2, '菏政公开办〔2026〕3号', '菏泽市人民政府办公室']);
    const stale = await x.as('gkb', 'PUT', `/api/v1/plan-bulletins/${q1.id}`, { version: 1, title: '旧版' });
    assert.equal(stale.statusCode, 409);
    assert.deepEqual([stale.json().code, stale.json().currentVersion], ['PLAN_BULLETIN_VERSION_CONFLICT', 2]);
  });

  it('renders the DOCX in 公文 layout: title, 文号, sections, tables, the chart as an embedded PNG', async () => {
    const r = await x.as('gkb', 'GET', `/api/v1/plan-bulletins/${q1.id}.docx`);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.match(String(r.headers['content-disposition']), /filename\*=UTF-8''.*%E8%8D%89%E7%A8%BF%EF%BC%89\.docx$/, '（草稿）in the name');
    const text = (await mammoth.extractRawText({ buffer: r.rawPayload })).value;
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    assert.equal(lines[0], '菏泽市2026年第一季度政务公开工作任务落实情况通报');
    assert.equal(lines[1], '菏政公开办〔2026〕3号');
    assert.equal(lines[2], '为推动政务公开工作要点落实，现将第一季度任务落实情况通报如下。');
    for (const h of ['一、总体情况', '二、各单位完成情况', '三、逾期任务清单', '四、排名情况']) assert.ok(lines.includes(h), h);
    assert.ok(text.includes('共有任务8项，涉及牵头和责任单位4个，已完成并销号2项（其中按期完成1项、逾期完成1项），正在推进4项，尚未启动2项，逾期2项，总体完成率25%，按期完成率12.5%。'));
    assert.deepEqual(lines.slice(-2), ['菏泽市人民政府办公室', '2026年4月3日'], 'issuer over the date (a draft is dated today)');

    const tables = tablesOf((await mammoth.convertToHtml({ buffer: r.rawPayload })).value);
    assert.equal(tables.length, 4, 'units, cooperating, overdue, ranking');
    const [units, coop, overdue, ranking] = tables;
    assert.deepEqual(units![0], ['序号', '单位', '任务数', '已销号', '其中按期', '推进中', '未启动', '逾期', '完成率']);
    assert.deepEqual(units![1], ['1', '菏泽市财政局', '3', '2', '1', '0', '1', '1', '66.7%']);
    assert.deepEqual(units![5], ['5', '市工业和信息化局（未对应机构）', '1', '0', '0', '0', '1', '0', '0%']);
    assert.deepEqual(units!.at(-1), ['', '合计（按任务计）', '8', '2', '1', '4', '2', '2', '25%']);
    assert.deepEqual(coop![0], ['序号', '单位', '配合任务数', '其中已销号']);
    assert.deepEqual(overdue![0], ['序号', '任务', '牵头单位', '责任单位', '完成时限', '逾期情况']);
    assert.deepEqual(overdue!.slice(1), [
      ['1', '一/2 公开教育经费', '菏泽市财政局', '菏泽市教育局', '2026年3月20日', '逾期6天完成（3月26日销号）'],
      ['2', '一/3 公开招生政策', '菏泽市教育局', '—', '2026年3月25日', '未完成，已逾期6天'],
    ]);
    assert.deepEqual(ranking![0], ['名次', '单位', '任务数', '已销号', '按期完成', '完成率']);
    assert.deepEqual(ranking!.slice(1).map((row) => row.slice(0, 2)), [['1', '菏泽市财政局'], ['2', '菏泽市教育局'], ['3', '菏泽市卫生健康委员会'], ['3', '菏泽市牡丹区人民政府']]);

    const zip = await JSZip.loadAsync(r.rawPayload);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    assert.equal(media.length, 1, 'one chart image');
    const png = await zip.file(media[0]!)!.async('nodebuffer');
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
    assert.ok(png.length > 5000, 'with content');
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    assert.match(fonts, /w:name="方正小标宋简体"><w:altName w:val="宋体"/, '公文 faces with their substitutes');
  });

  it('Q2: the office moves the due date of 一/3 in April; the Q2 bulletin counts it on time, Q1 keeps it overdue', async () => {
    t.clock.set(at('2026-04-05'));
    const t3 = (await main('gkb', 'GET', `/api/v1/plan-tasks/${id.T3}`)).json().task;
    assert.equal((await main('gkb', 'PATCH', `/api/v1/plan-tasks/${id.T3}`, { version: t3.version, dueOn: '2026-04-30', note: '延期' })).statusCode, 200);
    t.clock.set(at('2026-04-10'));
    await step('T3', 'submit', { text: '招生政策已公开', orgCode: 'hz-jyj' });
    t.clock.set(at('2026-04-15'));
    await step('T3', 'accept'); // closed 04-15 ≤ new due 04-30
    t.clock.set(at('2026-04-20'));
    await step('T4', 'progress', { text: '价格目录整理', percent: 20, orgCode: 'hz-wjw' });
    t.clock.set(at('2026-05-10'));
    await step('T4', 'submit', { text: '已公开', orgCode: 'hz-wjw' });
    t.clock.set(at('2026-05-12'));
    await step('T4', 'accept'); // on time (due 06-30)
    t.clock.set(at('2026-06-01'));
    await step('T7', 'submit', { text: '专栏已规范', orgCode: 'mudan' });
    await step('T7', 'accept'); // no due date: on time when closed
    t.clock.set(at('2026-07-02'));

    const r = await x.as('gkb', 'POST', '/api/v1/plan-bulletins', { orgCode: 'heze', year: 2026, quarter: 2, number: '菏政公开办〔2026〕9号' });
    assert.equal(r.statusCode, 201, r.body);
    q2 = r.json();
    assert.deepEqual([q2.title, q2.asOf, q2.number], ['菏泽市2026年第二季度政务公开工作任务落实情况通报', '2026-06-30', '菏政公开办〔2026〕9号']);
    const f = q2.figures;
    // As of 06-30: closed on time T1 T3 (04-15 ≤ 04-30) T4 T7 (no due date) T8; late T2 T5 (04-02 > 03-31);
    // T6 never started and past its 05-31 due date.
    assert.deepEqual(f.totals, {
      tasks: 8, closed: 7, closedOnTime: 5, closedLate: 2, inProgress: 0, notStarted: 1, overdue: 3 /* T2 T5 T6 */,
      completionRate: 87.5 /* 7/8 */, onTimeRate: 62.5 /* 5/8 */, plans: 1, units: 4,
    });
    const unit = (name: string) => pick(f.units.find((u: any) => u.name === name));
    assert.deepEqual(unit('菏泽市财政局'), [3, 2, 1, 0, 1, 2, 66.7, 4]); // T1 on time, T2 late, T6 overdue open
    assert.deepEqual(unit('菏泽市教育局'), [2, 2, 1, 0, 0, 1, 100, 2]); // T2 late, T3 on time
    assert.deepEqual(unit('菏泽市卫生健康委员会'), [2, 2, 2, 0, 0, 0, 100, 1]); // T4, T8 on time
    assert.deepEqual(unit('菏泽市牡丹区人民政府'), [2, 2, 1, 0, 0, 1, 100, 2]); // T5 late, T7 on time
    // Ranking: 100% with 2 on time; 100% with 1 on time (tie: same rank 2, tree order); 66.7% → 4th
    assert.deepEqual(f.ranking.map((x: any) => [x.rank, x.name]), [[1, '菏泽市卫生健康委员会'], [2, '菏泽市教育局'], [2, '菏泽市牡丹区人民政府'], [4, '菏泽市财政局']]);
    assert.deepEqual(f.overdue.map((o: any) => [o.pathLabel, o.kind, o.dueOn, o.daysLate]), [
      ['一/2', 'closedLate', '2026-03-20', 6], ['二/2', 'closedLate', '2026-03-31', 2], ['二/3', 'open', '2026-05-31', 30],
    ]);
    assert.deepEqual(f.cooperating.map((c: any) => [c.name, c.tasks, c.closed]), [['菏泽市财政局', 1, 1], ['菏泽市卫生健康委员会', 1, 0]]);

    // Q1 regenerated now gives the same figures: the due-date edit of 04-05 is undone as of 03-31.
    const before = (await x.as('gkb', 'GET', `/api/v1/plan-bulletins/${q1.id}`)).json();
    const re = await x.as('gkb', 'POST', `/api/v1/plan-bulletins/${q1.id}/regenerate`, { version: before.version });
    assert.equal(re.statusCode, 200, re.body);
    assert.deepEqual(re.json().figures, before.figures);
    assert.equal(re.json().intro, before.intro, 'the office’s texts stay');
    q1 = re.json();
  });

  it('publishes Q1: final, audited, on the portal with tables, the SVG chart and its data table, and the DOCX', async () => {
    const pub = await x.as('gkb', 'POST', `/api/v1/plan-bulletins/${q1.id}/publish`, { version: q1.version });
    assert.equal(pub.statusCode, 200, pub.body);
    assert.equal(pub.json().status, 'published');
    assert.equal(pub.json().publishedAt, '2026-07-02T10:00:00+08:00');
    assert.equal(pub.json().portalUrl, `/xxgk/plans/bulletins/${q1.id}`);
    for (const [method, url, body] of [['PUT', '', { version: pub.json().version, title: '改' }], ['POST', '/regenerate', { version: pub.json().version }], ['POST', '/publish', { version: pub.json().version }]] as const) {
      const r = await x.as('gkb', method, `/api/v1/plan-bulletins/${q1.id}${url}`, body);
      assert.equal(r.statusCode, 409, url);
      assert.equal(r.json().code, 'PLAN_BULLETIN_PUBLISHED');
    }
    const audit = await t.c.db.selectFrom('audit_entries').select(['action', 'summary']).where('entity_type', '=', 'plan_bulletin').orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['plan_bulletin.generate', 'plan_bulletin.generate', 'plan_bulletin.update', 'plan_bulletin.generate', 'plan_bulletin.regenerate', 'plan_bulletin.publish']);
    assert.match(audit[0]!.summary, /生成季度通报“菏泽市2026年第一季度政务公开工作任务落实情况通报”（截至2026年3月31日，任务8项，逾期2项）/);

    const list = await x.get('/xxgk/plans/bulletins/');
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes(`href="/xxgk/plans/bulletins/${q1.id}"`));
    assert.ok(!list.body.includes(`/xxgk/plans/bulletins/${q2.id}"`), 'the Q2 draft is not listed');
    assert.equal((await x.get('/xxgk/plans/bulletins/?org=heze&year=2026')).statusCode, 200);

    const page = await x.get(`/xxgk/plans/bulletins/${q1.id}`);
    assert.equal(page.statusCode, 200);
    const html = page.body;
    assert.match(html, /<h1 id="bulletin-title">菏泽市2026年第一季度政务公开工作任务落实情况通报<\/h1>/);
    assert.ok(html.includes('<p class="gk-number">菏政公开办〔2026〕3号</p>'));
    assert.ok(html.includes('<caption id="t-units">表1　各单位任务完成情况</caption>'));
    assert.ok(html.includes('<th scope="col">完成率</th>'));
    assert.match(html, /<tr><td>1<\/td><th scope="row">菏泽市财政局<\/th><td>3<\/td><td>2<\/td><td>1<\/td><td>0<\/td><td>1<\/td><td>1<\/td><td>66.7%<\/td><\/tr>/);
    assert.match(html, /<svg[^>]*role="img" aria-label="各单位任务完成率"><title>各单位任务完成率<\/title><desc>菏泽市财政局完成率66.7%/);
    assert.ok(html.includes('<caption id="t-chart">图1数据：各单位完成率和按期完成率</caption>'), 'the chart’s data as a table');
    assert.match(html, /<th scope="row">一\/3 公开招生政策<\/th><td class="gk-text">菏泽市教育局<\/td><td class="gk-text">—<\/td><td>2026年3月25日<\/td><td>未完成，已逾期6天<\/td>/);
    assert.ok(html.includes(`href="/xxgk/plans/bulletins/${q1.id}.docx"`));
    assert.ok(html.includes('<span>菏泽市人民政府办公室</span><span>2026年7月2日</span>'));
    assert.doesNotMatch(html, /<script/);

    const docx = await x.get(`/xxgk/plans/bulletins/${q1.id}.docx`);
    assert.equal(docx.statusCode, 200);
    const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    assert.ok(text.includes('2026年7月2日'), 'dated the day it was published');
    assert.ok(!/草稿/.test(String(docx.headers['content-disposition'])));
    for (const bad of [`/xxgk/plans/bulletins/${q2.id}`, `/xxgk/plans/bulletins/${q2.id}.docx`, '/xxgk/plans/bulletins/abc', '/xxgk/plans/bulletins/999999']) {
      assert.equal((await x.get(bad)).statusCode, 404, bad);
    }
  });
});

/** tasks, closed, closedOnTime, inProgress, notStarted, overdue, completionRate, rank */
function pick(u: any) {
  return [u.tasks, u.closed, u.closedOnTime, u.inProgress, u.notStarted, u.overdue, u.completionRate, u.rank];
}
