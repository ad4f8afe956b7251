// 分工方案 through the API: a draft from the edited import preview, adoption (units resolved, collectives
// expanded, due dates fixed), the units' progress → 完成申请验收 → 验收销号 and 退回, every refusal with its
// code and Chinese detail, evidence (published document, link, uploaded file), and organisation scope.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { documentActions, multipart } from '../support/documents.js';
import { byDate, planActions, task } from '../support/plans.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

const PLAN = {
  title: '2026年菏泽市政务公开重点工作任务分工方案',
  issuer: '菏泽市人民政府办公室',
  docNumber: '菏政办字〔2026〕5号',
  sourceText: '2026年菏泽市政务公开重点工作任务分工方案……',
  tasks: [
    task(['一', '1'], '推进预算决算公开', { lead: ['市财政局'], cooperating: ['市政府办公室'], deadline: byDate('2026-03-31') }),
    task(['一', '2'], '办好政府公报', { responsible: ['市政府办公室', '各县区政府、管委会'], deadline: { raw: '长期坚持', date: null, kind: 'long-term' } }),
    task(['一', '3'], '建立城市管理信息公开台账', { responsible: ['市城管局'], deadline: { raw: '印发后10个工作日内', date: null, kind: 'other' } }),
    task(['二', '(一)'], '全面梳理政务公开事项', { responsible: ['市政府各部门、单位'], deadline: { raw: '2026年底前', date: '2026-12-31', kind: 'year-end' } }),
  ],
};

const codesOf = (units: { code: string | null; name: string }[]) => units.map((u) => u.code ?? u.name).sort();

