// 到期提醒: the hourly job mails the staff of each 牵头/责任 unit once when a task comes within 5 working days
// of its due date and once when it is overdue, through the outbox to a real SMTP server; cooperating
// units, long-term tasks and tasks awaiting acceptance get nothing; a new due date arms the reminders again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { planReminderJob } from '../../src/modules/plans/index.js';
import { byDate, planActions, task } from '../support/plans.js';
import { type SmtpSink, createSmtpSink } from '../support/smtp-sink.js';
import { type TestApp, buildTestApp } from '../support/test-app.js';

describe('到期提醒: reminders before and after deadlines, by mail', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let a: ReturnType<typeof planActions>;
  let plan: any;
  const run = () => planReminderJob(t.c.plans).run();
  const deliver = async () => {
    await t.c.mailer.deliverDue();
    await new Promise((r) => setTimeout(r, 200));
  };

  before(async () => {
    sink = createSmtpSink();
    await sink.start();
    t = await buildTestApp({ config: { smtpUrl: sink.url } }); // 2026-03-02 09:00, a Monday
    a = planActions(t);
    const ids = Object.fromEntries((await t.c.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]));
    for (const [username, email] of [['editor', 'editor@czj.heze.gov.cn'], ['leader', 'leader@czj.heze.gov.cn'], ['handler', 'handler@bgs.heze.gov.cn'], ['caoxian-gkb', 'gkb@caoxian.gov.cn']]) {
      const r = await a.as('sysadmin', 'PATCH', `/api/v1/users/${ids[username!]}`, { email });
      assert.equal(r.statusCode, 200, r.body);
    }
    plan = await a.adopted({
      title: '2026年一季度政务公开重点任务',
      tasks: [
        task(['一'], '公开部门预算', { lead: ['市财政局'], cooperating: ['市政府办公室'], deadline: byDate('2026-03-06') }),
        task(['二'], '更新政府信息公开指南', { responsible: ['各县区政府、管委会'], deadline: byDate('2026-03-05') }),
        task(['三'], '年度报告', { responsible: ['市财政局'], deadline: byDate('2026-04-30') }),
        task(['四'], '办好政府公报', { responsible: ['市财政局'], deadline: { raw: '长期坚持', date: null, kind: 'long-term' } }),
      ],
    });
  });
  after(async () => {
    await t.close();
    await sink.stop();
  });

  it('mails the lead and responsible units once when a task is due within 5 working days', async () => {
    const s = await run();
    assert.deepEqual(s, { dueSoon: 2, overdue: 0, mails: 3 });
    await deliver();
    const budget = await sink.waitFor((m) => m.to.includes('editor@czj.heze.gov.cn') && m.subject.includes('公开部门预算'));
    assert.equal(budget.subject, '【任务到期提醒】一 公开部门预算（2026-03-06到期）');
    assert.match(budget.text, /^李编辑（市财政局）：/);
    assert.match(budget.text, /您单位（菏泽市财政局）承担的“2026年一季度政务公开重点任务”任务将于2026-03-06到期（还剩4个工作日）/);
    assert.match(budget.text, /完成时限：2026年3月6日前（到期日 2026-03-06）/);
    assert.match(budget.text, new RegExp(`办理：/admin/plans/tasks/${plan.tasks[0].id}`));
    assert.match(budget.text, /菏泽市人民政府$/);
    await sink.waitFor((m) => m.to.includes('leader@czj.heze.gov.cn'));
    const county = await sink.waitFor((m) => m.to.includes('gkb@caoxian.gov.cn'));
    assert.match(county.subject, /更新政府信息公开指南（2026-03-05到期）/);
    assert.ok(!sink.messages.some((m) => m.to.includes('handler@bgs.heze.gov.cn')), 'cooperating units are not reminded');
    assert.equal(sink.messages.length, 3);
    const events = (await a.as('gkb', 'GET', `/api/v1/plan-tasks/${plan.tasks[0].id}`)).json().events;
    assert.deepEqual(events.at(-1).data, { kind: 'dueSoon', dueOn: '2026-03-06', recipients: 2 });
    assert.equal(events.at(-1).type, 'reminded');
    assert.equal(events.at(-1).label, '到期提醒');

    assert.deepEqual(await run(), { dueSoon: 0, overdue: 0, mails: 0 }, 'once');
    const queued = await t.c.db.selectFrom('mail_outbox').select('id').where('related_type', '=', 'plan_task').execute();
    assert.equal(queued.length, 3);
  });

  it('mails once more when the task is overdue; not for a task awaiting acceptance', async () => {
    assert.equal((await a.as('caoxian-gkb', 'POST', `/api/v1/plan-tasks/${plan.tasks[1].id}/submit`, { text: '指南已更新' })).statusCode, 200);
    t.clock.set('2026-03-09T08:00:00+08:00');
    sink.clear();
    assert.deepEqual(await run(), { dueSoon: 0, overdue: 1, mails: 2 });
    await deliver();
    const m = await sink.waitFor((x) => x.to.includes('leader@czj.heze.gov.cn'));
    assert.equal(m.subject, '【任务逾期提醒】一 公开部门预算（已于2026-03-06到期）');
    assert.match(m.text, /已于2026-03-06到期，目前尚未完成，已列入逾期任务/);
    assert.match(m.text, /当前状态：逾期（0%）/);
    assert.deepEqual(await run(), { dueSoon: 0, overdue: 0, mails: 0 }, 'once');
    const audit = await t.c.db.selectFrom('audit_entries').select('summary').where('action', '=', 'plan_task.remind').orderBy('id').execute();
    assert.equal(audit.length, 3);
    assert.match(audit.at(-1)!.summary, /^逾期提醒：任务“一 公开部门预算”（2026-03-06到期），邮件2封$/);
  });

  it('a new due date arms the reminder again', async () => {
    const cur = (await a.as('gkb', 'GET', `/api/v1/plan-tasks/${plan.tasks[0].id}`)).json().task;
    assert.equal((await a.as('gkb', 'PATCH', `/api/v1/plan-tasks/${cur.id}`, { version: cur.version, dueOn: '2026-03-12' })).statusCode, 200);
    sink.clear();
    assert.deepEqual(await run(), { dueSoon: 1, overdue: 0, mails: 2 });
    await deliver();
    await sink.waitFor((x) => x.subject === '【任务到期提醒】一 公开部门预算（2026-03-12到期）');
    t.clock.set('2026-03-02T09:00:00+08:00');
  });
});
