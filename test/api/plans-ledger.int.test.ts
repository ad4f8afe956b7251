// 台账: the 2021 菏泽 plan (shared fixture) adopted as a ledger, overdue derived from today (the fake clock
// moved), due soon in working days, working-day deadlines across 劳动节 and a year without holiday data,
// the per-unit and cross-plan views, the office's edits, and the XLSX export parsed back with exceljs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { byDate, hezeExpected, planActions, task } from '../support/plans.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

const HEADERS = ['序号', '任务内容', '牵头单位', '责任单位', '完成时限', '进展情况', '状态'];

async function sheetOf(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('台账');
  assert.ok(ws, 'sheet 台账');
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    rows.push(Array.from({ length: 7 }, (_, i) => String(row.getCell(i + 1).value ?? '')));
  });
  return { ws, rows };
}

describe('台账: overdue, due soon, working-day deadlines, views, edits, XLSX', () => {
  let t: TestApp;
  let a: ReturnType<typeof planActions>;
  let heze: any;
  const expected = hezeExpected();

  before(async () => {
    t = await buildTestApp(); // 2026-03-02 09:00 Asia/Shanghai
    a = planActions(t);
    heze = await a.adopted({
      title: expected.title, issuer: expected.issuer, docNumber: expected.docNumber, year: 2021, tasks: expected.tasks, sourceText: '（方案全文）',
    });
  });
  after(() => t.close());

  it('adopts the 2021 plan: every task, units expanded, dates as written; the dated ones are all overdue in 2026', async () => {
    assert.equal(heze.tasks.length, expected.tasks.length);
    const first = a.taskOf(heze, '二/(一)/1');
    assert.equal(first.units.responsible.length, 12, '10 city departments and 2 counties');
    assert.deepEqual([...new Set(first.units.responsible.map((u: any) => u.collective))].sort(), ['各县区政府、管委会', '市政府各部门、单位']);
    const precise = a.taskOf(heze, '二/(二)/2');
    assert.deepEqual(precise.units.responsible.map((u: any) => [u.name, u.code]), [
      ['市政府办公室', 'hz-bgs'], ['市发展改革委', 'hz-fgw'], ['市工业和信息化局', null], ['菏泽市牡丹区人民政府', 'mudan'], ['曹县人民政府', 'caoxian'],
    ]);
    const dated = expected.tasks.filter((x) => x.deadline?.date).length;
    assert.equal(heze.counts.overdue, dated);
    assert.equal(heze.counts.byStatus.not_started, expected.tasks.length);
    assert.equal(first.overdue, true);
    assert.equal(first.statusLabel, '逾期');
    const longTerm = a.taskOf(heze, '二/(三)/1');
    assert.equal(longTerm.dueOn, null);
    assert.equal(longTerm.overdue, false);
    assert.equal(longTerm.statusLabel, '未启动');
    const overdue = (await a.as('gkb', 'GET', `/api/v1/plans/${heze.id}/tasks?view=overdue`)).json().items;
    assert.equal(overdue.length, dated);
    const czj = (await a.as('gkb', 'GET', `/api/v1/plans/${heze.id}/tasks?org=hz-czj`)).json().items;
    assert.ok(czj.length > 0 && czj.every((x: any) => x.units.responsible.some((u: any) => u.code === 'hz-czj')));
    assert.equal((await a.as('gkb', 'GET', `/api/v1/plans/${heze.id}/tasks?org=nowhere`)).statusCode, 404);
  });

  it('exports the ledger as XLSX: the title, the usual columns, a row as written, 逾期 highlighted', async () => {
    const r = await a.as('gkb', 'GET', `/api/v1/plans/${heze.id}/ledger.xlsx`);
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(String(r.headers['content-disposition']), /^attachment; .*filename\*=UTF-8''2021%E5%B9%B4/);
    const { ws, rows } = await sheetOf(r.rawPayload);
    assert.match(rows[0]![0]!, /^2021年菏泽市政务公开攻坚提升行动实施方案\n任务落实台账\u3000截至2026-03-02$/);
    assert.deepEqual(rows[1], HEADERS);
    assert.equal(rows.length, 2 + expected.tasks.length);
    const [seq, content, lead, responsible, deadline, progress, status] = rows[2]!;
    assert.equal(seq, '1');
    assert.match(content!, /^二\/\(一\)\/1\u3000建立“大公开”工作机制\n根据《菏泽市人民政府办公室关于印发/);
    assert.equal(lead, '');
    assert.equal(responsible, '市政府各部门、单位、各县区政府、管委会', 'an expanded collective shows once, as written');
    assert.equal(deadline, '2021年8月10日前');
    assert.equal(progress, '');
    assert.equal(status, '逾期');
    const fill = ws.getRow(3).getCell(2).fill as { fgColor?: { argb?: string } };
    assert.equal(fill.fgColor?.argb, 'FFFFC7CE', 'overdue rows are highlighted');
    assert.ok(ws.getRow(3).getCell(2).alignment?.wrapText);
    assert.equal(ws.getRow(3).getCell(2).border?.top?.style, 'thin');
    assert.equal(ws.getColumn(2).width, 60);
    const longTerm = rows.find((x) => x[1]!.startsWith('二/(三)/1'))!;
    assert.deepEqual([longTerm[4], longTerm[6]], ['长期坚持', '未启动']);
    const unfilled = ws.getRow(rows.indexOf(longTerm) + 1).getCell(2).fill as { fgColor?: { argb?: string } } | undefined;
    assert.notEqual(unfilled?.fgColor?.argb, 'FFFFC7CE');

    const filtered = await a.as('gkb', 'GET', `/api/v1/plans/${heze.id}/ledger.xlsx?org=hz-bgs&status=overdue`);
    assert.equal(filtered.statusCode, 200);
    const f = await sheetOf(filtered.rawPayload);
    assert.match(f.rows[0]![0]!, /单位：菏泽市人民政府办公室\u3000状态：逾期/);
    assert.ok(f.rows.length > 2);
    assert.ok(f.rows.slice(2).every((x) => x[6] === '逾期'));
  });

  it('shows progress and the cooperating units in the export', async () => {
    const p = await a.adopted({
      title: '2026年预算公开工作方案',
      tasks: [task(['一'], '公开部门预算', { lead: ['市财政局'], responsible: ['市教育局'], cooperating: ['市政府办公室'], deadline: byDate('2026-06-30') })],
    });
    const id = p.tasks[0].id;
    assert.equal((await a.as('editor', 'POST', `/api/v1/plan-tasks/${id}/progress`, { text: '部门预算已汇总', percent: 60 })).statusCode, 200);
    const { rows } = await sheetOf((await a.as('gkb', 'GET', `/api/v1/plans/${p.id}/ledger.xlsx`)).rawPayload);
    assert.deepEqual(rows[2], ['1', '一\u3000公开部门预算\n公开部门预算的具体要求。', '市财政局', '市教育局、市政府办公室（配合）', '2026年6月30日前', '部门预算已汇总（60%，2026-03-02，菏泽市财政局）', '推进中']);
  });

  it('overdue follows the clock: due soon within 5 working days, 逾期 the day after, never once 销号', async () => {
    const p = await a.adopted({ title: '时限测试方案', tasks: [task(['一'], '3月10日前完成', { responsible: ['市财政局'], deadline: byDate('2026-03-10') }), task(['二'], '4月底前完成', { responsible: ['市财政局'], deadline: byDate('2026-04-30') })] });
    const [soon] = p.tasks;
    const view = async (v: string) => (await a.as('gkb', 'GET', `/api/v1/plans/${p.id}/tasks?view=${v}`)).json().items.map((x: any) => x.id);
    assert.deepEqual(await view('overdue'), []);
    assert.deepEqual(await view('dueSoon'), [], '2026-03-10 is six working days after 03-02');
    t.clock.set('2026-03-03T09:00:00+08:00');
    assert.deepEqual(await view('dueSoon'), [soon.id]);
    const cross = (await a.as('editor', 'GET', `/api/v1/plan-tasks?view=dueSoon&plan=${p.id}`)).json();
    assert.deepEqual(cross.items.map((x: any) => x.id), [soon.id]);
    t.clock.set('2026-03-10T23:59:00+08:00');
    assert.deepEqual(await view('overdue'), [], 'due on the 10th is not late on the 10th');
    t.clock.set('2026-03-11T00:00:00+08:00');
    assert.deepEqual(await view('overdue'), [soon.id]);
    const d = (await a.as('gkb', 'GET', `/api/v1/plans/${p.id}`)).json();
    assert.equal(d.counts.overdue, 1);
    assert.equal(d.tasks[0].statusLabel, '逾期');
    assert.equal((await a.as('editor', 'POST', `/api/v1/plan-tasks/${soon.id}/submit`, { text: '已完成' })).statusCode, 200);
    assert.deepEqual(await view('overdue'), [soon.id], 'awaiting acceptance past its date is still overdue');
    assert.equal((await a.as('gkb', 'POST', `/api/v1/plan-tasks/${soon.id}/accept`, {})).statusCode, 200);
    assert.deepEqual(await view('overdue'), []);
    const after = (await a.as('gkb', 'GET', `/api/v1/plan-tasks/${soon.id}`)).json().task;
    assert.deepEqual([after.status, after.overdue, after.statusLabel, after.closedOn], ['closed', false, '已销号', '2026-03-11']);
    t.clock.set('2026-03-02T09:00:00+08:00');
  });

  it('"10个工作日内" counts from the adoption day across 劳动节; a year without holiday data is a Chinese 422', async () => {
    t.clock.set('2026-04-30T10:00:00+08:00');
    const p = await a.adopted({ title: '五一前印发的方案', tasks: [task(['一'], '印发后十个工作日内报送', { responsible: ['市财政局'], deadline: { raw: '印发后10个工作日内', date: null, kind: 'other' } }), task(['二'], '15日内', { responsible: ['市财政局'], deadline: { raw: '15日内', date: null, kind: 'other' } })] });
    assert.equal(p.tasks[0].dueOn, '2026-05-18', '5月1日—5日放假, 5月9日（星期六）调休上班');
    assert.equal(p.tasks[1].dueOn, '2026-05-15');
    t.clock.set('2026-12-24T10:00:00+08:00');
    const d = await a.draft({ title: '年底印发的方案', tasks: [task(['一'], '十个工作日内完成', { responsible: ['市财政局'], deadline: { raw: '10个工作日内', date: null, kind: 'other' } })] });
    const r = await a.as('gkb', 'POST', `/api/v1/plans/${d.id}/adopt`, { version: d.version });
    assert.equal(r.statusCode, 422);
    assert.equal(r.json().code, 'DEADLINE_DATA_MISSING');
    assert.match(r.json().detail, /缺少2027年节假日安排数据/);
    assert.equal((await a.as('gkb', 'GET', `/api/v1/plans/${d.id}`)).json().status, 'draft', 'nothing was adopted');
    t.clock.set('2026-03-02T09:00:00+08:00');
  });

  it('the cross-plan views: mine, overdue, by unit, paged; a county sees only what is assigned in its subtree', async () => {
    const mine = (await a.as('editor', 'GET', '/api/v1/plan-tasks?view=mine&pageSize=200')).json();
    assert.ok(mine.total > 0);
    assert.ok(mine.items.every((x: any) => Object.values(x.units).flat().some((u: any) => u.code === 'hz-czj')));
    assert.ok(mine.items.every((x: any) => typeof x.planTitle === 'string'));
    const page = (await a.as('gkb', 'GET', '/api/v1/plan-tasks?view=overdue&page=2&pageSize=5')).json();
    assert.equal(page.page, 2);
    assert.equal(page.items.length, 5);
    assert.ok(page.items.every((x: any) => x.overdue));
    const dates = page.items.map((x: any) => x.dueOn);
    assert.deepEqual(dates, [...dates].sort(), 'nearest deadline first');
    const county = (await a.as('caoxian-gkb', 'GET', '/api/v1/plan-tasks?view=all&pageSize=200')).json();
    assert.ok(county.total > 0);
    assert.ok(county.items.every((x: any) => x.units.responsible.some((u: any) => u.code === 'caoxian')));
    const byOrg = (await a.as('gkb', 'GET', '/api/v1/plan-tasks?org=caoxian&pageSize=200')).json();
    assert.equal(byOrg.total, county.total);
    assert.equal((await a.as('gkb', 'GET', '/api/v1/plan-tasks?view=everything')).statusCode, 400);
  });

  it('the office edits a task: a new deadline moves the due date from the adoption day; units by code, by name, or kept as text', async () => {
    const p = await a.adopted({ title: '可修改的方案', tasks: [task(['一'], '建立台账', { responsible: ['市城管局'], deadline: byDate('2026-03-20') })] });
    const id = p.tasks[0].id;
    const edit = (who: string, body: unknown) => a.as(who, 'PATCH', `/api/v1/plan-tasks/${id}`, body);
    assert.equal((await edit('editor', { version: 1, dueOn: '2026-04-01' })).statusCode, 403);
    const stale = await edit('gkb', { version: 9, dueOn: '2026-04-01' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'PLAN_TASK_VERSION_CONFLICT');
    const cur = (await a.as('gkb', 'GET', `/api/v1/plan-tasks/${id}`)).json().task;
    const r = await edit('gkb', {
      version: cur.version, deadline: { raw: '印发后15个工作日内', date: null, kind: 'other' },
      units: { lead: [{ name: '市住房城乡建设局', orgCode: 'hz-zjj' }], responsible: [{ name: '各县区政府、管委会' }, { name: '市城市管理局', orgCode: null }] },
      note: '按市政府要求调整',
    });
    assert.equal(r.statusCode, 200, r.body);
    const d = r.json();
    assert.equal(d.task.dueOn, '2026-03-23', '15 working days after the adoption on 2026-03-02');
    assert.deepEqual(d.task.deadline, { raw: '印发后15个工作日内', kind: 'other', date: null });
    assert.deepEqual(d.task.units.lead.map((u: any) => u.code), ['hz-zjj']);
    assert.deepEqual(d.task.units.responsible.map((u: any) => u.code ?? u.name), ['mudan', 'caoxian', '市城市管理局']);
    const ev = d.events.at(-1);
    assert.equal(ev.type, 'edited');
    assert.equal(ev.text, '按市政府要求调整');
    assert.deepEqual(ev.data.dueOn, { from: '2026-03-20', to: '2026-03-23' });
    const bad = await edit('gkb', { version: d.task.version, units: { lead: [{ name: 'x', orgCode: 'no-such' }] } });
    assert.equal(bad.statusCode, 400);
    const set = await edit('gkb', { version: d.task.version, dueOn: '2026-05-08' });
    assert.equal(set.json().task.dueOn, '2026-05-08');
  });
});