describe('分工方案: draft, adoption, progress, acceptance, scope', () => {
  let t: TestApp;
  let a: ReturnType<typeof planActions>;
  let plan: any;

  before(async () => {
    t = await buildTestApp(); // clock: 2026-03-02 09:00 Asia/Shanghai (a Monday)
    a = planActions(t);
  });
  after(() => t.close());

  it('creates a draft from the edited preview: units matched where they can be, collectives kept as text until adoption', async () => {
    const d = await a.draft(PLAN);
    assert.equal(d.status, 'draft');
    assert.equal(d.statusLabel, '草稿');
    assert.equal(d.version, 1);
    assert.deepEqual(d.org, { id: await t.orgId('heze'), code: 'heze', name: '菏泽市人民政府' });
    assert.equal(d.tasks.length, 4);
    assert.deepEqual(d.tasks.map((x: any) => x.pathLabel), ['一/1', '一/2', '一/3', '二/(一)']);
    const [t1, t2, t3] = d.tasks;
    assert.deepEqual(t1.units.lead.map((u: any) => [u.name, u.code]), [['市财政局', 'hz-czj']]);
    assert.deepEqual(t1.units.cooperating.map((u: any) => [u.name, u.code]), [['市政府办公室', 'hz-bgs']]);
    assert.deepEqual(t2.units.responsible.map((u: any) => [u.name, u.code]), [['市政府办公室', 'hz-bgs'], ['各县区政府、管委会', null]]);
    assert.deepEqual(t3.units.responsible.map((u: any) => [u.name, u.code]), [['市城管局', null]]);
    assert.equal(t1.dueOn, '2026-03-31', 'a by-date deadline is known at once');
    assert.equal(t3.dueOn, null, 'a relative deadline waits for the adoption date');
    assert.equal(d.counts.total, 4);
    const audit = await t.c.db.selectFrom('audit_entries').select(['summary']).where('action', '=', 'plan.create').execute();
    assert.match(audit[0]!.summary, /新建分工方案草稿“2026年菏泽市政务公开重点工作任务分工方案”（4项任务）/);
    plan = d;
  });

  it('refuses writers outside the owning office, and hides drafts from everyone else', async () => {
    const editor = await a.as('editor', 'POST', '/api/v1/plans', { ...PLAN, orgCode: 'heze', year: 2026 });
    assert.equal(editor.statusCode, 403);
    assert.equal(editor.json().code, 'FORBIDDEN');
    const county = await a.as('caoxian-gkb', 'POST', '/api/v1/plans', { ...PLAN, orgCode: 'heze', year: 2026 });
    assert.equal(county.statusCode, 404, 'a county office cannot name the city');
    assert.equal(county.json().code, 'ORG_NOT_FOUND');
    const badMap = await a.as('gkb', 'POST', '/api/v1/plans', { ...PLAN, orgCode: 'heze', year: 2026, unitMap: { 市城管局: 'no-such-org' } });
    assert.equal(badMap.statusCode, 400);
    assert.match(badMap.json().detail, /市城管局→no-such-org/);
    for (const who of ['caoxian-gkb', 'editor']) {
      assert.equal((await a.as(who, 'GET', `/api/v1/plans/${plan.id}`)).statusCode, 404, who);
      assert.deepEqual((await a.as(who, 'GET', '/api/v1/plans')).json().items, [], who);
      assert.equal((await a.as(who, 'GET', `/api/v1/plan-tasks/${plan.tasks[0].id}`)).statusCode, 404, who);
    }
  });

  it('replaces a draft (optimistic version), and maps a name the tree does not know', async () => {
    const stale = await a.as('gkb', 'PUT', `/api/v1/plans/${plan.id}`, { version: plan.version + 5, title: '改' });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'PLAN_VERSION_CONFLICT');
    assert.equal(stale.json().currentVersion, 1);
    // The office says 市城管局 is 菏泽市住房和城乡建设局 here (the name the tree does not have).
    const r = await a.as('gkb', 'PUT', `/api/v1/plans/${plan.id}`, { version: plan.version, title: `${PLAN.title}（修订）`, unitMap: { 市城管局: 'hz-zjj' } });
    assert.equal(r.statusCode, 200, r.body);
    plan = r.json();
    assert.equal(plan.version, 2);
    assert.equal(plan.title, `${PLAN.title}（修订）`);
    assert.deepEqual(plan.unitMap, { 市城管局: 'hz-zjj' });
    assert.deepEqual(plan.tasks[2].units.responsible.map((u: any) => [u.name, u.code]), [['市城管局', 'hz-zjj']]);
    assert.equal(plan.tasks.length, 4, 'the tasks were written again, not lost');
  });

  it('adopts: collectives expand to one assignment per organisation, due dates are fixed, each task is 下达', async () => {
    const stale = await a.as('gkb', 'POST', `/api/v1/plans/${plan.id}/adopt`, { version: 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'PLAN_VERSION_CONFLICT');
    const r = await a.as('gkb', 'POST', `/api/v1/plans/${plan.id}/adopt`, { version: plan.version });
    assert.equal(r.statusCode, 200, r.body);
    plan = r.json();
    assert.equal(plan.status, 'adopted');
    assert.equal(plan.adoptedAt, '2026-03-02T09:00:00+08:00');
    const [t1, t2, t3, t4] = plan.tasks;
    assert.deepEqual(codesOf(t2.units.responsible), ['caoxian', 'hz-bgs', 'mudan']);
    assert.deepEqual(t2.units.responsible.filter((u: any) => u.collective).map((u: any) => [u.name, u.collective]), [['菏泽市牡丹区人民政府', '各县区政府、管委会'], ['曹县人民政府', '各县区政府、管委会']]);
    assert.deepEqual(codesOf(t4.units.responsible), ['hz-bgs', 'hz-czj', 'hz-fgw', 'hz-jyj', 'hz-rsj', 'hz-sjj', 'hz-sthjj', 'hz-wjw', 'hz-xzspj', 'hz-zjj']);
    assert.equal(t1.dueOn, '2026-03-31');
    assert.equal(t2.dueOn, null, '长期坚持 is never due');
    assert.equal(t3.dueOn, '2026-03-16', '10 working days after 2026-03-02');
    assert.equal(t4.dueOn, '2026-12-31');
    for (const x of plan.tasks) assert.equal(x.status, 'not_started');
    const detail = (await a.as('gkb', 'GET', `/api/v1/plan-tasks/${t1.id}`)).json();
    assert.deepEqual(detail.events.map((e: any) => [e.type, e.label, e.on]), [['created', '任务下达', '2026-03-02']]);
    assert.equal(detail.can.accept, false);
    assert.equal(detail.can.edit, true);
    for (const [method, url, body, code] of [
      ['POST', `/api/v1/plans/${plan.id}/adopt`, { version: plan.version }, 'PLAN_NOT_DRAFT'],
      ['PUT', `/api/v1/plans/${plan.id}`, { version: plan.version, title: 'x' }, 'PLAN_NOT_DRAFT'],
      ['DELETE', `/api/v1/plans/${plan.id}`, undefined, 'PLAN_NOT_DRAFT'],
    ] as const) {
      const res = await a.as('gkb', method, url, body);
      assert.equal(res.statusCode, 409, `${method} ${url}`);
      assert.equal(res.json().code, code);
    }
  });

  it('shows an assigned unit its own tasks only; a county sees none of a plan that gives it nothing', async () => {
    const county = await a.as('caoxian-gkb', 'GET', `/api/v1/plans/${plan.id}`);
    assert.equal(county.statusCode, 200, county.body);
    assert.equal(county.json().access, 'assigned');
    assert.equal(county.json().canWrite, false);
    assert.equal(county.json().sourceText, null);
    assert.deepEqual(county.json().tasks.map((x: any) => x.pathLabel), ['一/2']);
    assert.equal(county.json().counts.total, 1);
    const editor = (await a.as('editor', 'GET', `/api/v1/plans/${plan.id}`)).json();
    assert.deepEqual(editor.tasks.map((x: any) => x.pathLabel), ['一/1', '二/(一)'], '市财政局: lead of 一/1, one of 市政府各部门 in 二/(一)');
    assert.equal((await a.as('caoxian-gkb', 'GET', `/api/v1/plan-tasks/${plan.tasks[0].id}`)).statusCode, 404);

    const cityOnly = await a.adopted({ title: '菏泽市财政局预算公开专项方案', tasks: [task(['一'], '细化预算公开', { responsible: ['市财政局'], deadline: byDate('2026-06-30') })] });
    const list = (await a.as('caoxian-gkb', 'GET', '/api/v1/plans')).json().items.map((p: any) => p.id);
    assert.ok(!list.includes(cityOnly.id));
    assert.ok(list.includes(plan.id));
    for (const url of [`/api/v1/plans/${cityOnly.id}`, `/api/v1/plans/${cityOnly.id}/tasks`, `/api/v1/plans/${cityOnly.id}/ledger.xlsx`, `/api/v1/plan-tasks/${cityOnly.tasks[0].id}`]) {
      const r = await a.as('caoxian-gkb', 'GET', url);
      assert.equal(r.statusCode, 404, url);
    }
    const caoxianTasks = (await a.as('caoxian-gkb', 'GET', '/api/v1/plan-tasks?view=all')).json();
    assert.deepEqual(caoxianTasks.items.map((x: any) => x.pathLabel), ['一/2']);
    const byStatus = (await a.as('gkb', 'GET', '/api/v1/plans?status=adopted&year=2026')).json().items;
    assert.deepEqual(byStatus.map((p: any) => p.id).sort(), [plan.id, cityOnly.id].sort());
  });

  it('a unit reports progress with evidence; the task is 推进中', async () => {
    const t1 = plan.tasks[0];
    const r = await a.as('editor', 'POST', `/api/v1/plan-tasks/${t1.id}/progress`, {
      text: '已完成2026年市级预算公开方案起草', percent: 40, evidence: [{ kind: 'url', url: 'https://www.heze.gov.cn/czj/ys2026.html', title: '预算公开专栏' }],
    });
    assert.equal(r.statusCode, 200, r.body);
    const d = r.json();
    assert.equal(d.task.status, 'in_progress');
    assert.equal(d.task.statusLabel, '推进中');
    assert.equal(d.task.percent, 40);
    assert.deepEqual(d.task.latestProgress, { text: '已完成2026年市级预算公开方案起草', percent: 40, on: '2026-03-02', org: { code: 'hz-czj', name: '菏泽市财政局' } });
    const ev = d.events.at(-1);
    assert.equal(ev.type, 'progress');
    assert.equal(ev.org.code, 'hz-czj');
    assert.equal(ev.actorName, '李编辑（市财政局）');
    assert.deepEqual(ev.evidence, [{ kind: 'url', url: 'https://www.heze.gov.cn/czj/ys2026.html', title: '预算公开专栏' }]);
    // The cooperating 市政府办公室 reports too; a reviewer has no business here; a county cannot see the task.
    const handler = await a.as('handler', 'POST', `/api/v1/plan-tasks/${t1.id}/progress`, { text: '已配合提供公开平台栏目', percent: 50 });
    assert.equal(handler.statusCode, 200, handler.body);
    assert.equal(handler.json().events.at(-1).org.code, 'hz-bgs');
    const reviewer = await a.as('reviewer', 'POST', `/api/v1/plan-tasks/${t1.id}/progress`, { text: '越权报送', percent: 10 });
    assert.equal(reviewer.statusCode, 403);
    const county = await a.as('caoxian-gkb', 'POST', `/api/v1/plan-tasks/${t1.id}/progress`, { text: '越权报送', percent: 10 });
    assert.equal(county.statusCode, 404);
    const stale = await a.as('editor', 'POST', `/api/v1/plan-tasks/${t1.id}/progress`, { text: '旧版本', percent: 60, version: 1 });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'PLAN_TASK_VERSION_CONFLICT');
    const bad = await a.as('editor', 'POST', `/api/v1/plan-tasks/${t1.id}/progress`, { text: '进展', percent: 120 });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().detail, /完成进度不大于100/);
  });

  it('evidence: a published document (not a draft), http(s) links only, uploaded files that exist', async () => {
    const t1 = plan.tasks[0];
    const docs = documentActions(t);
    const published = await docs.publishAll({ title: '菏泽市财政局2026年部门预算公开' });
    const draft = await docs.create({ title: '尚未发布的草稿' });
    const cases: [unknown, RegExp][] = [
      [{ kind: 'document', documentId: draft.id }, /不存在或尚未公开/],
      [{ kind: 'document', documentId: 999999 }, /不存在或尚未公开/],
      [{ kind: 'url', url: 'javascript:alert(1)' }, /http:\/\/ 或 https:\/\//],
      [{ kind: 'url', url: 'not a url' }, /不是有效的网址/],
      [{ kind: 'file', fileKey: 'a'.repeat(64), name: '照片.png', size: 10 }, /未上传或已失效/],
    ];
    for (const [evidence, detail] of cases) {
      const r = await a.as('editor', 'POST', `/api/v1/plan-tasks/${t1.id}/progress`, { text: '附佐证材料', percent: 60, evidence: [evidence] });
      assert.equal(r.statusCode, 400, JSON.stringify(evidence));
      assert.equal(r.json().code, 'PLAN_EVIDENCE_INVALID');
      assert.match(r.json().detail, detail);
    }
    const file = Buffer.from('预算公开工作会议纪要\n2026年3月2日\n');
    const up = await a.as('editor', 'POST', `/api/v1/plan-tasks/${t1.id}/evidence`, undefined, multipart('会议纪要.txt', file));
    assert.equal(up.statusCode, 201, up.body);
    const stored = up.json();
    assert.deepEqual({ name: stored.name, size: stored.size }, { name: '会议纪要.txt', size: file.length });
    const exe = await a.as('editor', 'POST', `/api/v1/plan-tasks/${t1.id}/evidence`, undefined, multipart('x.exe', Buffer.from('MZ\x90\x00\x03\x00\x00\x00')));
    assert.equal(exe.statusCode, 415);
    const r = await a.as('editor', 'POST', `/api/v1/plan-tasks/${t1.id}/progress`, {
      text: '预算已公开', percent: 80, evidence: [{ kind: 'document', documentId: published.id }, { kind: 'file', ...stored }],
    });
    assert.equal(r.statusCode, 200, r.body);
    const ev = r.json().events.at(-1).evidence;
    assert.deepEqual(ev[0], { kind: 'document', documentId: published.id, title: '菏泽市财政局2026年部门预算公开', url: `/xxgk/documents/${published.id}` });
    assert.equal(ev[1].url, `/api/v1/plan-tasks/${t1.id}/evidence/${stored.fileKey}`);
    const dl = await a.as('gkb', 'GET', ev[1].url);
    assert.equal(dl.statusCode, 200);
    assert.equal(dl.body, file.toString());
    const other = await a.as('gkb', 'GET', `/api/v1/plan-tasks/${plan.tasks[1].id}/evidence/${stored.fileKey}`);
    assert.equal(other.statusCode, 404, 'only files the task itself references');
  });

  it('完成申请验收 → 退回 (reason required) → again → 验收销号; the refusals name the state', async () => {
    const id = plan.tasks[0].id;
    const early = await a.as('gkb', 'POST', `/api/v1/plan-tasks/${plan.tasks[3].id}/accept`, { note: '同意' });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'PLAN_TASK_NOT_SUBMITTED');
    assert.match(early.json().detail, /只有验收通过的任务才能销号/);
    const sub = await a.as('editor', 'POST', `/api/v1/plan-tasks/${id}/submit`, { text: '预算决算已全部公开，申请验收' });
    assert.equal(sub.statusCode, 200, sub.body);
    assert.equal(sub.json().task.status, 'submitted');
    assert.equal(sub.json().task.statusLabel, '已完成（待验收）');
    assert.equal(sub.json().task.percent, 100);
    const again = await a.as('editor', 'POST', `/api/v1/plan-tasks/${id}/progress`, { text: '补充', percent: 100 });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'PLAN_TASK_SUBMITTED');
    assert.equal((await a.as('editor', 'POST', `/api/v1/plan-tasks/${id}/accept`, {})).statusCode, 403, 'an editor cannot accept');
    const countyAccept = await a.as('caoxian-gkb', 'POST', `/api/v1/plan-tasks/${plan.tasks[1].id}/accept`, {});
    assert.equal(countyAccept.statusCode, 403, 'who may accept is checked before the state');
    const noReason = await a.as('gkb', 'POST', `/api/v1/plan-tasks/${id}/return`, {});
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.json().detail, /退回理由/);
    const ret = await a.as('gkb', 'POST', `/api/v1/plan-tasks/${id}/return`, { reason: '决算公开表格不完整，请补充三公经费说明' });
    assert.equal(ret.statusCode, 200, ret.body);
    assert.equal(ret.json().task.status, 'in_progress');
    assert.equal(ret.json().task.percent, 80, 'back to the last reported progress');
    assert.equal(ret.json().events.at(-1).text, '决算公开表格不完整，请补充三公经费说明');
    assert.equal((await a.as('editor', 'POST', `/api/v1/plan-tasks/${id}/submit`, { text: '已补充，再次申请验收' })).statusCode, 200);
    const ok = await a.as('gkb', 'POST', `/api/v1/plan-tasks/${id}/accept`, { note: '验收合格' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().task.status, 'closed');
    assert.equal(ok.json().task.statusLabel, '已销号');
    assert.equal(ok.json().task.closedOn, '2026-03-02');
    assert.deepEqual(ok.json().events.map((e: any) => e.type), ['created', 'progress', 'progress', 'progress', 'submitted', 'returned', 'submitted', 'accepted']);
    const twice = await a.as('gkb', 'POST', `/api/v1/plan-tasks/${id}/accept`, {});
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'PLAN_TASK_CLOSED');
    assert.equal(twice.json().detail, '该任务已销号');
    for (const [path, body] of [['progress', { text: '再报', percent: 100 }], ['submit', { text: '再交' }], ['return', { reason: '再退回' }]] as const) {
      const r = await a.as(path === 'return' ? 'gkb' : 'editor', 'POST', `/api/v1/plan-tasks/${id}/${path}`, body);
      assert.equal(r.statusCode, 409, path);
      assert.equal(r.json().code, 'PLAN_TASK_CLOSED', path);
    }
    const actions = (await t.c.db.selectFrom('audit_entries').select('action').where('entity_type', '=', 'plan_task').where('entity_id', '=', String(id)).orderBy('id').execute()).map((x) => x.action);
    assert.deepEqual(actions, ['plan_task.progress', 'plan_task.progress', 'plan_task.progress', 'plan_task.submit', 'plan_task.return', 'plan_task.submit', 'plan_task.accept']);
  });

  it('a county office accepts nothing of the city\'s plan, even a task of its own', async () => {
    const id = plan.tasks[1].id;
    assert.equal((await a.as('caoxian-gkb', 'POST', `/api/v1/plan-tasks/${id}/submit`, { text: '曹县政府公报已按期刊发' })).statusCode, 200);
    const r = await a.as('caoxian-gkb', 'POST', `/api/v1/plan-tasks/${id}/accept`, {});
    assert.equal(r.statusCode, 403);
    assert.match(r.json().detail, /只有方案所属机构（或上级）的政务公开办管理员可以验收销号/);
  });

  it('deletes a draft, archives an adopted plan (its tasks take no more reports)', async () => {
    const d = await a.draft({ title: '待删除的草稿', tasks: [task(['一'], '试一试')] });
    const del = await a.as('gkb', 'DELETE', `/api/v1/plans/${d.id}`);
    assert.equal(del.statusCode, 204);
    assert.equal((await a.as('gkb', 'GET', `/api/v1/plans/${d.id}`)).statusCode, 404);
    const empty = await a.draft({ title: '没有任务', tasks: [] });
    const noTasks = await a.as('gkb', 'POST', `/api/v1/plans/${empty.id}/adopt`, { version: empty.version });
    assert.equal(noTasks.statusCode, 400);
    assert.match(noTasks.json().detail, /没有任何任务/);
    const p = await a.adopted({ title: '将归档的方案', tasks: [task(['一'], '归档前的任务', { responsible: ['市财政局'] })] });
    const ar = await a.as('gkb', 'POST', `/api/v1/plans/${p.id}/archive`, { version: p.version });
    assert.equal(ar.statusCode, 200, ar.body);
    assert.equal(ar.json().status, 'archived');
    const r = await a.as('editor', 'POST', `/api/v1/plan-tasks/${p.tasks[0].id}/progress`, { text: '归档后报送', percent: 10 });
    assert.equal(r.statusCode, 409);
    assert.equal(r.json().code, 'PLAN_NOT_ADOPTED');
    const mine = (await a.as('editor', 'GET', '/api/v1/plan-tasks?view=mine&pageSize=200')).json().items.map((x: any) => x.planId);
    assert.ok(!mine.includes(p.id), 'archived plans leave the cross-plan ledger');
  });
});
